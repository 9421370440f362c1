package org.ecomhub.orders.internal;

import static org.ecomhub.orders.internal.AmazonOrders.item;
import static org.ecomhub.orders.internal.AmazonOrders.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ecomhub.amazon.api.log.FixAction;
import org.ecomhub.amazon.api.log.LogLevel;
import org.ecomhub.amazon.api.settings.FulfilmentChannel;
import org.ecomhub.amazon.api.settings.OrderSettings;
import org.ecomhub.amazon.api.settings.ProductSettings;
import org.ecomhub.amazon.api.spapi.Marketplace;
import org.ecomhub.amazon.api.spapi.model.Buyer;
import org.ecomhub.amazon.api.spapi.model.DeliveryAddress;
import org.ecomhub.amazon.api.spapi.model.Order;
import org.ecomhub.host.api.IdempotencyKey;
import org.ecomhub.host.api.LineAllocation;
import org.ecomhub.host.api.SalesOrder;
import org.ecomhub.host.api.SalesOrderStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each store option of SPEC "Orders" through the pipeline into the reference host. */
class StorePoliciesTest {

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

    private Order line(String id, String sku, int qty) {
        return order(id, UK, "UNSHIPPED", "MERCHANT", ago(60), ago(20),
                item("I1", sku, qty, "GBP", "10.00", "ITEM", (10 * qty) + ".00").build());
    }

    private TestStore fbm(Map<String, Object> props) {
        return shop.orders(FulfilmentChannel.FBM, props);
    }

    @Test
    @DisplayName("ORD-01: a single customer that does not exist fails the order with the fix")
    void singleCustomerMustExist() {
        TestStore s = fbm(Map.of(OrderSettings.IMPORT_OPTION, "SINGLE_CUSTOMER", OrderSettings.SINGLE_CUSTOMER, "NOBODY"));
        h.amazon.put(line("202-1", "MUG", 1));
        assertEquals(1, h.poll(s).failed());
        assertEquals(FixAction.UNKNOWN_CUSTOMER, h.log.at(LogLevel.ERROR).get(0).fix());
    }

    @Test
    @DisplayName("ORD-02 ORD-10: single customer, daily consolidated: two orders of a day share one host order keyed alias-FBM-currency-day, each line with its own reference")
    void dailyConsolidated() {
        h.customers.createCustomer(IdempotencyKey.of("seed", "AMZ"), new org.ecomhub.host.api.NewCustomer("AMZ",
                "Amazon sales", null, "GBP", null));
        TestStore s = fbm(Map.of(OrderSettings.IMPORT_OPTION, "SINGLE_CUSTOMER", OrderSettings.SINGLE_CUSTOMER, "AMZ",
                OrderSettings.SINGLE_CUSTOMER_MODE, "DAILY_CONSOLIDATED"));
        h.amazon.put(line("202-1", "MUG", 1));
        h.amazon.put(line("202-2", "MUG", 2));
        h.poll(s);
        assertEquals(1, h.hostOrders().size());
        SalesOrder day = h.hostOrder("SHOP1-FBM-GBP-2026-11-20");
        assertEquals(List.of("202-1/I1", "202-2/I1"), day.lines().stream().map(l -> l.externalReference()).toList());
        assertEquals(new BigDecimal("30.00"), day.total().amount());

        // the day's order is completed in the host: the next order of that day opens "-2"
        h.salesOrders.completeOrder(IdempotencyKey.of("test", "complete"), day.orderNumber(), List.of());
        h.clock.step(Duration.ofMinutes(5));
        h.amazon.put(AmazonOrders.withStatus(line("202-3", "MUG", 1), "UNSHIPPED", ago(4)));
        h.poll(s);
        assertEquals("202-3/I1", h.hostOrder("SHOP1-FBM-GBP-2026-11-20-2").lines().get(0).externalReference());
        assertTrue(h.log.all().contains("can no longer be edited"));
        assertEquals(2, h.hostOrders().size(), "nothing doubled by the re-read");
    }

    @Test
    @DisplayName("CANCEL-01 ORD-02: an Amazon order cancelled after it went onto the day's order loses its lines and tax charge there; the others stay")
    void cancelOnConsolidated() {
        h.customers.createCustomer(IdempotencyKey.of("seed", "AMZ"), new org.ecomhub.host.api.NewCustomer("AMZ",
                "Amazon sales", null, "GBP", null));
        TestStore s = fbm(Map.of(OrderSettings.IMPORT_OPTION, "SINGLE_CUSTOMER", OrderSettings.SINGLE_CUSTOMER, "AMZ",
                OrderSettings.SINGLE_CUSTOMER_MODE, "DAILY_CONSOLIDATED"))
                .tax(Map.of(org.ecomhub.amazon.api.settings.TaxSettings.MODE, "CHARGE"));
        for (String id : List.of("202-1", "202-2")) {
            h.amazon.put(order(id, UK, "UNSHIPPED", "MERCHANT", ago(60), ago(20),
                    item("I1", "MUG", 1, "GBP", "12.00", "ITEM", "12.00").taxed("2.00")));
        }
        h.poll(s);
        h.clock.step(Duration.ofMinutes(5));
        h.amazon.put(AmazonOrders.withStatus(h.amazon.orders.get("202-1"), "CANCELLED", ago(3)));
        h.clock.step(Duration.ofMinutes(5));
        h.poll(s);
        SalesOrder day = h.hostOrder("SHOP1-FBM-GBP-2026-11-20");
        assertEquals(List.of("202-2/I1"), day.lines().stream().map(l -> l.externalReference()).toList());
        assertEquals(List.of("202-2/TAX"), day.charges().stream().map(c -> c.externalReference()).toList());
        assertEquals(new BigDecimal("12.00"), day.total().amount());
    }

    @Test
    @DisplayName("PROD-06 ORD-02: a consolidated day order is invoiced once, when the host closes it")
    void consolidatedInvoicedWhenClosed() {
        h.admin.setCompanySettings(true, true, true);
        h.customers.createCustomer(IdempotencyKey.of("seed", "AMZ"), new org.ecomhub.host.api.NewCustomer("AMZ",
                "Amazon sales", null, "GBP", null));
        TestStore s = fbm(Map.of(OrderSettings.IMPORT_OPTION, "SINGLE_CUSTOMER", OrderSettings.SINGLE_CUSTOMER, "AMZ",
                OrderSettings.SINGLE_CUSTOMER_MODE, "DAILY_CONSOLIDATED"))
                .products(Map.of(ProductSettings.ACCOUNTING_INVOICE, true));
        h.amazon.put(line("202-1", "MUG", 1));
        h.amazon.put(line("202-2", "MUG", 1));
        h.poll(s);
        SalesOrder day = h.hostOrder("SHOP1-FBM-GBP-2026-11-20");
        assertTrue(h.accounting.findInvoice(day.orderNumber()).isEmpty(), "open: not yet");
        h.salesOrders.completeOrder(IdempotencyKey.of("test", "close"), day.orderNumber(), List.of());
        h.clock.step(Duration.ofMinutes(5));
        h.poll(s);
        h.clock.step(Duration.ofMinutes(5));
        h.poll(s);
        assertTrue(h.accounting.findInvoice(day.orderNumber()).isPresent(), "closed: invoiced");
        assertEquals(1, h.log.events().stream().filter(e -> e.message().contains("handed to accounting")).count());
    }

    @Test
    @DisplayName("ORD-04 ORD-06: the sales order group and the configured warehouse go on the order")
    void groupAndWarehouse() {
        h.admin.addWarehouse("SECOND", "Second", org.ecomhub.host.api.WarehouseKind.OWN);
        TestStore s = fbm(Map.of(OrderSettings.SALES_ORDER_GROUP, "AMAZON", OrderSettings.WAREHOUSE, "SECOND"));
        h.amazon.put(line("202-1", "MUG", 1));
        h.poll(s);
        SalesOrder o = h.hostOrder("202-1");
        assertEquals("AMAZON", o.salesOrderGroup());
        assertEquals("SECOND", o.warehouseCode());
    }

    @Test
    @DisplayName("ORD-06 ORD-11: an unknown warehouse fails the order with the warehouse fix")
    void unknownWarehouse() {
        h.amazon.put(line("202-1", "MUG", 1));
        assertEquals(1, h.poll(fbm(Map.of(OrderSettings.WAREHOUSE, "NOPE"))).failed());
        assertEquals(FixAction.UNKNOWN_WAREHOUSE, h.log.at(LogLevel.ERROR).get(0).fix());
    }

    @Test
    @DisplayName("ORD-05: Completed imports completed with stock, and Backordered with a log entry when stock is short")
    void completedOrBackordered() {
        TestStore s = fbm(Map.of(OrderSettings.ORDER_STATUS, "COMPLETED"));
        h.amazon.put(line("202-1", "MUG", 2));
        h.amazon.put(line("202-2", "MUG", 500));
        h.poll(s);
        assertEquals(SalesOrderStatus.COMPLETED, h.hostOrder("202-1").status());
        assertEquals(SalesOrderStatus.BACKORDERED, h.hostOrder("202-2").status());
        assertTrue(h.log.events().stream().anyMatch(e -> "202-2".equals(e.amazonId())
                && e.message().contains("Backordered")));
    }

    @Test
    @DisplayName("ORD-07: batch assignment takes the oldest batches first (FIFO) so the order completes")
    void fifoBatches() {
        h.receiveBatch("TEA", "B-NEW", LocalDate.of(2026, 6, 1), 10);
        h.receiveBatch("TEA", "B-OLD", LocalDate.of(2026, 1, 1), 2);
        TestStore s = fbm(Map.of(OrderSettings.ORDER_STATUS, "COMPLETED", OrderSettings.ASSIGN_NUMBERS, "BATCH"));
        h.amazon.put(line("202-1", "TEA", 3));
        h.poll(s);
        SalesOrder o = h.hostOrder("202-1");
        assertEquals(SalesOrderStatus.COMPLETED, o.status());
        assertEquals(java.util.Set.of(new LineAllocation.BatchQuantity("B-OLD", new BigDecimal("2")),
                new LineAllocation.BatchQuantity("B-NEW", BigDecimal.ONE)), o.lines().get(0).batches()
                .stream().map(b -> new LineAllocation.BatchQuantity(b.batchNumber(), b.quantity().stripTrailingZeros()))
                .collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    @DisplayName("ORD-07: without assignment a batch-tracked order that should complete is Backordered")
    void noAssignmentBackorders() {
        h.receiveBatch("TEA", "B-OLD", LocalDate.of(2026, 1, 1), 5);
        h.amazon.put(line("202-1", "TEA", 1));
        h.poll(fbm(Map.of(OrderSettings.ORDER_STATUS, "COMPLETED")));
        assertEquals(SalesOrderStatus.BACKORDERED, h.hostOrder("202-1").status());
    }

    @Test
    @DisplayName("PROD-06: with accounting invoices on, each imported order is invoiced once, whatever re-reads follow")
    void invoicedOnce() {
        h.admin.setCompanySettings(true, true, true);
        TestStore s = shop.products(Map.of(ProductSettings.ACCOUNTING_INVOICE, true));
        h.amazon.put(line("202-1", "MUG", 1));
        h.poll(s);
        h.clock.step(Duration.ofMinutes(5));
        h.poll(s);
        assertTrue(h.accounting.findInvoice(h.hostOrder("202-1").orderNumber()).isPresent());
        TestStore off = shop;
        h.clock.step(Duration.ofMinutes(5));
        h.amazon.put(AmazonOrders.withStatus(line("202-2", "MUG", 1), "UNSHIPPED", ago(4)));
        h.poll(off);
        assertFalse(h.accounting.findInvoice(h.hostOrder("202-2").orderNumber()).isPresent(), "off: never");
    }

    @Test
    @DisplayName("ORD-09 ORD-14 SEC-01: RESTRICTED buyer details make a customer and carry PO and address into the host, never into the plugin's tables or log")
    void restrictedBuyer() throws Exception {
        TestStore s = shop.restricted();
        Order o = AmazonOrders.withBuyer(line("202-1", "MUG", 1),
                new Buyer("Zebedee Quux", "zq-relay@marketplace.amazon.example", "Quux Ltd", "PO-77123"),
                new DeliveryAddress("Zebedee Quux", null, "17 Nowhere Lane", null, null, "Leeds", null, "West Yorkshire",
                        null, "LS1 4AP", "GB", "+44 113 496 7788", null));
        h.amazon.put(o);
        h.poll(s);
        SalesOrder imported = h.hostOrder("202-1");
        assertEquals("PO-77123", imported.customerReference(), "ORD-14: the PO number is the customer reference");
        assertEquals("202-1", imported.externalReference());
        assertNotNull(imported.deliveryAddress());
        assertEquals("Zebedee Quux", h.customers.findCustomer(imported.customerCode()).orElseThrow().name());
        String tables = h.pluginTables() + h.log.all();
        for (String secret : List.of("Zebedee", "Quux", "zq-relay", "Nowhere", "LS1 4AP", "PO-77123", "496 7788")) {
            assertFalse(tables.contains(secret), secret + " leaked into the plugin's tables or log");
        }
    }

    @Test
    @DisplayName("ORD-09 LOG-04: a host refusal quoting the buyer's address reaches the log and the ledger masked")
    void refusalQuotingBuyerIsMasked() throws Exception {
        String longLine = "17 Nowhere Lane " + "x".repeat(300);
        Order o = AmazonOrders.withBuyer(line("202-1", "MUG", 1), new Buyer("Zebedee Quux", "zq@relay.example", null, null),
                new DeliveryAddress("Zebedee Quux", null, longLine, null, null, "Leeds", null, null, null, "LS1 4AP",
                        "GB", null, null));
        h.amazon.put(o);
        h.poll(shop.restricted());
        assertEquals(org.ecomhub.orders.internal.LedgerEntry.State.FAILED, h.ledger("202-1").state(),
                "the host refused the address line");
        String all = h.pluginTables() + h.log.all();
        assertFalse(all.contains("Nowhere"), "the address line leaked");
        assertFalse(all.contains("Zebedee"), "the name leaked");
        // a host less careful than the reference host quotes what it refused: the quote is cut out
        String quoted = BuyerScrub.scrub("address line 1 '" + longLine + "' of Zebedee Quux, LS1 4AP, is too long", o);
        assertFalse(quoted.contains("Nowhere") || quoted.contains("Zebedee") || quoted.contains("LS1 4AP"), quoted);
    }

    @Test
    @DisplayName("ORD-09: a NONE store drops buyer details Amazon sent for another store's sake: guest customer, no PO, no address")
    void noneDropsBuyer() {
        Order o = AmazonOrders.withBuyer(line("202-1", "MUG", 1),
                new Buyer("Zebedee Quux", "zq@example", null, "PO-1"), null);
        h.amazon.put(o);
        h.importer.importOrders(shop, List.of("202-1"), h.amazon, Harness.progress());
        SalesOrder imported = h.hostOrder("202-1");
        assertNull(imported.customerReference());
        assertEquals("SHOP1 GBP Amazon Guests", h.customers.findCustomer(imported.customerCode()).orElseThrow().name());
    }
}
