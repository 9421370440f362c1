package org.ecomhub.shell.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.ecomhub.amazon.api.settings.IntegrationSettings;
import org.ecomhub.amazon.api.settings.SettingsException;
import org.ecomhub.amazon.api.settings.SettingsProblem;
import org.ecomhub.amazon.api.store.StoreAdmin;

/**
 * {@code amazon:store-config}: shows a store's settings in force, or changes them through the same validators the
 * registry uses, before anything is written (HOST-05, STORE-03). {@code --integration} works on the integration
 * settings instead (store.limit is for amazon-admin, STORE-08).
 */
@Service
@Command(scope = "amazon", name = "store-config", description = "Shows or changes a store's settings (validated before writing).")
public class StoreConfigCommand extends AmazonCommand {

    @Reference
    StoreAdmin admin;

    @Option(name = "--integration", description = "the integration settings instead of a store's")
    boolean integration;

    @Option(name = "--json", description = "print JSON for scripts")
    boolean json;

    @Argument(index = 0, name = "alias", description = "the store (omit with --integration)")
    @Completion(AliasCompleter.class)
    String alias;

    @Argument(index = 1, name = "settings", description = "store, fbm, fba, products, tax or stock (all when omitted)")
    @Completion(PidCompleter.class)
    String part;

    @Argument(index = 2, name = "changes", description = "name=value pairs; an empty value sets the default", multiValued = true)
    @Completion(SettingCompleter.class)
    List<String> changes;

    @Override
    public Object execute() {
        if (integration) {
            // with --integration the arguments shift: everything typed is a change
            List<String> all = new java.util.ArrayList<>();
            if (alias != null) {
                all.add(alias);
            }
            if (part != null) {
                all.add(part);
            }
            if (changes != null) {
                all.addAll(changes);
            }
            if (all.isEmpty()) {
                show(Map.of(IntegrationSettings.PID, admin.integration().toProperties()));
                return null;
            }
            apply(() -> admin.changeIntegration(pairs(all), actor()));
            out().println("Integration settings saved.");
            return null;
        }
        if (alias == null) {
            throw new IllegalArgumentException("Name the store (amazon:store-config <alias> [settings] [name=value ...]) "
                    + "or use --integration.");
        }
        if (part == null) {
            Map<String, Map<String, Object>> all = new LinkedHashMap<>();
            Pids.SHORT_NAMES.values().forEach(pid -> all.put(pid, admin.settings(alias, pid)));
            show(all);
            return null;
        }
        String pid = Pids.pid(part);
        if (changes == null || changes.isEmpty()) {
            show(Map.of(pid, admin.settings(alias, pid)));
            return null;
        }
        apply(() -> admin.changeSettings(alias, pid, pairs(changes), actor()));
        out().printf("Settings of %s saved; they apply to the next run.%n", pid);
        return null;
    }

    private void apply(Runnable change) {
        try {
            change.run();
        } catch (SettingsException e) {
            StringBuilder text = new StringBuilder("Not saved:");
            for (SettingsProblem p : e.problems()) {
                text.append(System.lineSeparator()).append("  ").append(p.property()).append(": ").append(p.problem())
                        .append(" Fix: ").append(p.fix());
            }
            throw new IllegalArgumentException(text.toString(), e);
        }
    }

    private void show(Map<String, Map<String, Object>> byPid) {
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            byPid.forEach((pid, p) -> {
                Map<String, Object> values = new LinkedHashMap<>();
                p.forEach((k, v) -> values.put(k, Text.of(v)));
                doc.put(pid, values);
            });
            out().println(Json.write(doc));
            return;
        }
        ShellTable table = new ShellTable();
        table.column("Settings");
        table.column("Name");
        table.column("Value");
        byPid.forEach((pid, p) -> p.forEach((k, v) -> table.addRow().addContent(pid, k, Text.of(v))));
        table.print(out());
    }

    /** @throws IllegalArgumentException for a change that is not name=value */
    static Map<String, String> pairs(List<String> changes) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String change : changes) {
            int eq = change.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("'" + change + "' is not name=value, e.g. order.status=PLACED");
            }
            map.put(change.substring(0, eq).strip(), change.substring(eq + 1).strip());
        }
        return map;
    }

    /** Values as typed: lists joined with commas. */
    static final class Text {
        private Text() {
        }

        static String of(Object value) {
            if (value instanceof Object[] array) {
                return String.join(",", java.util.Arrays.stream(array).map(String::valueOf).toList());
            }
            return String.valueOf(value);
        }
    }
}
