package org.ecomhub.amazon.api.settings;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads typed values out of a configuration's properties, collecting every problem instead of stopping at the
 * first. Values arrive as Config Admin gives them: typed (metatype forms), or strings (Karaf {@code etc/*.cfg}),
 * or arrays and collections for lists.
 */
final class PropertyReader {

    private final String pid;
    private final Map<String, ?> properties;
    private final List<SettingsProblem> problems = new ArrayList<>();

    PropertyReader(String pid, Map<String, ?> properties) {
        this.pid = pid;
        this.properties = properties == null ? Map.of() : properties;
    }

    /**
     * The trimmed text, or the default when the property is absent or blank. A list (a typed Config Admin value such
     * as {@code String[]}) of one item counts as that item; a longer one is reported, as this setting takes one value.
     */
    String text(String name, String defaultValue) {
        return text(name, defaultValue, "Set " + name + " to a single value.");
    }

    /** As {@link #text(String, String)}, with the fix to give when a list came for this one-value setting. */
    private String text(String name, String defaultValue, String oneValueFix) {
        Object value = properties.get(name);
        if (value == null) {
            return defaultValue;
        }
        if (value.getClass().isArray() || value instanceof Collection<?>) {
            List<String> items = list(name);
            if (items.size() > 1) {
                problem(name, "it has " + items.size() + " values (" + String.join(", ", items) + "); it takes one.",
                        oneValueFix);
                return defaultValue;
            }
            return items.isEmpty() ? defaultValue : items.get(0);
        }
        String text = String.valueOf(value).trim();
        return text.isEmpty() ? defaultValue : text;
    }

    /** The alias of the store a feature configuration belongs to; reported when it is not a valid alias. */
    String storeAlias(String name) {
        String alias = text(name, "");
        if (!StoreSettings.isValidAlias(alias)) {
            problem(name, "'" + alias + "' is not a store alias.",
                    "Set " + name + " to the alias of the store these settings belong to.");
        }
        return alias;
    }

    boolean bool(String name, boolean defaultValue) {
        String text = text(name, null);
        if (text == null) {
            return defaultValue;
        }
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text);
        }
        problem(name, "'" + text + "' is not true or false.", "Set " + name + " to true or false.");
        return defaultValue;
    }

    int integer(String name, int defaultValue, int min, int max) {
        String text = text(name, null);
        if (text == null) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the range
        }
        problem(name, "'" + text + "' is not a whole number from " + min + " to " + max + ".",
                "Set " + name + " to a number from " + min + " to " + max + " (default " + defaultValue + ").");
        return defaultValue;
    }

    <E extends Enum<E>> E choice(String name, Class<E> type, E defaultValue) {
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        String fix = "Set " + name + " to one of " + allowed + " (default " + defaultValue + ").";
        String text = text(name, null, fix);
        if (text == null) {
            return defaultValue;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problem(name, "'" + text + "' is not one of " + allowed + ".", fix);
            return defaultValue;
        }
    }

    /** A list from an array, a collection, or a string separated by commas or new lines; blanks dropped. */
    List<String> list(String name) {
        Object value = properties.get(name);
        List<String> items = new ArrayList<>();
        if (value == null) {
            return items;
        }
        if (value.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                items.addAll(split(String.valueOf(Array.get(value, i))));
            }
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(item -> items.addAll(split(String.valueOf(item))));
        } else {
            items.addAll(split(String.valueOf(value)));
        }
        return items;
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.split("[,\\n]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    void problem(String property, String problem, String fix) {
        problems.add(new SettingsProblem(pid, property, problem, fix));
    }

    /** Throws the problems found so far, if any. */
    void throwIfProblems() {
        if (!problems.isEmpty()) {
            throw new SettingsException(problems);
        }
    }
}
