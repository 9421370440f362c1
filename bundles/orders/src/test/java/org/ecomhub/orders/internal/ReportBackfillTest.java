package org.ecomhub.orders.internal;

import static org.ecomhub.orders.internal.AmazonOrders.item;
import static org.ecomhub.orders.internal.AmazonOrders.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ecomhub.amazon.api.spapi.Marketplace;
import org.ecomhub.amazon.api.spapi.model.Order;
import org.ecomhub.amazon.api.spapi.model.ShipmentConfirmation;
import org.ecomhub.host.api.SalesOrder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** API-05, FACTS §12 and ORD-10's report keys: a back-fill older than a day comes from the orders report. */
class ReportBackfillTest {

    @TempDir
    Path dir;
    Harness h;
    TestStore shop;

    @BeforeEach
    void setUp() {
        h = new Harness(dir);
        shop = TestStore.of("SHOP1", Marketplace.UK, Harness.T0.minus(Duration.ofDays(3)));
        for (int i = 1; i <= 5; i++) {
            Instant t = Harness.T0.minus(Duration.ofHours(10L * i));
            h.amazon.put(order("202-" + i, Marketplace.UK.id(), "UNSHIPPED", "MERCHANT", t, t,
                    item("11" + i, "MUG", 2, "GBP", "10.00", "ITEM", "20.00", "SHIPPING", "3.00")
                            .taxed("3.83", "ITEM", "3.33", "SHIPPING", "0.50"),
                    item("12" + i, "MUG", 1, "GBP", "10.00", "ITEM", "10.00").taxed("1.67")));
        }
    }

    private Order known(String id) {
        return h.amazon.orders.get(id);
    }

    @Test
    @DisplayName("API-05 ORD-10 ORD-12: three days of back-fill come from one orders report, lines keyed by order, SKU and row; totals as the report's formula says")
    void backfillFromReport() {
        var summary = h.poll(shop);
        assertEquals(5, summary.imported());
        assertEquals(1, h.amazon.reports.size(), "one report for the store's marketplace");
        assertEquals(List.of(Marketplace.UK.id()), h.amazon.reports.get(0).marketplaceIds());
        assertEquals(1, h.amazon.searches.get(), "then one live walk over the report's last range");
        var live = h.amazon.searchLog.get(0);
        assertEquals(h.amazon.reports.get(0).dataEndTime().minus(Duration.ofMinutes(40)), live.lastUpdatedAfter(),
                "FACTS 12 rule 4: covered to the report's end minus 30 minutes, re-read 10 more");
        SalesOrder o = h.hostOrder("202-1");
        assertEquals(List.of("202-1/R1:MUG", "202-1/R2:MUG"), o.lines().stream().map(l -> l.externalReference()).toList());
        assertEquals(new BigDecimal("33.00"), o.total().amount(), "item + shipping; UK tax is inside the prices");
        h.clock.step(Duration.ofMinutes(5));
        h.poll(shop);
        assertEquals(5, h.hostOrders().size(), "the live poll imports nothing twice");
    }

    @Test
    @DisplayName("ORD-10 SHIP-01: a report line's item id is learnt with getOrder before its shipment is confirmed")
    void shipmentOfReportLine() {
        h.poll(shop);
        SalesOrder o = h.hostOrder("202-3");
        h.admin.dispatch(o.orderNumber(), "DPD", "DPD-1", LocalDate.of(2026, 11, 20),
                Map.of("202-3/R2:MUG", BigDecimal.ONE));
        h.clock.step(Duration.ofMinutes(5));
        h.poll(shop);
        assertEquals(1, h.amazon.confirmations.size());
        assertEquals(List.of(new ShipmentConfirmation.Line("123", 1)), h.amazon.confirmations.get(0).getValue().lines());
    }

    @Test
    @DisplayName("ORD-10 CANCEL-02: once searchOrders has seen the order, a cancelled item finds its report-keyed line")
    void cancelReportLine() {
        h.poll(shop);
        Order o = known("202-1");
        h.clock.step(Duration.ofMinutes(5));
        h.amazon.put(AmazonOrders.withItems(o, h.clock.instant().minus(Duration.ofMinutes(3)), o.items().get(0),
                item("121", "MUG", 1, "GBP", "10.00", "ITEM", "10.00").cancelled()));
        h.clock.step(Duration.ofMinutes(5));
        h.poll(shop);
        assertEquals(List.of("202-1/R1:MUG"),
                h.hostOrder("202-1").lines().stream().map(l -> l.externalReference()).toList());
    }

    @Test
    @DisplayName("FACTS 12 rule 3: a store with buyer details RESTRICTED never back-fills from the report")
    void restrictedUsesSearch() {
        h.poll(shop.restricted());
        assertTrue(h.amazon.reports.isEmpty());
        assertEquals(5, h.hostOrders().size());
        assertEquals("202-1/111", h.hostOrder("202-1").lines().get(0).externalReference());
    }

    @Test
    @DisplayName("API-05: a store OFF for 10 hours at about 120 orders an hour (a window under a day, over 1,000 orders estimated from its ledger) catches up from the report; a quiet store pages")
    void busyStoreCatchesUpFromTheReport() {
        TestStore busy = TestStore.of("BUSY", Marketplace.DE, Harness.T0.minus(Duration.ofHours(6)));
        TestStore quiet = TestStore.of("QUIET", Marketplace.FR, Harness.T0.minus(Duration.ofHours(6)));
        placeOrders("304-", Marketplace.DE, 700, Harness.T0.minus(Duration.ofHours(6)), Duration.ofHours(6));
        placeOrders("305-", Marketplace.FR, 60, Harness.T0.minus(Duration.ofHours(6)), Duration.ofHours(6));
        h.poll(busy);
        h.poll(quiet);
        assertTrue(h.amazon.reports.isEmpty(), "6 hours of a new store: its ledger has no rate yet, so it pages");

        h.clock.step(Duration.ofHours(10)); // both stores OFF, orders keep coming
        placeOrders("306-", Marketplace.DE, 1_200, Harness.T0, Duration.ofHours(10));
        placeOrders("307-", Marketplace.FR, 100, Harness.T0, Duration.ofHours(10));
        var busySummary = h.poll(busy);
        assertEquals(1, h.amazon.reports.size(), "the busy store's 10 hours come from one orders report");
        assertEquals(List.of(Marketplace.DE.id()), h.amazon.reports.get(0).marketplaceIds());
        h.poll(quiet);
        assertEquals(1, h.amazon.reports.size(), "the quiet store's estimate (about 100) pages");
        assertEquals(120, busySummary.imported(), "every tenth order is Unshipped: 120 of the 1,200");
        h.clock.step(Duration.ofMinutes(5));
        h.poll(busy);
        assertEquals(70 + 120, h.hostOrders().stream().filter(o -> o.externalReference().startsWith("304-")
                || o.externalReference().startsWith("306-")).count(), "each Unshipped order once, after a live poll too");
    }

    /** {@code count} orders placed evenly over {@code span}; every tenth Unshipped, the rest Pending (ledger only). */
    private void placeOrders(String prefix, Marketplace market, int count, Instant from, Duration span) {
        String currency = market == Marketplace.UK ? "GBP" : "EUR";
        for (int i = 0; i < count; i++) {
            Instant t = from.plusMillis(span.toMillis() * i / count);
            h.amazon.put(order(prefix + i, market.id(), i % 10 == 0 ? "UNSHIPPED" : "PENDING", "MERCHANT", t, t,
                    item(prefix + "item-" + i, "MUG", 1, currency, "10.00", "ITEM", "10.00").taxed("1.67")));
        }
    }
}
