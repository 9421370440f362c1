package org.ecomhub.webconsole.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One setting on the Configuration tab: which configuration and property it is, the seed's label and help text, the
 * choices of a drop-down, and a warning where the seed warns.
 *
 * @param section  the heading it is shown under
 * @param pid      the configuration PID ({@code null} for the integration-wide configuration)
 * @param property the property name
 * @param label    the seed's name of the option
 * @param help     the seed's description
 * @param choices  value to label for a drop-down; empty for a text field
 * @param list     a list of codes, typed separated by commas
 * @param warning  shown in red beside it, or ""
 * @param host     the host's list it chooses from (a drop-down, or toggles for a list), when the host offers it
 */
record Field(String section, String pid, String property, String label, String help, Map<String, String> choices,
        boolean list, String warning, HostChoices.Kind host) {

    static final Map<String, String> ON_OFF = choices("true", "Enabled", "false", "Disabled");

    /** The form field's name: the PID's short name and the property. */
    String name() {
        return (pid == null ? "integration" : ConfigurationTab.shortName(pid)) + "/" + property;
    }

    static Map<String, String> choices(String... valuesAndLabels) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < valuesAndLabels.length; i += 2) {
            map.put(valuesAndLabels[i], valuesAndLabels[i + 1]);
        }
        return map;
    }

    static Field text(String section, String pid, String property, String label, String help) {
        return new Field(section, pid, property, label, help, Map.of(), false, "", HostChoices.Kind.NONE);
    }

    static Field codes(String section, String pid, String property, String label, String help) {
        return new Field(section, pid, property, label, help, Map.of(), true, "", HostChoices.Kind.NONE);
    }

    static Field choice(String section, String pid, String property, String label, String help,
            Map<String, String> choices) {
        return new Field(section, pid, property, label, help, choices, false, "", HostChoices.Kind.NONE);
    }

    Field warn(String text) {
        return new Field(section, pid, property, label, help, choices, list, text, host);
    }

    Field from(HostChoices.Kind kind) {
        return new Field(section, pid, property, label, help, choices, list, warning, kind);
    }

    static List<String> sections(List<Field> fields) {
        return fields.stream().map(Field::section).distinct().toList();
    }
}
