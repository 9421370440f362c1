package org.ecomhub.itest.karaf;

import static org.awaitility.Awaitility.await;
import static org.ecomhub.itest.karaf.KarafSetup.SIM_CLIENT_ID;
import static org.ecomhub.itest.karaf.KarafSetup.SIM_CLIENT_SECRET;
import static org.ecomhub.itest.karaf.KarafSetup.SIM_REFRESH_TOKEN;
import static org.ecomhub.itest.karaf.KarafSetup.SIM_SELLER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.ecomhub.itest.support.HostChecks;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * SEC-01 in Karaf 4.4, closed box: known secrets (the simulator's client secret and refresh token) are set through
 * the commands, a consent flow and a job use them against the SP-API simulator, and then no {@code config:list},
 * service property, console page, file under {@code etc/} or {@code data/log}, connection-log entry, command output
 * or database column holds them (nor any other LWA token the simulator handed out); and once orders with buyer
 * details are imported, no output, file, log or plugin table holds the buyers' names, streets or e-mail addresses
 * (only the host's own tables do).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SecretsLeakKarafIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final String ALIAS = "SEC1";

    /** What must appear nowhere: our two secrets, and any refresh or access token the simulator issued. */
    private static final List<String> SECRETS = List.of(SIM_CLIENT_SECRET, SIM_REFRESH_TOKEN, "sim-refresh-token-0001",
            "Atzr|sim-", "Atza|sim-");
    /**
     * The buyer data of the simulator's orders (name, street, e-mail), which only the host's own tables may hold: the
     * plugin hands it to the host and keeps none of it.
     */
    private static final List<String> BUYER = List.of("Sim Buyer", "Sim Street", "@marketplace.amazon.example");
    private static final List<String> NEEDLES = java.util.stream.Stream.concat(SECRETS.stream(), BUYER.stream())
            .toList();
    /** The reference host's tables: the ERP's own data, where an imported order's buyer rightly is. */
    private static final String HOST_TABLES = "ERP_";

    @Inject
    private BundleContext context;

    @Inject
    private SessionFactory sessionFactory;

    @Inject
    private ConfigurationAdmin configAdmin;

    @Configuration
    public Option[] config() {
        return KarafSetup.options(true);
    }

    @Test
    public void knownSecretsAppearInNoOutputServiceFileLogPageOrTable() throws Exception {
        // covers SEC-01, STORE-06, STORE-07, LOG-04, HOST-05
        Shell shell = new Shell(sessionFactory);
        StoreView view = new StoreView(context, configAdmin, shell);
        String console = "http://127.0.0.1:" + System.getProperty(KarafSetup.HTTP_PORT) + "/system/console/amazon";
        String simulator = "http://127.0.0.1:" + System.getProperty(KarafSetup.SIMULATOR_PORT);
        await().atMost(WAIT).pollInterval(POLL).until(() -> get(console, true).status == 200);
        shell.run("erp:seed-demo");

        // the secrets go in through the commands only, on standard input
        String saved = shell.run("amazon:app-credentials --stdin " + SIM_CLIENT_ID, SIM_CLIENT_SECRET + "\n");
        assertTrue(saved, saved.contains("App credentials saved"));
        String said = shell.run("amazon:app-credentials");
        assertTrue(said, said.contains("Client secret: set"));
        shell.run("amazon:store-install " + ALIAS + " US " + SIM_SELLER);

        // STORE-06 b: the consent page (played by the simulator) sends the browser to the console's callback
        String consent = shell.run("amazon:store-auth --consent " + ALIAS);
        String consentUrl = consent.lines().filter(l -> l.startsWith("http")).findFirst()
                .orElseThrow(() -> new AssertionError("no consent URL in: " + consent));
        assertTrue(consentUrl, consentUrl.startsWith(simulator + "/apps/authorize/consent?"));
        Answer seller = get(consentUrl, false);
        assertEquals(seller.body, 302, seller.status);
        assertTrue(seller.location, seller.location.startsWith(console + "/oauth?"));
        Answer callback = get(seller.location, true);
        assertEquals(callback.body, 302, callback.status);
        Answer landed = get(callback.location.startsWith("http") ? callback.location
                : "http://127.0.0.1:" + System.getProperty(KarafSetup.HTTP_PORT) + callback.location, true);
        assertEquals(200, landed.status);
        assertFalse(landed.body, landed.body.contains("Authorisation failed"));
        await().atMost(WAIT).pollInterval(POLL).until(() ->
                "AUTHORISED".equals(view.health(ALIAS).orElseThrow().get("authorisation")));

        // STORE-07: re-authorised with the pasted token, without a reinstall
        String pasted = shell.run("amazon:store-auth --token --stdin " + ALIAS, SIM_REFRESH_TOKEN + "\n");
        assertTrue(pasted, pasted.contains("Seller " + SIM_SELLER + " in NA is authorised; stores covered: " + ALIAS));

        // the secrets are used: a job signs in to LWA at the simulator and calls the SP-API
        shell.run("amazon:store-enable --from-now " + ALIAS);
        String missing = shell.run("amazon:orders-find-missing --days 2 " + ALIAS);
        assertTrue(missing, missing.contains("MISSING_ORDERS for " + ALIAS));
        String counters = get(simulator + "/_admin/counters", false).body;
        assertTrue("the simulator saw no LWA call: " + counters, counters.contains("\"lwa\""));

        // buyer data flows: with buyer details RESTRICTED, the simulator's orders bring name, address and e-mail
        shell.run("amazon:store-config " + ALIAS + " store buyer.details=RESTRICTED");
        shell.run("amazon:store-config " + ALIAS + " fbm warehouse=MAIN sales.order.group=AMAZON");
        shell.run("amazon:store-config " + ALIAS + " tax \"tax.codes=20=STANDARD,5=REDUCED,0=ZERO\" "
                + "default.tax.code=STANDARD");
        shell.run("amazon:store-config " + ALIAS + " products create.on.import=true");
        // an Unshipped order placed now at the simulator, imported by its id
        String placed = post(simulator + "/_admin/orders?marketplaceId=ATVPDKIKX0DER&sku=SEC-BUYER-1");
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"orderId\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(placed);
        assertTrue("no order id in: " + placed, id.find());
        // the store's own scheduled poll may hold the seller's lease for a moment: the command says so, and is repeated
        String imported = await().atMost(WAIT).pollInterval(Duration.ofSeconds(1)).until(
                () -> shell.run("amazon:orders-import " + ALIAS + " " + id.group(1)), out -> !out.contains("LEASE_BUSY"));
        String importLog = shell.run("amazon:log --limit 15 --store " + ALIAS);
        await("an imported order's buyer address in the host; the import said: " + imported + "; the log: "
                + importLog).atMost(WAIT).pollInterval(POLL).until(() -> hostTablesHold("Sim Street"));

        // configurations say only whether credentials are set
        await().atMost(WAIT).pollInterval(POLL).until(() ->
                "true".equals(String.valueOf(view.properties(ALIAS, StoreView.STORE_PID).get("refresh.token.set"))));
        org.osgi.service.cm.Configuration integration = configAdmin.getConfiguration(StoreView.INTEGRATION_PID, "?");
        assertEquals("true", String.valueOf(integration.getProperties().get("lwa.client.secret.set")));
        assertKeyFileIsTheOwnersOnly();

        // every output a person or a script can read
        List<String> outputs = new ArrayList<>();
        String configList = shell.run("config:list");
        assertSeen("config:list", configList, "org.ecomhub.amazon.store~" + ALIAS);
        outputs.add(configList);
        outputs.add(shell.run("amazon:store-list --json"));
        outputs.add(shell.run("amazon:store-health --json " + ALIAS));
        outputs.add(shell.run("amazon:store-config --json " + ALIAS));
        outputs.add(shell.run("amazon:store-config --json --integration"));
        outputs.add(shell.run("amazon:calls --json"));
        String log = shell.run("amazon:log --json --limit 1000");
        assertTrue("the log has entries", ((Number) JsonText.object(log).get("total")).longValue() > 0);
        outputs.add(log);
        outputs.add(shell.run("amazon:log --limit 1000"));
        for (String output : outputs) {
            assertClean("command output", output);
        }
        assertClean("every command's output and error", shell.transcript());
        String properties = serviceProperties();
        assertSeen("service properties", properties, "store.alias=" + ALIAS);
        assertClean("service properties", properties);
        for (String tab : List.of("", "?tab=overview", "?tab=configuration&store=" + ALIAS, "?tab=data&store=" + ALIAS,
                "?tab=products&store=" + ALIAS, "?tab=log&store=" + ALIAS + "&level=ALL", "?tab=log&level=ALL")) {
            Answer page = get(console + tab, true);
            assertEquals(tab, 200, page.status);
            assertSeen("console page " + tab, page.body, ALIAS);
            assertClean("console page " + tab, page.body);
        }
        assertClean("the console's landing page after the consent", landed.body);
        // the generic console's configuration and status pages show every configuration and service
        String root = "http://127.0.0.1:" + System.getProperty(KarafSetup.HTTP_PORT) + "/system/console/";
        for (String generic : List.of("configMgr", "status-Configurations.txt", "services.json")) {
            Answer page = get(root + generic, true);
            assertEquals(generic + ": " + page.body, 200, page.status);
            assertSeen("console page " + generic, page.body, "org.ecomhub.amazon");
            assertClean("console page " + generic, page.body);
        }
        String etc = filesUnder(Path.of(System.getProperty("karaf.etc")));
        assertSeen("files under etc/", etc, "org.ecomhub.amazon.store-" + ALIAS + ".cfg");
        assertSeen("files under etc/", etc, SIM_SELLER);
        assertClean("files under etc/", etc);
        assertClean("files under data/log", filesUnder(Path.of(System.getProperty("karaf.data"), "log")));
        assertDatabaseClean();
    }

    /** SEC-01: the key is a file outside the data area, readable and writable by its owner only. */
    private static void assertKeyFileIsTheOwnersOnly() throws IOException {
        Path key = Path.of(System.getProperty("karaf.home"), "ecomhub", "secrets.key");
        assertTrue(key + " missing", Files.isRegularFile(key));
        assertFalse(key.toAbsolutePath().normalize().startsWith(Path.of(System.getProperty("karaf.data")).toAbsolutePath().normalize()));
        assertEquals(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(key));
    }

    /** Every column of every table that can hold text or bytes, read through the host's DataSource. */
    private void assertDatabaseClean() throws Exception {
        DataSource dataSource = HostChecks.ecomhubDataSource(context, WAIT);
        assertNotNull("no DataSource", dataSource);
        int columns = 0;
        long secrets = 0;
        boolean sellerSeen = false;
        try (Connection connection = dataSource.getConnection()) {
            List<String[]> found = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, DATA_TYPE "
                            + "FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA <> 'INFORMATION_SCHEMA'")) {
                while (rs.next()) {
                    String type = rs.getString(4).toUpperCase();
                    if (type.contains("CHAR") || type.contains("CLOB") || type.contains("BINARY")
                            || type.contains("BLOB") || type.contains("JSON") || type.contains("LARGE OBJECT")) {
                        found.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), type});
                    }
                }
            }
            for (String[] column : found) {
                columns++;
                String where = column[0] + "." + column[1] + "." + column[2];
                String sql = "SELECT \"" + column[2] + "\" FROM \"" + column[0] + "\".\"" + column[1] + "\"";
                try (PreparedStatement statement = connection.prepareStatement(sql);
                        ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        byte[] bytes = column[3].contains("BINARY") || column[3].contains("BLOB") ? rs.getBytes(1) : null;
                        String text = bytes != null ? new String(bytes, StandardCharsets.ISO_8859_1) : rs.getString(1);
                        assertClean("database column " + where, text,
                                column[1].startsWith(HOST_TABLES) ? SECRETS : NEEDLES);
                        sellerSeen |= text != null && text.contains(SIM_SELLER);
                        if (bytes != null) {
                            assertClean("database column " + where + " (as UTF-8 / Base64)",
                                    new String(bytes, StandardCharsets.UTF_8), SECRETS);
                        } else if (text != null && text.matches("[A-Za-z0-9+/=]{16,}")) {
                            assertClean("database column " + where + " (Base64-decoded)", decoded(text), SECRETS);
                        }
                    }
                }
            }
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM STORE_SECRET")) {
                rs.next();
                secrets = rs.getLong(1);
            }
        }
        assertTrue("no text column was read", columns > 10);
        assertTrue("the scan did not see the store's facts", sellerSeen);
        assertTrue("the secrets are kept (encrypted) in the database", secrets >= 2);
    }

    /** A control for the buyer check: the imported orders' buyer data reached the host's tables. */
    private boolean hostTablesHold(String text) throws Exception {
        DataSource dataSource = HostChecks.ecomhubDataSource(context, WAIT);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM ERP_ORDER "
                        + "WHERE DLV_NAME LIKE ? OR DLV_LINE1 LIKE ?")) {
            statement.setString(1, "%" + text + "%");
            statement.setString(2, "%" + text + "%");
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        }
    }

    private static String decoded(String text) {
        try {
            return new String(Base64.getDecoder().decode(text), StandardCharsets.ISO_8859_1);
        } catch (IllegalArgumentException notBase64) {
            return "";
        }
    }

    private String serviceProperties() throws Exception {
        StringBuilder all = new StringBuilder();
        ServiceReference<?>[] references = context.getAllServiceReferences(null, null);
        for (ServiceReference<?> reference : references) {
            for (String key : reference.getPropertyKeys()) {
                Object value = reference.getProperty(key);
                all.append(key).append('=').append(value instanceof Object[] array ? Arrays.deepToString(array)
                        : String.valueOf(value)).append('\n');
            }
        }
        assertTrue(references.length > 50);
        return all.toString();
    }

    /** Every regular file's bytes (Latin-1, so any byte shows), with its name in front. */
    private static String filesUnder(Path dir) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                all.append("== ").append(file).append('\n')
                        .append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).append('\n');
            }
        }
        assertTrue(dir + " is empty", all.length() > 0);
        return all.toString();
    }

    /** A control: the place searched really holds the store's data, so a clean result means something. */
    private static void assertSeen(String where, String text, String expected) {
        assertTrue(where + " does not show " + expected + ": " + text, text.contains(expected));
    }

    private static void assertClean(String where, String text) {
        assertClean(where, text, NEEDLES);
    }

    private static void assertClean(String where, String text, List<String> needles) {
        if (text == null) {
            return;
        }
        for (String needle : needles) {
            int at = text.indexOf(needle);
            if (at >= 0) {
                int from = Math.max(0, text.lastIndexOf('\n', at) + 1);
                int to = text.indexOf('\n', at);
                throw new AssertionError((SECRETS.contains(needle) ? "SEC-01" : "SEC-01 (buyer data)") + ": '" + needle + "' found in " + where + ": "
                        + text.substring(from, to < 0 ? text.length() : Math.min(to, from + 400)));
            }
        }
    }

    // ------------------------------------------------------------------ HTTP without following redirects

    private static final class Answer {
        final int status;
        final String body;
        final String location;

        Answer(int status, String body, String location) {
            this.status = status;
            this.body = body;
            this.location = location;
        }
    }

    private static String post(String url) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
        connection.setRequestMethod("POST");
        try (InputStream in = connection.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            connection.disconnect();
        }
    }

    private static Answer get(String url, boolean admin) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
        connection.setConnectTimeout(5000);
        connection.setReadTimeout(30000);
        connection.setInstanceFollowRedirects(false);
        if (admin) {
            connection.setRequestProperty("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)));
        }
        try {
            int status = connection.getResponseCode();
            InputStream stream = status < 400 ? connection.getInputStream() : connection.getErrorStream();
            String body = stream == null ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            return new Answer(status, body, connection.getHeaderField("Location"));
        } catch (IOException notListening) {
            return new Answer(-1, notListening.toString(), null);
        } finally {
            connection.disconnect();
        }
    }
}
