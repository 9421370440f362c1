package org.ecomhub.itest.karaf;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.features;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import javax.inject.Inject;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.ecomhub.amazon.api.store.Store;
import org.ecomhub.itest.support.HttpProbe;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Issue 8, "Bad input", in Karaf 4.4 with the simulator: every setting (through Config Admin and through
 * {@code amazon:store-config}), every {@code amazon:*} command's arguments and every form field of the console's
 * Amazon page, each wrong in a way an admin could get it wrong (out of range, empty, too long, wrong enum, illegal
 * combination, unknown name, huge value). The cases are the tables in {@code src/test/resources/bad-input/}. For each:
 * a message that names what is wrong and how to fix it, nothing stored changes (settings in force, Store services,
 * Config Admin, the stores' list), and the process keeps running (every ecomhub bundle ACTIVE, the next command
 * works). Every case runs even when one fails; the report lists them all and the counts per layer.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class BadInputKarafIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration POLL = Duration.ofMillis(100);
    private static final String REPORT = "ecomhub.itest.badinput.report";
    private static final List<String> ALIASES = List.of("BI1", "BI2");
    private static final String INTEGRATION = "integration";
    private static final Map<String, String> PIDS = Map.of("store", StoreView.STORE_PID, "fbm", StoreView.FBM_PID,
            "fba", StoreView.FBA_PID, "products", StoreView.PRODUCTS_PID, "tax", StoreView.TAX_PID, "stock",
            StoreView.STOCK_PID, INTEGRATION, StoreView.INTEGRATION_PID);

    @Inject
    private BundleContext context;

    @Inject
    private SessionFactory sessionFactory;

    @Inject
    private ConfigurationAdmin configAdmin;

    private Shell shell;
    private StoreView view;

    @Configuration
    public Option[] config() {
        return KarafSetup.options(true,
                systemProperty(REPORT).value(new File("target/bad-input-report.txt").getAbsolutePath()),
                features(maven().groupId("org.ecomhub").artifactId("ecomhub-features").classifier("features")
                        .type("xml").versionAsInProject(), "ecomhub-amazon-webconsole"));
    }

    @Test
    public void everyBadInputGetsAClearMessageAndChangesNothing() throws Exception {
        // covers STORE-01, STORE-03, LOG-02, HOST-05, HOST-09 (issue 8 "Bad input")
        shell = new Shell(sessionFactory);
        view = new StoreView(context, configAdmin, shell);
        setUpStores();

        List<Tally> layers = List.of(settingsLayer(), shellLayer(), consoleLayer());

        StringBuilder report = new StringBuilder();
        int tried = 0;
        int passed = 0;
        for (Tally layer : layers) {
            report.append(layer.summary()).append('\n');
            tried += layer.tried;
            passed += layer.passed;
        }
        report.append(String.format("bad input: %d cases tried, %d passed (total)%n", tried, passed));
        for (Tally layer : layers) {
            layer.failures.forEach(f -> report.append("FAILED ").append(f).append('\n'));
        }
        report.append(traces());
        System.out.print(report);
        String file = System.getProperty(REPORT);
        if (file != null) {
            Files.writeString(Path.of(file), report, StandardCharsets.UTF_8);
        }
        assertTrue("no case was tried", tried > 100);
        assertTrue(report.toString(), tried == passed);
    }

    /** For the report: the stack traces of our code in Karaf's log (logged, not shown to the user). */
    private static String traces() throws Exception {
        Path log = Path.of(System.getProperty("karaf.data"), "log", "karaf.log");
        if (!Files.exists(log)) {
            return "karaf.log not found\n";
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        java.util.Set<String> headers = new java.util.LinkedHashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).startsWith("\tat org.ecomhub") && !lines.get(i - 1).startsWith("\tat ")) {
                headers.add(lines.get(i - 1).strip() + " " + lines.get(i).strip());
            }
        }
        StringBuilder text = new StringBuilder("stack traces from org.ecomhub in karaf.log: " + headers.size() + "\n");
        headers.forEach(h -> text.append("  ").append(h).append('\n'));
        return text.toString();
    }

    // ------------------------------------------------------------------ set-up

    /** Two stores of one seller in one region (BI1 owns the shared stock), a seeded host, a saved code mapping. */
    private void setUpStores() throws Exception {
        HttpProbe.getUntil("http://127.0.0.1:" + System.getProperty(KarafSetup.HTTP_PORT) + "/system/console/amazon",
                "admin", "admin", 200, Duration.ofSeconds(60));
        shell.run("erp:seed-demo");
        shell.run("amazon:store-install BI1 UK A2SELLERBI1");
        shell.run("amazon:store-install BI2 DE A2SELLERBI1");
        // PROD-03: the first saved product settings fix the code mapping, so changing it is a case too
        shell.run("amazon:store-config BI1 products sync=true");
        for (String alias : ALIASES) {
            await().atMost(WAIT).pollInterval(POLL).until(() -> view.store(alias).isPresent());
            await().atMost(WAIT).pollInterval(POLL).until(() -> view.configurations(alias).size() == 6);
        }
        await().atMost(WAIT).pollInterval(POLL).until(() ->
                view.store("BI1").orElseThrow().configuration().products().sync());
    }

    // ------------------------------------------------------------------ layer 1: settings

    private Tally settingsLayer() throws Exception {
        Tally tally = new Tally("settings (Config Admin and amazon:store-config)");
        for (BadInputTable.Row row : BadInputTable.read("settings.txt")) {
            tally.run(row.where() + " Config Admin " + row.column(1), () -> settingThroughConfigAdmin(row));
            tally.run(row.where() + " amazon:store-config " + row.column(1), () -> settingThroughShell(row));
        }
        return tally;
    }

    private void settingThroughConfigAdmin(BadInputTable.Row row) throws Exception {
        Target target = Target.of(row.column(0));
        String property = row.column(2);
        State before = state();
        long lastLogId = newestLogId();
        org.osgi.service.cm.Configuration configuration = configuration(target);
        Dictionary<String, Object> original = configuration.getProperties();
        Dictionary<String, Object> bad = copy(original);
        changes(row.column(1)).forEach((name, value) -> bad.put(name, typed(value)));
        Path file = etcFile(original);
        String text = read(file);
        configuration.update(bad);
        try {
            // FileInstall writes the change to etc/ too; two updates in quick succession could overlap its writes
            awaitWritten(file, text);
            // the refusal is an ERROR entry naming the setting and its fix (LOG-02, STORE-03)
            Map<String, Object> entry = await().atMost(WAIT).pollInterval(POLL).until(
                    () -> refusal(lastLogId, property), Optional::isPresent).orElseThrow();
            String message = String.valueOf(entry.get("message"));
            expect(message, List.of(property, "Fix:", row.column(3)));
            assertTrue("the entry has no fix text: " + entry, entry.get("fixText") != null);
            if (target.store()) {
                Map<String, Object> health = await().atMost(WAIT).pollInterval(POLL).until(
                        () -> view.health(target.alias()).orElseThrow(),
                        h -> "settings refused".equals(h.get("status")));
                expect(String.valueOf(health.get("settingsRefused")), List.of(property));
            }
            // the last valid settings stay in force meanwhile
            assertSame("while refused", before.inForce(), state().inForce());
        } finally {
            String badText = read(file);
            configuration.update(original);
            awaitWritten(file, badText);
        }
        if (target.store()) {
            await().atMost(WAIT).pollInterval(POLL).until(() ->
                    !"settings refused".equals(view.health(target.alias()).orElseThrow().get("status")));
        }
        assertUnchanged(before);
    }

    private void settingThroughShell(BadInputTable.Row row) throws Exception {
        Target target = Target.of(row.column(0));
        String line = target.part().equals(INTEGRATION) ? "amazon:store-config --integration"
                : "amazon:store-config " + target.alias() + " " + target.part();
        State before = state();
        String message = shell.failure(line + " " + TYPE.matcher(row.column(1)).replaceAll(""));
        expect(message, List.of("Not saved", row.column(2), "Fix:", row.column(3)));
        assertUnchanged(before);
    }

    /** The newest ERROR entry after {@code lastLogId} that names the property, if one came. */
    @SuppressWarnings("unchecked")
    private Optional<Map<String, Object>> refusal(long lastLogId, String property) throws Exception {
        Map<String, Object> page = JsonText.object(shell.run("amazon:log --json --level ERROR --limit 50"));
        for (Object e : (List<Object>) page.get("entries")) {
            Map<String, Object> entry = (Map<String, Object>) e;
            if (((Number) entry.get("id")).longValue() > lastLogId
                    && String.valueOf(entry.get("message")).contains("/ " + property + ":")) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private long newestLogId() throws Exception {
        List<Object> entries = (List<Object>) JsonText.object(shell.run("amazon:log --json --limit 1")).get("entries");
        return entries.isEmpty() ? 0 : ((Number) ((Map<String, Object>) entries.get(0)).get("id")).longValue();
    }

    private org.osgi.service.cm.Configuration configuration(Target target) throws Exception {
        String pid = PIDS.get(target.part());
        if (!target.store()) {
            org.osgi.service.cm.Configuration[] found = configAdmin.listConfigurations("(service.pid=" + pid + ")");
            if (found == null || found.length != 1) {
                throw new AssertionError("not one integration configuration");
            }
            return found[0];
        }
        List<org.osgi.service.cm.Configuration> list = view.configurations(target.alias()).getOrDefault(pid, List.of());
        if (list.size() != 1) {
            throw new AssertionError("not one " + pid + " configuration of " + target.alias() + ": " + list);
        }
        return list.get(0);
    }

    private static Map<String, String> changes(String text) {
        Map<String, String> changes = new LinkedHashMap<>();
        for (String pair : text.split("\\s+")) {
            int eq = pair.indexOf('=');
            changes.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return changes;
    }

    /** The configuration's file in etc/, or null. */
    private static Path etcFile(Dictionary<String, Object> properties) {
        Object name = properties.get("felix.fileinstall.filename");
        return name == null ? null : Path.of(java.net.URI.create(name.toString()));
    }

    private static String read(Path file) throws java.io.IOException {
        return file == null || !Files.exists(file) ? "" : Files.readString(file, StandardCharsets.UTF_8);
    }

    /** Waits (a bounded time) until FileInstall has rewritten the file. */
    private static void awaitWritten(Path file, String before) {
        if (file == null) {
            return;
        }
        try {
            await().atMost(Duration.ofSeconds(5)).pollInterval(POLL).until(() -> !read(file).equals(before));
        } catch (org.awaitility.core.ConditionTimeoutException notRewritten) {
            // nothing to write (the file held these values already): nothing can overlap
        }
    }

    /** A typed value as a metatype form or a typed .cfg gives it: {@code int:1}, {@code long:5}, {@code array:a,b}. */
    private static final java.util.regex.Pattern TYPE = java.util.regex.Pattern.compile("\\b(int|long|array):");

    private static Object typed(String value) {
        if (value.startsWith("int:")) {
            return Integer.valueOf(value.substring(4));
        }
        if (value.startsWith("long:")) {
            return Long.valueOf(value.substring(5));
        }
        if (value.startsWith("array:")) {
            return value.substring(6).split(",");
        }
        return value;
    }

    private static Dictionary<String, Object> copy(Dictionary<String, Object> properties) {
        Dictionary<String, Object> copy = new Hashtable<>();
        for (String key : Collections.list(properties.keys())) {
            copy.put(key, properties.get(key));
        }
        return copy;
    }

    /** Which configuration a settings row is about: {@code part} or {@code part@ALIAS} (BI1 by default). */
    private record Target(String part, String alias) {
        static Target of(String text) {
            int at = text.indexOf('@');
            return at < 0 ? new Target(text, "BI1") : new Target(text.substring(0, at), text.substring(at + 1));
        }

        boolean store() {
            return !INTEGRATION.equals(part);
        }
    }

    // ------------------------------------------------------------------ layer 2: shell arguments

    private Tally shellLayer() throws Exception {
        Tally tally = new Tally("shell arguments (amazon:*)");
        for (BadInputTable.Row row : BadInputTable.read("shell.txt")) {
            tally.run(row.where() + " " + row.column(1), () -> {
                State before = state();
                String stdin = "-".equals(row.column(0)) ? "" : row.column(0);
                alsoReportingChanges(before, () -> expect(failure(row.column(1), stdin), row.from(2)));
                assertUnchanged(before);
            });
        }
        return tally;
    }

    /** The failure message of a line that must fail, read with standard input. */
    private String failure(String line, String stdin) throws Exception {
        if (stdin.isEmpty()) {
            return shell.failure(line);
        }
        String output;
        try {
            output = shell.run(line, stdin);
        } catch (AssertionError failed) {
            // Shell.run says "'<line>' failed: <message>\noutput: <output>": keep only the message
            String text = String.valueOf(failed.getMessage());
            int start = text.indexOf("' failed: ");
            int end = text.lastIndexOf("\noutput: ");
            return text.substring(start + "' failed: ".length(), end > start ? end : text.length());
        }
        throw new AssertionError("'" + line + "' did not fail; it printed: " + output);
    }

    // ------------------------------------------------------------------ layer 3: console form fields

    private Tally consoleLayer() throws Exception {
        Tally tally = new Tally("console form fields (/system/console/amazon)");
        BadInputConsole console = new BadInputConsole(Integer.parseInt(System.getProperty(KarafSetup.HTTP_PORT)),
                "admin", "admin");
        String token = console.csrf();
        // a setting off its default, so an install over BI1 that resets it shows (the shell layer's last case may have)
        shell.run("amazon:store-config BI1 products sync=true");
        for (BadInputTable.Row row : BadInputTable.read("console.txt")) {
            tally.run(row.where() + " " + row.column(1), () -> {
                State before = state();
                String csrf = switch (row.column(0)) {
                    case "valid" -> token;
                    case "none" -> null;
                    default -> "forged-" + token.substring(7);
                };
                List<String> fields = new ArrayList<>(List.of(row.column(1).split("\\s+")));
                if (fields.stream().noneMatch(f -> f.startsWith("tab="))) {
                    fields.add("tab=overview");
                }
                BadInputConsole.Answer answer = console.post(fields, csrf);
                List<String> expected = row.from(2);
                alsoReportingChanges(before, () -> {
                    if (expected.contains("403")) {
                        assertTrue("not refused with 403: " + answer, answer.status() == 403);
                    } else {
                        assertTrue("no error message shown: " + answer, answer.error());
                    }
                    expect(answer.message(), expected);
                    // what was typed is shown escaped, never as markup (SEC)
                    for (String field : fields) {
                        String typed = java.net.URLDecoder.decode(field.substring(field.indexOf('=') + 1),
                                StandardCharsets.UTF_8);
                        assertTrue("shown unescaped: " + typed, !typed.contains("<") || !answer.html().contains(typed));
                    }
                });
                assertUnchanged(before);
            });
        }
        return tally;
    }

    // ------------------------------------------------------------------ what must hold after every case

    /** What is stored and in force, as an admin can see it. */
    private record State(Map<String, Object> inForce, Map<String, Object> stored) {
    }

    private State state() throws Exception {
        Map<String, Object> inForce = new TreeMap<>();
        for (String alias : ALIASES) {
            inForce.put(alias + " amazon:store-config", JsonText.object(shell.run("amazon:store-config --json " + alias)));
            Store store = view.store(alias).orElse(null);
            inForce.put(alias + " Store service", store == null ? null : String.valueOf(store.configuration()));
        }
        inForce.put("integration", JsonText.object(shell.run("amazon:store-config --json --integration")));
        Map<String, Object> stored = new TreeMap<>();
        for (Object entry : JsonText.array(shell.run("amazon:store-list --json"))) {
            Map<?, ?> store = (Map<?, ?>) entry;
            Map<String, Object> seen = new TreeMap<>();
            for (String key : List.of("alias", "sellerId", "marketplace", "installed", "enabled", "status",
                    "authorisation")) {
                seen.put(key, store.get(key));
            }
            stored.put("store-list " + store.get("alias"), seen);
        }
        for (String alias : ALIASES) {
            view.configurations(alias).forEach((pid, list) -> stored.put(alias + " " + pid,
                    list.stream().map(c -> properties(c.getProperties())).toList()));
        }
        org.osgi.service.cm.Configuration[] integration = configAdmin.listConfigurations(
                "(service.pid=" + StoreView.INTEGRATION_PID + ")");
        stored.put("integration configuration", integration == null ? null : properties(integration[0].getProperties()));
        org.osgi.service.cm.Configuration[] all = configAdmin.listConfigurations("(service.factoryPid=org.ecomhub.*)");
        stored.put("store configurations", all == null ? 0 : all.length);
        return new State(inForce, stored);
    }

    private static Map<String, String> properties(Dictionary<String, Object> properties) {
        Map<String, String> map = new TreeMap<>();
        if (properties == null) {
            return map;
        }
        for (String key : Collections.list(properties.keys())) {
            if (!key.startsWith("service.") && !key.startsWith("felix.fileinstall.")) {
                Object value = properties.get(key);
                map.put(key, value instanceof Object[] array ? List.of(array).toString() : String.valueOf(value));
            }
        }
        return map;
    }

    /** Nothing stored changed, and the process keeps running: every ecomhub bundle ACTIVE, the next command works. */
    private void assertUnchanged(State before) throws Exception {
        State after = state();
        assertSame("settings in force", before.inForce(), after.inForce());
        assertSame("stored", before.stored(), after.stored());
        for (Bundle bundle : context.getBundles()) {
            String name = bundle.getSymbolicName();
            if (name != null && name.startsWith("org.ecomhub") && bundle.getHeaders().get("Fragment-Host") == null
                    && bundle.getState() != Bundle.ACTIVE) {
                throw new AssertionError("bundle " + name + " is not ACTIVE (state " + bundle.getState() + ")");
            }
        }
        shell.run("amazon:store-health BI1");
    }

    /** Runs the message checks; when they fail, says as well what the bad input changed, if anything. */
    private void alsoReportingChanges(State before, Case checks) throws Exception {
        try {
            checks.run();
        } catch (AssertionError failed) {
            try {
                assertUnchanged(before);
            } catch (AssertionError changed) {
                throw new AssertionError(failed.getMessage() + "\nand " + changed.getMessage(), failed);
            }
            throw failed;
        }
    }

    private static void assertSame(String what, Map<String, Object> before, Map<String, Object> after) {
        List<String> changed = new ArrayList<>();
        diff("", before, after, changed);
        if (!changed.isEmpty()) {
            throw new AssertionError(what + " changed: " + String.join("; ", changed));
        }
    }

    /** What differs, by key path; long values are cut to the part around their first difference. */
    private static void diff(String path, Map<?, ?> before, Map<?, ?> after, List<String> changed) {
        java.util.Set<Object> keys = new java.util.TreeSet<>(Comparator.comparing(String::valueOf));
        keys.addAll(before.keySet());
        keys.addAll(after.keySet());
        for (Object key : keys) {
            Object b = before.get(key);
            Object a = after.get(key);
            String at = path.isEmpty() ? String.valueOf(key) : path + " / " + key;
            if (b instanceof Map<?, ?> bm && a instanceof Map<?, ?> am) {
                diff(at, bm, am, changed);
            } else if (!String.valueOf(b).equals(String.valueOf(a))) {
                changed.add(at + ": " + around(String.valueOf(b), String.valueOf(a)));
            }
        }
    }

    private static String around(String before, String after) {
        int first = 0;
        while (first < before.length() && first < after.length() && before.charAt(first) == after.charAt(first)) {
            first++;
        }
        int from = Math.max(0, first - 40);
        return (from > 0 ? "..." : "") + before.substring(from, Math.min(before.length(), first + 60)) + " -> "
                + (from > 0 ? "..." : "") + after.substring(from, Math.min(after.length(), first + 60));
    }

    /**
     * The message names what is wrong and how to fix it (every expected piece, case ignored) and reads as a message,
     * not as a stack trace or a bare exception name.
     */
    private static void expect(String message, List<String> pieces) {
        String text = message.replaceAll("\u001B\\[[;\\d]*m", "");
        String lower = text.toLowerCase(Locale.ROOT);
        for (String piece : pieces) {
            if (!lower.contains(piece.toLowerCase(Locale.ROOT))) {
                throw new AssertionError("the message lacks '" + piece + "': " + text.strip());
            }
        }
        if (text.matches("(?s).*\\[L[\\w.$]+;@[0-9a-f]+.*")) {
            throw new AssertionError("the message shows a Java array, not the value typed: " + text.strip());
        }
        String first = text.strip().lines().findFirst().orElse("");
        if (text.contains("\tat ") || first.matches("(?s)^(\\w+\\.)+\\w*(Exception|Error)\\b.*") || first.equals("null")) {
            throw new AssertionError("the message reads as an exception, not as advice: " + text.strip());
        }
    }

    // ------------------------------------------------------------------ counting

    @FunctionalInterface
    private interface Case {
        void run() throws Exception;
    }

    /** The cases of one layer: how many were tried and passed, and why each failure failed. */
    private static final class Tally {
        final String layer;
        int tried;
        int passed;
        final List<String> failures = new ArrayList<>();

        Tally(String layer) {
            this.layer = layer;
        }

        void run(String name, Case c) {
            tried++;
            try {
                c.run();
                passed++;
            } catch (Exception | AssertionError e) {
                failures.add(name + "\n    " + String.valueOf(e.getMessage()).strip().replace("\n", "\n    "));
            }
        }

        String summary() {
            return String.format("bad input: %d cases tried, %d passed (%s)", tried, passed, layer);
        }
    }
}
