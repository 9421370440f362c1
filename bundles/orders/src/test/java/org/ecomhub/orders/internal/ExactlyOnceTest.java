package org.ecomhub.orders.internal;

import static org.ecomhub.orders.internal.AmazonOrders.item;
import static org.ecomhub.orders.internal.AmazonOrders.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.ecomhub.amazon.api.settings.FulfilmentChannel;
import org.ecomhub.amazon.api.settings.OrderSettings;
import org.ecomhub.amazon.api.settings.ProductSettings;
import org.ecomhub.amazon.api.spapi.Marketplace;
import org.ecomhub.amazon.api.spapi.model.Order;
import org.ecomhub.host.api.IdempotencyKey;
import org.ecomhub.host.api.NewCustomer;
import org.ecomhub.host.api.SalesOrder;
import org.ecomhub.orders.internal.LedgerEntry.State;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ORD-10 and ORD-13 under crashes, restarts, races, stores turned OFF and ON, uninstall and reinstall, and API-06's
 * coalesced poll. A crash is simulated in-process: the importer stops dead at a named point (an Error no code
 * catches), and a new importer on the same databases takes over, as after a restart.
 */
class ExactlyOnceTest {

    static final String UK = Marketplace.UK.id();

    @TempDir
    Path dir;
    Harness h;
    TestStore shop;

    /** A halt at one point: the first time it is reached. */
    static final class Crash extends Error {
        private static final long serialVersionUID = 1L;

        Crash(String point) {
            super("crashed at " + point);
        }
    }

    static CrashPoints crashAt(String point) {
        boolean[] done = {false};
        return reached -> {
            if (reached.equals(point) && !done[0]) {
                done[0] = true;
                throw new Crash(point);
            }
        };
    }

    @BeforeEach
    void setUp() {
        h = new Harness(dir);
        shop = TestStore.of("SHOP1", Marketplace.UK, Harness.T0.minus(Duration.ofHours(12)));
    }

    private Instant ago(int minutes) {
        return h.clock.instant().minus(Duration.ofMinutes(minutes));
    }

    private Order mugs(String id, String marketplace, String currency, Instant created, Instant updated) {
        return order(id, marketplace, "UNSHIPPED", "MERCHANT", created, updated,
                item("I1", "MUG", 1, currency, "10.00", "ITEM", "10.00").build(),
                item("I2", "TEA", 1, currency, "4.00", "ITEM", "4.00", "SHIPPING", "1.00").build());
    }

    private void assertOnce(List<String> orderIds) {
        for (String id : orderIds) {
            assertEquals(1, h.hostOrders().stream().filter(o -> o.externalReference().equals(id)).count(),
                    id + " once in the host");
            assertEquals(State.IMPORTED, h.ledger(id).state(), id + " imported in the ledger");
        }
    }

    @ParameterizedTest(name = "ORD-10: halted {0}, restarted: nothing lost, nothing doubled, invoiced once")
    @ValueSource(strings = {CrashPoints.AFTER_HOST_CREATE, CrashPoints.AFTER_INVOICE, CrashPoints.AFTER_LEDGER_WRITE,
            CrashPoints.BEFORE_WATERMARK})
    void crashAndRestart(String point) {
        h.admin.setCompanySettings(true, true, true);
        TestStore s = shop.products(Map.of(ProductSettings.ACCOUNTING_INVOICE, true));
        h.amazon.put(mugs("202-1", UK, "GBP", ago(60), ago(20)));
        h.amazon.put(mugs("202-2", UK, "GBP", ago(60), ago(19)));
        h.importer = h.newImporter(crashAt(point));
        assertThrows(Crash.class, () -> h.poll(s));

        h.importer = h.newImporter(CrashPoints.NONE); // the restart
        h.clock.step(Duration.ofMinutes(1));
        h.poll(s);
        h.clock.step(Duration.ofMinutes(5));
        h.poll(s);
        assertOnce(List.of("202-1", "202-2"));
        for (SalesOrder o : h.hostOrders()) {
            assertTrue(h.accounting.findInvoice(o.orderNumber()).isPresent(), "invoiced");
        }
        assertEquals(2, h.hostOrders().size());
    }

    @Test
    @DisplayName("ORD-02 ORD-10: halted after appending to the day's order, restarted: the lines are there once")
    void crashAfterAppend() {
        h.customers.createCustomer(IdempotencyKey.of("seed"), new NewCustomer("AMZ", "Amazon", null, "GBP", null));
        TestStore s = shop.orders(FulfilmentChannel.FBM, Map.of(OrderSettings.IMPORT_OPTION, "SINGLE_CUSTOMER",
                OrderSettings.SINGLE_CUSTOMER, "AMZ", OrderSettings.SINGLE_CUSTOMER_MODE, "DAILY_CONSOLIDATED"));
        h.amazon.put(mugs("202-1", UK, "GBP", ago(60), ago(20)));
        h.amazon.put(mugs("202-2", UK, "GBP", ago(60), ago(19)));
        h.importer = h.newImporter(crashAt(CrashPoints.AFTER_APPEND));
        assertThrows(Crash.class, () -> h.poll(s));
        h.importer = h.newImporter(CrashPoints.NONE);
        h.poll(s);
        SalesOrder day = h.hostOrder("SHOP1-FBM-GBP-2026-11-20");
        assertEquals(List.of("202-1/I1", "202-1/I2", "202-2/I1", "202-2/I2"),
                day.lines().stream().map(l -> l.externalReference()).toList());
        assertEquals(1, h.hostOrders().size());
    }

    @Test
    @DisplayName("ORD-10: two importers racing on one store write each order once")
    void racingImporters() throws Exception {
        for (int i = 1; i <= 20; i++) {
            h.amazon.put(mugs("202-" + i, UK, "GBP", ago(60), ago(30 - i)));
        }
        OrderImporterComponent a = h.newImporter(CrashPoints.NONE);
        OrderImporterComponent b = h.newImporter(CrashPoints.NONE);
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<?> fa = CompletableFuture.runAsync(() -> race(start, a));
        CompletableFuture<?> fb = CompletableFuture.runAsync(() -> race(start, b));
        start.countDown();
        CompletableFuture.allOf(fa, fb).handle((r, e) -> null).get(60, TimeUnit.SECONDS);
        h.clock.step(Duration.ofMinutes(5));
        h.poll(shop); // whatever a racer left failed or deferred is settled by the next run
        assertEquals(20, h.hostOrders().size());
        assertOnce(java.util.stream.IntStream.rangeClosed(1, 20).mapToObj(i -> "202-" + i).toList());
    }

    private void race(CountDownLatch start, OrderImporterComponent importer) {
        try {
            start.await();
            importer.poll(List.of(shop), h.amazon, Harness.progress());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException tolerated) {
            // without the lease a racer may trip over the other's ledger row; the host keys keep it at once
        }
    }

    @Test
    @DisplayName("API-06: two stores of one seller in two marketplaces: one searchOrders per poll, each order in its own store, a third marketplace ignored and logged")
    void coalescedPoll() {
        TestStore de = TestStore.of("SHOP2", Marketplace.DE, Harness.T0.minus(Duration.ofHours(12)));
        h.amazon.put(mugs("202-UK", UK, "GBP", ago(60), ago(20)));
        h.amazon.put(mugs("302-DE", Marketplace.DE.id(), "EUR", ago(60), ago(20)));
        h.amazon.put(mugs("402-FR", Marketplace.FR.id(), "EUR", ago(60), ago(20)));
        var summary = h.poll(shop, de);
        assertEquals(1, h.amazon.searches.get(), "one call for both stores");
        assertEquals(List.of(UK, Marketplace.DE.id()), h.amazon.searchLog.get(0).marketplaceIds());
        assertEquals("SHOP1 GBP Amazon Guests",
                h.customers.findCustomer(h.hostOrder("202-UK").customerCode()).orElseThrow().name());
        assertEquals("SHOP2 EUR Amazon Guests",
                h.customers.findCustomer(h.hostOrder("302-DE").customerCode()).orElseThrow().name());
        assertEquals(2, summary.imported());
        assertEquals(2, h.hostOrders().size(), "the FR order is not asked for");
        // an order of a marketplace with no store that reaches the importer anyway is ignored and logged
        var named = h.importer.importOrders(shop, List.of("402-FR"), h.amazon, Harness.progress());
        assertEquals(1, named.ignored());
        assertTrue(h.log.events().stream().anyMatch(e -> "402-FR".equals(e.amazonId()) && e.message().contains("ignored")));
        assertEquals(2, h.hostOrders().size());
    }

    @Test
    @DisplayName("STORE-04 ORD-13: a store OFF for a day and turned ON imports every order of the gap exactly once")
    void offForADay() {
        h.poll(shop);
        for (int i = 0; i < 24; i++) {
            h.clock.step(Duration.ofHours(1));
            h.amazon.put(mugs("202-" + i, UK, "GBP", ago(30), ago(20))); // placed while the store is OFF
        }
        h.clock.step(Duration.ofMinutes(5));
        h.poll(shop); // turned ON: no poll ran meanwhile
        h.clock.step(Duration.ofMinutes(5));
        h.poll(shop);
        assertOnce(java.util.stream.IntStream.range(0, 24).mapToObj(i -> "202-" + i).toList());
        assertEquals(24, h.hostOrders().size());
    }

    @Test
    @DisplayName("STORE-04: turned ON with 'start from now', none of the gap's orders import")
    void startFromNow() {
        h.poll(shop);
        for (int i = 0; i < 5; i++) {
            h.clock.step(Duration.ofHours(1));
            h.amazon.put(mugs("202-" + i, UK, "GBP", ago(30), ago(20)));
        }
        h.clock.step(Duration.ofMinutes(5));
        TestStore fromNow = shop.importingFrom(h.clock.instant());
        h.poll(fromNow);
        assertEquals(0, h.hostOrders().size());
        h.clock.step(Duration.ofMinutes(1));
        h.amazon.put(mugs("202-new", UK, "GBP", h.clock.instant(), h.clock.instant()));
        h.clock.step(Duration.ofMinutes(5));
        h.poll(fromNow);
        assertEquals(List.of("202-new"), h.hostOrders().stream().map(SalesOrder::externalReference).toList());
    }

    @Test
    @DisplayName("STORE-05 ORD-10: uninstalled and reinstalled (even under another alias), the seller's orders import nothing twice")
    void reinstall() {
        h.amazon.put(mugs("202-1", UK, "GBP", ago(60), ago(20)));
        h.poll(shop);
        TestStore again = TestStore.of("SHOP9", Marketplace.UK, Harness.T0.minus(Duration.ofHours(12)));
        h.importer = h.newImporter(CrashPoints.NONE);
        h.clock.step(Duration.ofMinutes(5));
        h.amazon.put(AmazonOrders.withStatus(h.amazon.orders.get("202-1"), "SHIPPED", ago(3)));
        h.poll(again);
        assertEquals(1, h.hostOrders().size());
    }
}
