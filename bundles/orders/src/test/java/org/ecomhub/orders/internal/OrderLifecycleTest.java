package org.ecomhub.orders.internal;

import static org.ecomhub.orders.internal.AmazonOrders.item;
import static org.ecomhub.orders.internal.AmazonOrders.order;
import static org.ecomhub.orders.internal.AmazonOrders.withStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ecomhub.amazon.api.log.FixAction;
import org.ecomhub.amazon.api.log.LogEvent;
import org.ecomhub.amazon.api.log.LogLevel;
import org.ecomhub.amazon.api.orders.PollSummary;
import org.ecomhub.amazon.api.settings.ProductSettings;
import org.ecomhub.amazon.api.spapi.Marketplace;
import org.ecomhub.amazon.api.spapi.Region;
import org.ecomhub.amazon.api.spapi.model.Order;
import org.ecomhub.amazon.api.spapi.model.OrderItem;
import org.ecomhub.host.api.SalesOrder;
import org.ecomhub.host.api.SalesOrderStatus;
import org.ecomhub.orders.internal.LedgerEntry.State;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An order's life through repeated polls on a stepped clock: statuses, windows, failures, cancellations. */
class OrderLifecycleTest {

    static final String UK = Marketplace.UK.id();

    @TempDir
    Path dir;
    Harness h;
    TestStore shop;

    @BeforeEach
    void setUp() {
        h = new Harness(dir);
        shop = TestStore.of("SHOP1", Marketplace.UK, Harness.T0.minus(Duration.ofHours(12)));
    }

    private Instant ago(int minutes) {
        return h.clock.instant().minus(Duration.ofMinutes(minutes));
    }

    private Order mugs(String id, String status, String fulfilledBy, int qty) {
        return order(id, UK, status, fulfilledBy, ago(60), ago(20),
                item("I1", "MUG", qty, "GBP", "10.00", "ITEM", String.valueOf(10 * qty) + ".00").build());
    }

    private void later(Duration d) {
        h.clock.step(d);
    }

    @Test
    @DisplayName("ORD-03 STK-08: an FBM order seen PENDING is skipped with its units reserved, then imports once at UNSHIPPED")
    void pendingThenUnshipped() {
        h.amazon.put(mugs("202-1", "PENDING", "MERCHANT", 2));
        PollSummary first = h.poll(shop);
        assertEquals(1, first.skipped());
        assertEquals(State.SKIPPED, h.ledger("202-1").state());
        assertEquals(Map.of("MUG", new BigDecimal("2")), h.importer.reserved(TestStore.SELLER, Region.EU));

        later(Duration.ofMinutes(5));
        h.amazon.put(withStatus(h.amazon.orders.get("202-1"), "UNSHIPPED", ago(3)));
        later(Duration.ofMinutes(5));
        assertEquals(1, h.poll(shop).imported());
        later(Duration.ofMinutes(5));
        h.poll(shop); // the 10-minute re-read sees it again
        assertEquals(1, h.hostOrders().size(), "imported exactly once");
        assertEquals(State.IMPORTED, h.ledger("202-1").state());
        assertTrue(h.importer.reserved(TestStore.SELLER, Region.EU).isEmpty(), "the host allocates it now");
    }

    @Test
    @DisplayName("ORD-03 ORD-08 ORD-06: an FBA order jumping from PENDING to SHIPPED imports into the FBA warehouse for the FBA guest")
    void fbaJumpsToShipped() {
        h.amazon.put(mugs("202-2", "PENDING", "AMAZON", 1));
        h.poll(shop);
        assertTrue(h.importer.reserved(TestStore.SELLER, Region.EU).isEmpty(), "FBA orders reserve no FBM stock");
        later(Duration.ofMinutes(5));
        h.amazon.put(withStatus(h.amazon.orders.get("202-2"), "SHIPPED", ago(3)));
        later(Duration.ofMinutes(5));
        assertEquals(1, h.poll(shop).imported());
        SalesOrder o = h.hostOrder("202-2");
        assertEquals("FBA-UK", o.warehouseCode());
        assertEquals("SHOP1 FBA GBP Amazon Guests", h.customers.findCustomer(o.customerCode()).orElseThrow().name());
    }

    @Test
    @DisplayName("ORD-09 ORD-01: with buyer details NONE an FBM order goes to the store's guest customer per currency")
    void guestCustomer() {
        h.amazon.put(mugs("202-3", "UNSHIPPED", "MERCHANT", 1));
        h.amazon.put(mugs("202-4", "UNSHIPPED", "MERCHANT", 1));
        h.poll(shop);
        SalesOrder a = h.hostOrder("202-3");
        assertEquals(a.customerCode(), h.hostOrder("202-4").customerCode(), "no junk customer per order");
        assertEquals("SHOP1 GBP Amazon Guests", h.customers.findCustomer(a.customerCode()).orElseThrow().name());
    }

    @Test
    @DisplayName("ORD-13: windows end 2 minutes before now and each poll re-reads 10 minutes before the watermark")
    void windows() {
        h.poll(shop);
        later(Duration.ofMinutes(5));
        h.poll(shop);
        var first = h.amazon.searchLog.get(0);
        var second = h.amazon.searchLog.get(1);
        assertEquals(Harness.T0.minus(Duration.ofMinutes(2)), first.lastUpdatedBefore());
        assertEquals(first.lastUpdatedBefore().minus(Duration.ofMinutes(10)), second.lastUpdatedAfter());
        assertTrue(first.fulfillmentStatuses().isEmpty(), "ORD-03: polls never filter by status");
    }

    @Test
    @DisplayName("ORD-11 PROD-01: an unknown SKU with product creation off fails with an ERROR and the fix, then imports by a single-order retry")
    void failedThenRetried() {
        TestStore noCreate = shop.products(Map.of(ProductSettings.CREATE_ON_IMPORT, false));
        h.amazon.put(order("202-5", UK, "UNSHIPPED", "MERCHANT", ago(60), ago(20),
                item("I1", "NEWSKU", 1, "GBP", "5.00", "ITEM", "5.00").build()));
        assertEquals(1, h.poll(noCreate).failed());
        assertEquals(State.FAILED, h.ledger("202-5").state());
        LogEvent error = h.log.at(LogLevel.ERROR).get(0);
        assertEquals(FixAction.UNKNOWN_SKU, error.fix());
        assertEquals("202-5", error.amazonId());
        assertEquals(Map.of("NEWSKU", BigDecimal.ONE), h.importer.reserved(TestStore.SELLER, Region.EU),
                "STK-08: a failed FBM order keeps its units reserved");

        h.admin.addProduct("NEWSKU", "New product", false, false);
        later(Duration.ofHours(1)); // the order is long out of the window: only the ledger remembers it
        PollSummary retry = h.poll(noCreate);
        assertEquals(1, retry.imported());
        assertEquals(1, h.amazon.gets.get(), "ORD-11: one single-order call");
        assertEquals(State.IMPORTED, h.ledger("202-5").state());
    }

    @Test
    @DisplayName("PROD-01 PROD-05: with creation on, an unknown SKU creates a host product named after Amazon's title")
    void createsProduct() {
        h.amazon.put(order("202-6", UK, "UNSHIPPED", "MERCHANT", ago(60), ago(20),
                item("I1", "FRESH", 1, "GBP", "5.00", "ITEM", "5.00").build()));
        h.poll(shop);
        assertEquals("Product FRESH", h.catalog.findProduct("FRESH").orElseThrow().description());
    }

    @Test
    @DisplayName("ORD-13: without the store's tax strategy an order is deferred, and imports once the strategy is back")
    void deferredWithoutStrategy() {
        h.importer.removeTaxStrategy(h.line);
        h.amazon.put(mugs("202-7", "UNSHIPPED", "MERCHANT", 1));
        assertEquals(1, h.poll(shop).deferred());
        assertEquals(State.DEFERRED, h.ledger("202-7").state());
        h.importer.addTaxStrategy(h.line);
        later(Duration.ofHours(1));
        assertEquals(1, h.poll(shop).imported());
    }

    @Test
    @DisplayName("CANCEL-01: an imported order cancelled on Amazon cancels the host order once, with one log entry")
    void cancelledAfterImport() {
        h.amazon.put(mugs("202-8", "UNSHIPPED", "MERCHANT", 1));
        h.poll(shop);
        later(Duration.ofMinutes(5));
        h.amazon.put(withStatus(h.amazon.orders.get("202-8"), "CANCELLED", ago(3)));
        later(Duration.ofMinutes(5));
        assertEquals(1, h.poll(shop).cancelled());
        later(Duration.ofMinutes(5));
        assertEquals(0, h.poll(shop).cancelled(), "seen again: nothing more");
        assertEquals(SalesOrderStatus.CANCELLED, h.hostOrder("202-8").status());
        assertEquals(1, h.log.events().stream().filter(e -> e.message().contains("cancelled on Amazon")).count());
    }

    @Test
    @DisplayName("CANCEL-01: an order cancelled after the host shipped part of it is flagged instead")
    void cancelledAfterShipping() {
        h.amazon.put(mugs("202-9", "UNSHIPPED", "MERCHANT", 2));
        h.poll(shop);
        SalesOrder o = h.hostOrder("202-9");
        h.admin.dispatch(o.orderNumber(), "Royal Mail", "RM1", LocalDate.of(2026, 11, 20),
                Map.of("202-9/I1", BigDecimal.ONE));
        later(Duration.ofMinutes(5));
        h.amazon.put(withStatus(h.amazon.orders.get("202-9"), "CANCELLED", ago(3)));
        later(Duration.ofMinutes(5));
        h.poll(shop);
        SalesOrder after = h.hostOrder("202-9");
        assertTrue(after.isFlagged());
        assertEquals(1, after.flags().size());
    }

    @Test
    @DisplayName("CANCEL-02: an item cancelled on Amazon removes its unshipped host line and its charges")
    void itemCancelled() {
        h.amazon.put(order("202-10", UK, "UNSHIPPED", "MERCHANT", ago(60), ago(20),
                item("I1", "MUG", 1, "GBP", "10.00", "ITEM", "10.00", "SHIPPING", "2.00").build(),
                item("I2", "TEA", 1, "GBP", "4.00", "ITEM", "4.00").build()));
        h.poll(shop);
        later(Duration.ofMinutes(5));
        Order o = h.amazon.orders.get("202-10");
        h.amazon.put(AmazonOrders.withItems(o, ago(3),
                item("I1", "MUG", 1, "GBP", "10.00", "ITEM", "10.00", "SHIPPING", "2.00").cancelled(), o.items().get(1)));
        later(Duration.ofMinutes(5));
        h.poll(shop);
        later(Duration.ofMinutes(5));
        h.poll(shop);
        SalesOrder after = h.hostOrder("202-10");
        assertEquals(List.of("202-10/I2"), after.lines().stream().map(l -> l.externalReference()).toList());
        assertTrue(after.charge("202-10/I1/SHIPPING").isEmpty());
        assertEquals(1, h.log.events().stream().filter(e -> e.message().contains("was cancelled on Amazon")).count());
    }

    private SalesOrder partlyCancelled(String id, java.util.function.Function<AmazonOrders.Item, OrderItem> change) {
        AmazonOrders.Item mugs = item("I1", "MUG", 3, "GBP", "10.00", "ITEM", "30.00", "SHIPPING", "3.00");
        h.amazon.put(order(id, UK, "UNSHIPPED", "MERCHANT", ago(60), ago(20), mugs.build(),
                item("I2", "TEA", 1, "GBP", "4.00", "ITEM", "4.00").build()));
        h.poll(shop);
        later(Duration.ofMinutes(5));
        Order o = h.amazon.orders.get(id);
        h.amazon.put(AmazonOrders.withItems(o, ago(3), change.apply(mugs),
                o.items().get(1)));
        later(Duration.ofMinutes(5));
        h.poll(shop);
        later(Duration.ofMinutes(5));
        h.poll(shop); // seen again: nothing more
        return h.hostOrder(id);
    }

    private long itemCancelEntries() {
        return h.log.events().stream().filter(e -> e.message().contains("was cancelled on Amazon")).count();
    }

    @Test
    @DisplayName("CANCEL-02: one of three units cancelled reduces the unshipped host line to two, once, with a log entry")
    void partOfAnItemCancelled() {
        SalesOrder after = partlyCancelled("202-11", mugs -> mugs.cancelled(1));
        var line = after.line("202-11/I1").orElseThrow();
        assertEquals(0, new BigDecimal("2").compareTo(line.quantity()));
        assertEquals(0, new BigDecimal("20.00").compareTo(line.lineAmount().amount().add(line.taxAmount().amount())),
                "two mugs at 10.00 (VAT included)");
        assertTrue(after.charge("202-11/I1/SHIPPING").isPresent(), "the line stays, so does its shipping");
        assertTrue(after.line("202-11/I2").isPresent());
        assertTrue(!after.isFlagged());
        assertEquals(1, itemCancelEntries());
        assertTrue(h.log.events().stream().anyMatch(e -> e.message().contains("reduced from 3 to 2")));
        // the rest of the item cancelled later: the reduced line goes
        later(Duration.ofMinutes(5));
        Order o = h.amazon.orders.get("202-11");
        h.amazon.put(AmazonOrders.withItems(o, ago(3), item("I1", "MUG", 3, "GBP", "10.00", "ITEM", "30.00",
                "SHIPPING", "3.00").cancelled(3), o.items().get(1)));
        later(Duration.ofMinutes(5));
        h.poll(shop);
        later(Duration.ofMinutes(5));
        h.poll(shop);
        SalesOrder end = h.hostOrder("202-11");
        assertEquals(List.of("202-11/I2"), end.lines().stream().map(l -> l.externalReference()).toList());
        assertTrue(end.charge("202-11/I1/SHIPPING").isEmpty());
        assertEquals(2, itemCancelEntries());
    }

    @Test
    @DisplayName("CANCEL-02: an item's quantityOrdered lowered between sightings reduces the host line to it")
    void quantityOrderedLowered() {
        SalesOrder after = partlyCancelled("202-12", mugs -> mugs.orderedNow(1));
        assertEquals(0, BigDecimal.ONE.compareTo(after.line("202-12/I1").orElseThrow().quantity()));
        assertEquals(1, itemCancelEntries());
    }

    @Test
    @DisplayName("CANCEL-02: a unit cancelled of a line the host shipped flags the order with a note, once")
    void partOfAShippedLineCancelled() {
        AmazonOrders.Item mugs = item("I1", "MUG", 3, "GBP", "10.00", "ITEM", "30.00", "SHIPPING", "3.00");
        h.amazon.put(order("202-13", UK, "UNSHIPPED", "MERCHANT", ago(60), ago(20), mugs.build()));
        h.poll(shop);
        h.admin.dispatch(h.hostOrder("202-13").orderNumber(), "Royal Mail", "RM1", LocalDate.of(2026, 11, 20),
                Map.of("202-13/I1", BigDecimal.ONE));
        later(Duration.ofMinutes(5));
        h.amazon.put(AmazonOrders.withItems(h.amazon.orders.get("202-13"), ago(3), mugs.cancelled(1)));
        later(Duration.ofMinutes(5));
        h.poll(shop);
        later(Duration.ofMinutes(5));
        h.poll(shop);
        SalesOrder after = h.hostOrder("202-13");
        assertEquals(0, new BigDecimal("3").compareTo(after.line("202-13/I1").orElseThrow().quantity()));
        assertEquals(1, after.flags().size());
        assertTrue(after.flags().toString().contains("cancelled on Amazon"));
        assertEquals(1, itemCancelEntries());
    }
}
