package org.ecomhub.webconsole.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.ecomhub.amazon.api.settings.FulfilmentChannel;
import org.ecomhub.amazon.api.settings.ProductSettings;
import org.ecomhub.amazon.api.settings.SettingValues;
import org.ecomhub.amazon.api.settings.SettingsException;
import org.ecomhub.amazon.api.settings.StockSettings;
import org.ecomhub.amazon.api.settings.StoreSettings;
import org.ecomhub.amazon.api.settings.TaxSettings;
import org.ecomhub.amazon.api.store.Actor;

/**
 * The Configuration tab of one store (STORE-03/05): its settings grouped as in the seed, saved through
 * {@code StoreAdmin.changeSettings}, which validates them and writes them to Config Admin, so the generic
 * Configuration page and {@code etc/*.cfg} stay in step.
 */
final class ConfigurationTab {

    private static final Map<String, String> SHORT_NAMES = Map.of(StoreSettings.PID, "store",
            FulfilmentChannel.FBM.ordersPid(), "fbm", FulfilmentChannel.FBA.ordersPid(), "fba", ProductSettings.PID,
            "products", TaxSettings.PID, "tax", StockSettings.PID, "stock");

    private ConfigurationTab() {
    }

    static String shortName(String pid) {
        return SHORT_NAMES.getOrDefault(pid, pid);
    }

    static void render(Page page, String alias) {
        if (!page.param("uninstall").isEmpty()) {
            confirmUninstall(page, alias);
            return;
        }
        Map<String, Map<String, Object>> current = current(page, alias);
        boolean editable = page.user.may(Role.OPERATOR);
        page.formStart("save-settings", "configuration", "ecomhub-form ecomhub-config");
        for (String section : Field.sections(ConfigurationFields.ALL)) {
            page.print("<h3>").text(section).print("</h3><table class=\"nicetable ecomhub-settings\">");
            for (Field field : ConfigurationFields.ALL) {
                if (field.section().equals(section)) {
                    row(page, field, text(current.get(field.name().split("/")[0]).get(field.property())));
                }
            }
            page.print("</table>");
        }
        if (editable) {
            page.formEnd("Save Configuration", "ecomhub-button");
        } else {
            page.print("</form>");
        }
        if (page.user.may(Role.ADMIN)) {
            page.print("<p><a class=\"ecomhub-danger\" href=\"").text(page.link("tab", "configuration", "store", alias,
                    "uninstall", "confirm")).print("\">Uninstall Marketplace</a></p>");
        }
    }

    private static void row(Page page, Field field, String value) {
        page.print("<tr><th><label for=\"").text(field.name()).print("\">").text(field.label()).print("</label></th><td>");
        Map<String, String> host = page.services.host().choices(field.host());
        if (!field.choices().isEmpty()) {
            Map<String, String> choices = new LinkedHashMap<>(field.choices());
            choices.putIfAbsent(value, value);
            page.select(field.name(), choices, value);
        } else if (!host.isEmpty() && field.list()) {
            toggles(page, field, host, value);
        } else if (!host.isEmpty()) {
            Map<String, String> choices = new LinkedHashMap<>();
            choices.put("", "(none: the default)");
            choices.putAll(host);
            choices.putIfAbsent(value, value);
            page.select(field.name(), choices, value);
        } else {
            page.input("text", field.name(), value, "size=\"30\"");
        }
        page.print("</td><td class=\"ecomhub-help\">").text(field.help());
        if (!field.warning().isEmpty()) {
            page.print("<br><span class=\"ecomhub-warning\">").text(field.warning()).print("</span>");
        }
        page.print("</td></tr>");
    }

    /** STK-04: a toggle per host warehouse; the empty hidden value makes "none chosen" a value too. */
    private static void toggles(Page page, Field field, Map<String, String> host, String value) {
        List<String> chosen = List.of(normalise(value).split(","));
        page.hidden(field.name(), "");
        host.forEach((code, label) -> {
            page.print("<label class=\"ecomhub-toggle-option\"><input type=\"checkbox\" name=\"").text(field.name())
                    .print("\" value=\"").text(code).print("\"" + (chosen.contains(code) ? " checked" : "") + "> ")
                    .text(label).print("</label> ");
        });
    }

    /** What the form sent for a field: several toggles are joined with commas. */
    private static String typed(Page page, Field field) {
        String[] values = page.request.getParameterValues(field.name());
        if (values != null && values.length > 1) {
            return java.util.Arrays.stream(values).map(String::strip).filter(v -> !v.isEmpty())
                    .collect(Collectors.joining(","));
        }
        return page.request.getParameter(field.name());
    }

    /** The settings in force, by short PID name ("integration" for the integration-wide one). */
    private static Map<String, Map<String, Object>> current(Page page, String alias) {
        Map<String, Map<String, Object>> current = new LinkedHashMap<>();
        for (Field field : ConfigurationFields.ALL) {
            String key = field.name().split("/")[0];
            if (!current.containsKey(key)) {
                current.put(key, field.pid() == null ? page.services.admin().integration().toProperties()
                        : page.services.admin().settings(alias, field.pid()));
            }
        }
        return current;
    }

    /**
     * Saves what changed, one configuration at a time through the validators; a refused configuration is not
     * written and its problems are returned.
     */
    static String save(Page page, String alias, Actor actor) {
        Map<String, Map<String, Object>> current = current(page, alias);
        Map<String, Map<String, String>> changes = new LinkedHashMap<>();
        for (Field field : ConfigurationFields.ALL) {
            String typed = typed(page, field);
            String key = field.name().split("/")[0];
            if (typed != null && !normalise(typed).equals(normalise(text(current.get(key).get(field.property()))))) {
                changes.computeIfAbsent(field.pid() == null ? "" : field.pid(), k -> new LinkedHashMap<>())
                        .put(field.property(), typed.strip());
            }
        }
        if (changes.isEmpty()) {
            return "Nothing changed.";
        }
        List<String> problems = new ArrayList<>();
        List<String> saved = new ArrayList<>();
        changes.forEach((pid, values) -> {
            try {
                if (pid.isEmpty()) {
                    page.services.admin().changeIntegration(values, actor);
                } else {
                    page.services.admin().changeSettings(alias, pid, values, actor);
                }
                saved.addAll(values.keySet());
            } catch (SettingsException e) {
                e.problems().forEach(p -> problems.add(p.property() + ": " + p.problem() + " Fix: " + p.fix()));
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Not saved: " + String.join(" ", problems)
                    + (saved.isEmpty() ? "" : " (saved: " + String.join(", ", saved) + ")"));
        }
        return "Configuration saved: " + String.join(", ", saved) + ".";
    }

    private static void confirmUninstall(Page page, String alias) {
        page.print("<div class=\"ecomhub-confirm\" id=\"uninstall-confirm\"><p>").text("Uninstall " + alias + "? Its "
                + "configuration and schedules go away and nothing further syncs with Amazon. Everything already"
                + " synced or imported stays, and so do its connection log entries until they expire.").print("</p>");
        if (page.user.may(Role.ADMIN)) {
            page.formStart("uninstall", "overview", "ecomhub-inline");
            page.hidden("alias", alias);
            page.formEnd("Yes, uninstall " + alias, "ecomhub-danger");
        }
        page.print(" <a href=\"").text(page.link("tab", "configuration", "store", alias)).print("\">Cancel</a></div>");
    }

    /** A configuration value as the form shows it: lists joined with commas. */
    static String text(Object value) {
        return SettingValues.text(value, ", ");
    }

    private static String normalise(String text) {
        return text.strip().replaceAll("\\s*,\\s*", ",");
    }
}
