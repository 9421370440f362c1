package org.ecomhub.itest.karaf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.ecomhub.amazon.api.store.Store;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * What an admin (or a script) sees of a store from outside: its {@code Store} service, its configurations in Config
 * Admin, its {@code etc/} files, and the shell's JSON views. Only public surfaces: services, Config Admin, files, the
 * shell.
 */
final class StoreView {

    /** How long a settings change may show an old and a new Store service side by side. */
    private static final Duration SWAP_BOUND = Duration.ofSeconds(2);

    static final String STORE_PID = "org.ecomhub.amazon.store";
    static final String FBM_PID = "org.ecomhub.amazon.orders.fbm";
    static final String FBA_PID = "org.ecomhub.amazon.orders.fba";
    static final String PRODUCTS_PID = "org.ecomhub.amazon.products";
    static final String TAX_PID = "org.ecomhub.amazon.tax";
    static final String STOCK_PID = "org.ecomhub.amazon.stock";
    static final String INTEGRATION_PID = "org.ecomhub.amazon.integration";
    /** The six configurations every store has (DESIGN "Configuration"). */
    static final List<String> STORE_PIDS = List.of(STORE_PID, FBM_PID, FBA_PID, PRODUCTS_PID, TAX_PID, STOCK_PID);

    private final BundleContext context;
    private final ConfigurationAdmin configAdmin;
    private final Shell shell;

    StoreView(BundleContext context, ConfigurationAdmin configAdmin, Shell shell) {
        this.context = context;
        this.configAdmin = configAdmin;
        this.shell = shell;
    }

    /**
     * The store's {@code Store} service, if one is registered. A settings change registers the new service before it
     * removes the old one, so two may stand for a moment: that moment is waited out (a bounded time), a lasting
     * second service fails the test.
     */
    Optional<ServiceReference<Store>> service(String alias) throws InvalidSyntaxException {
        long deadline = System.nanoTime() + SWAP_BOUND.toNanos();
        List<ServiceReference<Store>> found = storeServices(alias);
        while (found.size() > 1 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            found = storeServices(alias);
        }
        if (found.size() > 1) {
            throw new AssertionError("more than one Store service for " + alias + ": " + found);
        }
        return found.stream().findFirst();
    }

    private List<ServiceReference<Store>> storeServices(String alias) throws InvalidSyntaxException {
        return new ArrayList<>(context.getServiceReferences(Store.class, "(" + Store.ALIAS + "=" + alias + ")"));
    }

    /** The settings snapshot the store's service carries now, or empty. */
    Optional<Store> store(String alias) throws InvalidSyntaxException {
        Optional<ServiceReference<Store>> reference = service(alias);
        if (reference.isEmpty()) {
            return Optional.empty();
        }
        Store store = context.getService(reference.get());
        try {
            return Optional.ofNullable(store);
        } finally {
            context.ungetService(reference.get());
        }
    }

    /** The store's configurations by factory PID (a PID with several configurations shows them all). */
    Map<String, List<Configuration>> configurations(String alias) throws IOException, InvalidSyntaxException {
        Map<String, List<Configuration>> byPid = new TreeMap<>();
        for (String pid : STORE_PIDS) {
            Configuration[] found = configAdmin.listConfigurations("(service.factoryPid=" + pid + ")");
            for (Configuration c : found == null ? new Configuration[0] : found) {
                Object owner = c.getProperties() == null ? null
                        : c.getProperties().get(STORE_PID.equals(pid) ? "alias" : "store");
                if (alias.equals(owner == null ? null : owner.toString().strip())) {
                    byPid.computeIfAbsent(pid, k -> new ArrayList<>()).add(c);
                }
            }
        }
        return byPid;
    }

    /** The properties of the store's one configuration of {@code pid}; empty when it has none. */
    Map<String, Object> properties(String alias, String pid) throws IOException, InvalidSyntaxException {
        List<Configuration> list = configurations(alias).getOrDefault(pid, List.of());
        if (list.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> map = new HashMap<>();
        for (String key : Collections.list(list.get(0).getProperties().keys())) {
            map.put(key, list.get(0).getProperties().get(key));
        }
        return map;
    }

    /** {@code amazon:store-list --json}'s entry of the store, or empty. */
    Optional<Map<String, Object>> health(String alias) throws Exception {
        for (Object entry : JsonText.array(shell.run("amazon:store-list --json"))) {
            @SuppressWarnings("unchecked")
            Map<String, Object> store = (Map<String, Object>) entry;
            if (alias.equals(store.get("alias"))) {
                return Optional.of(store);
            }
        }
        return Optional.empty();
    }

    /** {@code amazon:store-config --json <alias> <part>}: the settings in force of one configuration. */
    @SuppressWarnings("unchecked")
    Map<String, Object> settingsInForce(String alias, String part, String pid) throws Exception {
        return (Map<String, Object>) JsonText.object(shell.run("amazon:store-config --json " + alias + " " + part))
                .get(pid);
    }

    /** {@code amazon:log --json} with the given options: the entries on the page. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> log(String options) throws Exception {
        Map<String, Object> page = JsonText.object(shell.run("amazon:log --json --limit 1000 " + options));
        List<Map<String, Object>> entries = new ArrayList<>();
        ((List<Object>) page.get("entries")).forEach(e -> entries.add((Map<String, Object>) e));
        return entries;
    }

    static Path etc() {
        return Path.of(System.getProperty("karaf.etc"));
    }

    /** The store's file of {@code factoryPid} in {@code etc/} (OPS-01). */
    static Path etcFile(String factoryPid, String alias) {
        return etc().resolve(factoryPid + "-" + alias + ".cfg");
    }

    /**
     * Sets one property in a {@code .cfg} file as an admin would with an editor, keeping the other lines; the file
     * is replaced at once so FileInstall never reads half of it.
     */
    static void editCfg(Path file, String key, String value) throws IOException {
        List<String> lines = new ArrayList<>(Files.exists(file) ? Files.readAllLines(file) : List.of());
        boolean replaced = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            int eq = line.indexOf('=');
            if (!line.startsWith("#") && eq > 0 && line.substring(0, eq).strip().equals(key)) {
                lines.set(i, key + " = " + value);
                replaced = true;
            }
        }
        if (!replaced) {
            lines.add(key + " = " + value);
        }
        writeCfg(file, String.join("\n", lines) + "\n");
    }

    /** Writes a whole {@code .cfg} file at once (a file dropped into {@code etc/}). */
    static void writeCfg(Path file, String text) throws IOException {
        Path temp = Path.of(System.getProperty("karaf.home")).resolve(file.getFileName() + ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The value of one property in a {@code .cfg} file, or null. */
    static String cfgValue(Path file, String key) throws IOException {
        if (!Files.exists(file)) {
            return null;
        }
        for (String raw : Files.readAllLines(file)) {
            String line = raw.strip();
            int eq = line.indexOf('=');
            if (!line.startsWith("#") && eq > 0 && line.substring(0, eq).strip().equals(key)) {
                String value = line.substring(eq + 1).strip();
                // FileInstall writes typed values back as key = "VALUE" (or T"..." for typed ones)
                int quote = value.indexOf('"');
                if (quote >= 0 && value.endsWith("\"") && value.length() > quote + 1) {
                    value = value.substring(quote + 1, value.length() - 1);
                }
                return value;
            }
        }
        return null;
    }
}
