package org.ecomhub.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.ecomhub.amazon.api.store.JobResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StoreCommandsTest {

    private static final String TOKEN = "Atzr|IwEBIShellSeededRefreshToken0123456789";
    private static final String SECRET = "amzn1.oa2-cs.v1.ShellSeededClientSecret0123";

    private final FakeStores stores = new FakeStores();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private <T extends AmazonCommand> T wire(T command) {
        command.out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        if (command instanceof JobCommand job) {
            job.jobs = stores;
        }
        return command;
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("STORE-01, HOST-05: store-install takes a country code for the marketplace and says what to do next")
    void install() {
        StoreInstallCommand c = wire(new StoreInstallCommand());
        c.admin = stores;
        c.alias = "EU1";
        c.marketplace = "uk";
        c.sellerId = "A2SELLER0001";
        c.execute();

        assertEquals("install EU1 A1F83G8C2ARO7P A2SELLER0001 by karaf (shell)", stores.calls.get(0));
        assertTrue(output().contains("amazon:store-auth --token EU1"), output());
        c.marketplace = "Narnia";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, c::execute);
        assertTrue(e.getMessage().contains("UK=A1F83G8C2ARO7P"), e.getMessage());
    }

    @Test
    @DisplayName("STORE-09, HOST-05: store-list prints each store's health, and --json for scripts")
    void list() throws Exception {
        StoreListCommand c = wire(new StoreListCommand());
        c.admin = stores;
        c.execute();
        assertTrue(output().contains("Last order poll"), output());
        assertTrue(output().contains("EU2") && output().contains("OFF"), output());

        printed.reset();
        c.json = true;
        c.execute();
        JsonNode json = new ObjectMapper().readTree(output());
        assertEquals(2, json.size());
        assertEquals("ON", json.get(0).get("status").asText());
        assertEquals("DONE", json.get(0).get("lastOrderPoll").get("status").asText());
        assertEquals(2, json.get(0).get("errorsLast24h").asInt());
    }

    @Test
    @DisplayName("STORE-09: store-health prints authorisation, runs, next run and errors of one store")
    void health() throws Exception {
        StoreHealthCommand c = wire(new StoreHealthCommand());
        c.admin = stores;
        c.alias = "EU1";
        c.execute();
        assertTrue(output().contains("AUTHORISED since 2026-11-26T12:00:00Z"), output());
        assertTrue(output().contains("Next run:          2026-11-27T12:04:00Z"), output());
        c.alias = "NOPE";
        assertThrows(IllegalArgumentException.class, c::execute);
        printed.reset();
        c.alias = "EU1";
        c.json = true;
        c.execute();
        assertEquals("EU1", new ObjectMapper().readTree(output()).get("alias").asText());
    }

    @Test
    @DisplayName("STORE-04: store-enable first tells the estimate and changes nothing; --from-now starts from now")
    void enable() {
        StoreEnableCommand c = wire(new StoreEnableCommand());
        c.admin = stores;
        c.alias = "EU1";
        c.execute();
        assertTrue(output().contains("about 42 orders"), output());
        assertTrue(stores.calls.isEmpty(), "nothing changed yet");

        c.fromNow = true;
        c.execute();
        assertEquals(List.of("enable EU1 from now"), stores.calls);
        c.yes = true;
        assertThrows(IllegalArgumentException.class, c::execute);
    }

    @Test
    @DisplayName("STORE-04, STORE-05: store-disable and store-uninstall (which asks for --yes)")
    void disableAndUninstall() {
        StoreDisableCommand d = wire(new StoreDisableCommand());
        d.admin = stores;
        d.alias = "EU1";
        d.execute();
        StoreUninstallCommand u = wire(new StoreUninstallCommand());
        u.admin = stores;
        u.alias = "EU1";
        u.execute();
        assertEquals(List.of("disable EU1"), stores.calls);
        u.yes = true;
        u.execute();
        assertEquals(List.of("disable EU1", "uninstall EU1"), stores.calls);
    }

    @Test
    @DisplayName("STORE-06, SEC-01: store-auth --token reads the token from stdin, never prints it; --consent prints the URL")
    void auth() throws Exception {
        StoreAuthCommand c = wire(new StoreAuthCommand());
        c.authorisation = stores;
        c.alias = "EU1";
        assertThrows(IllegalArgumentException.class, c::execute, "neither --token nor --consent");
        c.token = true;
        c.stdin = true;
        c.in = new ByteArrayInputStream((TOKEN + "\n").getBytes(StandardCharsets.UTF_8));
        c.execute();

        assertEquals(List.of(TOKEN), stores.secretsReceived);
        assertTrue(output().contains("stores covered: EU1, EU2"), output());
        assertFalse(output().contains("ShellSeeded"), "the token is never printed");

        c.token = false;
        c.consent = true;
        c.execute();
        assertTrue(output().contains("https://sellercentral.amazon.co.uk/apps/authorize/consent?"), output());

        c.consent = false;
        c.alias = null;
        c.callback = "http://127.0.0.1:8181/system/console/amazon/oauth?state=s%2D1&selling_partner_id=A2SELLER0001"
                + "&spapi_oauth_code=RHxCodeShellSeeded";
        c.execute();
        assertEquals("callback s-1 A2SELLER0001", stores.calls.get(stores.calls.size() - 1));
        assertFalse(output().contains("CodeShellSeeded"), "the code is never printed");
        c.callback = "not a url";
        assertThrows(IllegalArgumentException.class, c::execute);
    }

    @Test
    @DisplayName("SEC-01, STORE-08: app-credentials reads the secret from stdin and only ever says 'set' or 'not set'")
    void appCredentials() throws Exception {
        AppCredentialsCommand c = wire(new AppCredentialsCommand());
        c.admin = stores;
        c.execute();
        assertTrue(output().contains("Client secret: not set"), output());

        c.clientId = "amzn1.application-oa2-client.abc";
        c.stdin = true;
        c.in = new ByteArrayInputStream((SECRET + "\n").getBytes(StandardCharsets.UTF_8));
        c.execute();
        c.clientId = null;
        c.execute();

        assertEquals(List.of(SECRET), stores.secretsReceived);
        assertTrue(output().contains("Client secret: set"), output());
        assertFalse(output().contains("ShellSeeded"), "the secret is never printed");
        c.clientId = "x";
        c.in = new ByteArrayInputStream(new byte[0]);
        assertThrows(IllegalArgumentException.class, c::execute, "nothing entered");
    }

    @Test
    @DisplayName("HOST-05, STORE-03: store-config shows settings and changes them; a refused change fails with the fix")
    void config() {
        StoreConfigCommand c = wire(new StoreConfigCommand());
        c.admin = stores;
        c.alias = "EU1";
        c.execute();
        assertTrue(output().contains("MAIN,SPARE"), output());

        c.part = "stock";
        c.changes = List.of("export=true", "warehouses=MAIN");
        c.execute();
        assertEquals(Map.of("export", "true", "warehouses", "MAIN"), stores.changes.get("EU1 org.ecomhub.amazon.stock"));

        stores.refuse = FakeStores.problem("include.can.assemble", "can-assemble needs export.", "Turn export on.");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, c::execute);
        assertTrue(e.getMessage().contains("include.can.assemble: can-assemble needs export. Fix: Turn export on."), e.getMessage());
        c.changes = List.of("export");
        assertThrows(IllegalArgumentException.class, c::execute, "not name=value");
        c.part = "shipping";
        c.changes = null;
        assertThrows(IllegalArgumentException.class, c::execute, "unknown settings");

        StoreConfigCommand i = wire(new StoreConfigCommand());
        i.admin = stores;
        i.integration = true;
        i.alias = "store.limit=6";
        i.execute();
        assertEquals(Map.of("store.limit", "6"), stores.changes.get("integration"));
    }

    @Test
    @DisplayName("HOST-05: orders-import checks the ids (at most 50) and reports 'not installed' until the engine exists")
    void ordersImport() throws Exception {
        OrdersImportCommand c = wire(new OrdersImportCommand());
        c.alias = "EU1";
        c.orderIds = List.of("114-3941689-8772232,114-3941689-8772233");
        c.execute();
        assertEquals("114-3941689-8772232,114-3941689-8772233", stores.jobArguments.get("orders"));
        assertTrue(output().contains("ORDER_IMPORT for EU1: NOT_INSTALLED"), output());
        assertTrue(output().contains("  working"), "progress is printed: " + output());

        c.orderIds = List.of("not-an-order");
        assertThrows(IllegalArgumentException.class, c::execute);
        c.orderIds = java.util.stream.IntStream.range(0, 51).mapToObj(n -> String.format("114-3941689-%07d", n)).toList();
        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class, c::execute);
        assertTrue(tooMany.getMessage().contains("1 to 50"), tooMany.getMessage());
    }

    @Test
    @DisplayName("HOST-05: job commands validate their arguments and fail when the job failed")
    void jobCommands() throws Exception {
        OrdersFindMissingCommand missing = wire(new OrdersFindMissingCommand());
        missing.alias = "EU1";
        missing.days = 31;
        assertThrows(IllegalArgumentException.class, missing::execute);
        missing.days = 3;
        missing.importThem = true;
        missing.execute();
        assertEquals(Map.of("days", "3", "import", "true"), stores.jobArguments);
        LeadTimeSetCommand lead = wire(new LeadTimeSetCommand());
        lead.alias = "EU1";
        lead.sku = "MY-SKU-1";
        lead.days = 31;
        assertThrows(IllegalArgumentException.class, lead::execute);

        stores.jobResult = JobResult.of(JobResult.Status.FAILED, "Amazon was unreachable");
        ProductsImportCommand products = wire(new ProductsImportCommand());
        products.alias = "EU1";
        IllegalStateException failed = assertThrows(IllegalStateException.class, products::execute);
        assertTrue(failed.getMessage().contains("amazon:log --level error --store EU1"), failed.getMessage());
        stores.jobResult = JobResult.done("exported 12 SKUs", 12);
        StockExportCommand stock = wire(new StockExportCommand());
        stock.alias = "EU1";
        stock.execute();
        assertTrue(output().contains("STOCK_EXPORT for EU1: DONE - exported 12 SKUs"), output());
    }
}
