package org.ecomhub.orders.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecomhub.amazon.api.orders.PollSummary;
import org.ecomhub.amazon.api.spapi.ConnectionSettings;
import org.ecomhub.amazon.api.spapi.Marketplace;
import org.ecomhub.amazon.api.spapi.Region;
import org.ecomhub.amazon.api.spapi.SellingPartnerClient;
import org.ecomhub.amazon.api.spapi.model.Order;
import org.ecomhub.amazon.api.spapi.model.OrderSearch;
import org.ecomhub.host.api.Money;
import org.ecomhub.host.api.SalesOrder;
import org.ecomhub.host.api.SalesOrderStatus;
import org.ecomhub.orders.internal.LedgerEntry.State;
import org.ecomhub.spapi.internal.SellingPartnerConnector;
import org.ecomhub.spapi.simulator.internal.SimulatorSettings;
import org.ecomhub.spapi.simulator.internal.SpApiSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The importer against the real SP-API simulator over loopback HTTP (through the real connector) and the reference
 * host, on one stepped clock. The simulator's generated orders span every status, tax-inclusive marketplaces and
 * buyer data; its admin endpoint moves orders through their life.
 */
class SimulatorComponentTest {

    static final String SELLER = SimulatorSettings.DEFAULT_SELLER_ID;

    @TempDir
    Path dir;
    Harness h;
    SpApiSimulator sim;
    SellingPartnerConnector connector;
    SellingPartnerClient client;
    TestStore uk;
    TestStore de;

    @BeforeEach
    void start() throws IOException {
        h = new Harness(dir);
        sim = new SpApiSimulator(SimulatorSettings.defaults(), h.clock);
        sim.generate(300, 20, Duration.ofHours(40));
        connector = new SellingPartnerConnector(h.clock, h.clock::step, () -> 0.5, Duration.ofSeconds(10));
        client = connector.client(SELLER, Region.EU, new ConnectionSettings(SimulatorSettings.DEFAULT_CLIENT_ID,
                () -> SimulatorSettings.DEFAULT_CLIENT_SECRET, () -> SimulatorSettings.DEFAULT_REFRESH_TOKEN,
                sim.baseUri(), sim.lwaUri(), "ecomhub-test/1.0 (Language=Java/17)", null));
        Instant installed = h.clock.instant().minus(Duration.ofDays(3));
        uk = TestStore.of("UKSHOP", Marketplace.UK, installed, SELLER);
        de = TestStore.of("DESHOP", Marketplace.DE, installed, SELLER);
    }

    @AfterEach
    void stop() {
        connector.close();
        sim.close();
    }

    private List<Order> amazonOrders(boolean buyer) {
        List<Order> all = new ArrayList<>();
        client.searchAllOrders(OrderSearch.lastUpdated(h.clock.instant().minus(Duration.ofDays(3)),
                h.clock.instant().minus(Duration.ofMinutes(2)), List.of(Marketplace.UK.id(), Marketplace.DE.id()),
                buyer), p -> all.addAll(p.orders()));
        return all;
    }

    /** Placed since the stores were installed, and at or past the import-from status (ORD-03, STORE-04). */
    private boolean importable(Order o) {
        if (o.createdTime().isBefore(uk.importFrom())) {
            return false;
        }
        String s = o.fulfillmentStatus();
        return "AMAZON".equals(o.fulfilledBy()) ? "SHIPPED".equals(s)
                : List.of("UNSHIPPED", "PARTIALLY_SHIPPED", "SHIPPED").contains(s);
    }

    private long searches() {
        return sim.counters().getOrDefault("searchOrders", 0L);
    }

    private void admin(String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(sim.baseUri() + "/_admin/" + path)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
    }

    @Test
    @DisplayName("API-06 ORD-03 ORD-10 ORD-12: one coalesced poll imports every importable UK and DE order once, host totals equal Amazon's")
    void pollImportsEveryOrderOnce() {
        List<Order> amazon = amazonOrders(false);
        Set<String> expected = amazon.stream().filter(this::importable).map(Order::orderId)
                .collect(Collectors.toSet());
        assertTrue(expected.size() > 20, "the generator made enough orders: " + expected.size());
        List<OrderSearch> walks = new ArrayList<>();
        SellingPartnerClient watched = (SellingPartnerClient) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {SellingPartnerClient.class}, (proxy, method, args) -> {
                    if (method.getName().equals("searchAllOrders")) {
                        walks.add((OrderSearch) args[0]);
                    }
                    try {
                        return method.invoke(client, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        PollSummary first = h.importer.poll(List.of(uk, de), watched, Harness.progress());
        // API-05: three days since installation are read from the orders report, one per marketplace; then one live
        // searchOrders walk carries both stores' marketplaces over the report's last 40 minutes (API-06)
        assertEquals(2L, sim.counters().getOrDefault("createReport", 0L));
        assertEquals(1, walks.size(), "API-06: one searchOrders walk for both stores");
        assertEquals(List.of(Marketplace.UK.id(), Marketplace.DE.id()), walks.get(0).marketplaceIds());
        assertEquals(expected.size(), first.imported(), first.toString() + "\n" + amazon.stream()
                .filter(o -> expected.contains(o.orderId()) && h.salesOrders.findByExternalReference(o.orderId()).isEmpty())
                .map(o -> o.orderId() + " " + o.fulfillmentStatus() + " " + o.fulfilledBy() + " " + o.createdTime()
                        + " " + h.importer.ledgerEntry(SELLER, o.orderId()))
                .limit(5).collect(Collectors.joining("\n")));

        h.clock.step(Duration.ofMinutes(5));
        h.importer.poll(List.of(uk, de), client, Harness.progress());
        Set<String> inHost = new HashSet<>();
        for (SalesOrder o : h.hostOrders()) {
            assertTrue(inHost.add(o.externalReference()), "doubled: " + o.externalReference());
        }
        assertEquals(expected, inHost);
        for (Order o : amazon) {
            if (expected.contains(o.orderId()) && o.grandTotal() != null) {
                SalesOrder host = h.hostOrder(o.orderId());
                assertEquals(new Money(o.grandTotal().amount(), o.grandTotal().currencyCode()), host.total(),
                        "ORD-12: " + o.orderId() + " (prices include VAT, LINE)");
            }
        }
        long ukOrders = h.hostOrders().stream().filter(o -> o.currency().equals("GBP")).count();
        long deOrders = h.hostOrders().stream().filter(o -> o.currency().equals("EUR")).count();
        assertTrue(ukOrders > 0 && deOrders > 0, "each store got its own orders");
    }

    @Test
    @DisplayName("ORD-03 CANCEL-01: a PENDING order moved to UNSHIPPED imports once; an imported order cancelled on Amazon is cancelled in the host")
    void lifecycleThroughTheAdminEndpoint() throws Exception {
        h.importer.poll(List.of(uk, de), client, Harness.progress());
        Order pending = amazonOrders(false).stream()
                .filter(o -> "PENDING".equals(o.fulfillmentStatus()) && "MERCHANT".equals(o.fulfilledBy()))
                .findFirst().orElseThrow();
        Order unshipped = amazonOrders(false).stream()
                .filter(o -> "UNSHIPPED".equals(o.fulfillmentStatus()) && "MERCHANT".equals(o.fulfilledBy()))
                .findFirst().orElseThrow();
        assertEquals(State.SKIPPED, h.importer.ledgerEntry(SELLER, pending.orderId()).orElseThrow().state());
        assertFalse(h.importer.reserved(SELLER, Region.EU).isEmpty(), "STK-08: pending FBM units are reserved");

        admin("orders/" + pending.orderId() + "/status?to=UNSHIPPED");
        admin("orders/" + unshipped.orderId() + "/status?to=CANCELLED");
        h.clock.step(Duration.ofMinutes(5));
        PollSummary next = h.importer.poll(List.of(uk, de), client, Harness.progress());
        assertEquals(1, next.imported(), next.toString());
        assertEquals(1, next.cancelled(), next.toString());
        assertEquals(SalesOrderStatus.CANCELLED, h.hostOrder(unshipped.orderId()).status());
        h.clock.step(Duration.ofMinutes(5));
        h.importer.poll(List.of(uk, de), client, Harness.progress());
        assertEquals(1, h.hostOrders().stream().filter(o -> o.externalReference().equals(pending.orderId())).count());
    }

    @Test
    @DisplayName("SEC-01 ORD-09 LOG-04: a RESTRICTED store's buyer names, e-mails and streets reach the host only, never the plugin's tables or log")
    void buyerDataStaysOut() throws Exception {
        TestStore restricted = uk.restricted();
        h.importer.poll(List.of(restricted, de), client, Harness.progress());
        List<String> secrets = new ArrayList<>();
        for (Order o : amazonOrders(true)) {
            if (o.buyer() != null) {
                add(secrets, o.buyer().name());
                add(secrets, o.buyer().email());
                add(secrets, o.buyer().purchaseOrderNumber());
            }
            if (o.deliveryAddress() != null) {
                add(secrets, o.deliveryAddress().name());
                add(secrets, o.deliveryAddress().addressLine1());
                add(secrets, o.deliveryAddress().phone());
            }
        }
        assertFalse(secrets.isEmpty(), "the simulator sent buyer data");
        String plugin = h.pluginTables() + h.log.all();
        for (String secret : secrets) {
            assertFalse(plugin.contains(secret), "buyer datum leaked: " + secret.charAt(0) + "...");
        }
        assertTrue(h.hostOrders().stream().anyMatch(o -> o.deliveryAddress() != null),
                "the host got what it needs to fulfil");
    }

    @Test
    @DisplayName("SHIP-01: the host dispatching an imported FBM order confirms it to Amazon, which then shows it SHIPPED")
    void dispatchConfirmsToAmazon() {
        h.importer.poll(List.of(uk, de), client, Harness.progress());
        Order unshipped = amazonOrders(false).stream()
                .filter(o -> "UNSHIPPED".equals(o.fulfillmentStatus()) && "MERCHANT".equals(o.fulfilledBy())
                        && importable(o))
                .findFirst().orElseThrow();
        SalesOrder host = h.hostOrder(unshipped.orderId());
        host.lines().forEach(l -> h.receive(l.productCode(), host.warehouseCode(), l.quantity().intValue()));
        h.admin.dispatch(host.orderNumber(), "DHL", "JD0001", h.clock.instant().atZone(java.time.ZoneOffset.UTC)
                .toLocalDate(), java.util.Map.of());
        h.clock.step(Duration.ofMinutes(5));
        h.importer.poll(List.of(uk, de), client, Harness.progress());
        assertEquals("SHIPPED", client.getOrder(unshipped.orderId(), false).fulfillmentStatus());
        assertEquals(1L, sim.counters().getOrDefault("confirmShipment", 0L));
        h.clock.step(Duration.ofMinutes(5));
        h.importer.poll(List.of(uk, de), client, Harness.progress());
        assertEquals(1L, sim.counters().getOrDefault("confirmShipment", 0L), "once");
    }

    private static void add(List<String> secrets, String value) {
        if (value != null && value.length() >= 6) {
            secrets.add(value);
        }
    }

    @Test
    @DisplayName("ORD-11: an Amazon outage mid-run loses nothing: the window stays until the poll completes")
    void outageKeepsTheWindow() throws Exception {
        sim.faults().set(0, 1.0, 0, 0, 0, 0, 0);
        try {
            h.importer.poll(List.of(uk, de), client, Harness.progress());
        } catch (RuntimeException expected) {
            // the connector gives up after its retries
        }
        sim.faults().set(0, 0, 0, 0, 0, 0, 0);
        h.clock.step(Duration.ofMinutes(10));
        PollSummary after = h.importer.poll(List.of(uk, de), client, Harness.progress());
        long expected = amazonOrders(false).stream().filter(this::importable).count();
        assertEquals(expected, h.hostOrders().size(), after.toString());
    }
}
