package org.ecomhub.host.embedded.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ecomhub.host.api.EventStream;
import org.ecomhub.host.api.HostEventListener;
import org.ecomhub.host.api.HostRuleViolationException;
import org.ecomhub.host.api.HostRuleViolationException.Rule;
import org.ecomhub.host.api.IdempotencyKey;
import org.ecomhub.host.api.Money;
import org.ecomhub.host.api.NewOrderLine;
import org.ecomhub.host.api.NewSalesOrder;
import org.ecomhub.host.api.SalesOrder;
import org.ecomhub.host.api.SalesOrderLine;
import org.ecomhub.host.api.SalesOrderStatus;
import org.ecomhub.schema.SchemaMigrator;
import org.ecomhub.testsupport.SteppedClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules of the reference host beyond the conformance tests. */
class HostRulesTest {

    @TempDir
    Path dir;

    private EmbeddedHost host;

    @BeforeEach
    void open() {
        host = EmbeddedHost.open(dir);
        DemoData.seed(host.admin, host.products, host.customers);
    }

    @AfterEach
    void close() throws Exception {
        host.close();
    }

    @Test // covers ORD-07: a person's dispatch takes the oldest batch and serial numbers first
    void aDispatchTakesTheOldestBatchesAndSerialNumbers() {
        SalesOrder order = place("203-FIFO", line("T", "TEA-050", 35, "4.25"), line("K", "KETTLE-01", 2, "34.99"));
        host.dispatch(order.orderNumber(), "DPD", "DPD1", LocalDate.of(2026, 11, 21), Map.of());
        SalesOrder shipped = host.orders.findOrder(order.orderNumber()).orElseThrow();
        SalesOrderLine tea = shipped.line("T").orElseThrow();
        assertEquals(List.of("T-2026-01", "T-2026-03"), tea.batches().stream().map(b -> b.batchNumber()).toList());
        assertEquals(0, BigDecimal.valueOf(30).compareTo(tea.batches().get(0).quantity()));
        assertEquals(List.of("KT-1001", "KT-1002"), shipped.line("K").orElseThrow().serialNumbers());
        assertEquals(List.of("KT-1003", "KT-1004", "KT-1005"),
                host.inventory.serialNumbers("KETTLE-01", "MAIN").stream().map(s -> s.serial()).toList());
        assertEquals(0, BigDecimal.valueOf(35).compareTo(host.inventory.stockLevel("TEA-050", "MAIN").onHand()));
        assertEquals(0, BigDecimal.ZERO.compareTo(host.inventory.stockLevel("TEA-050", "MAIN").allocated()));
    }

    @Test
    void aDispatchNamesWhatIsWrong() {
        SalesOrder order = place("203-BAD", line("M", "MUG-001", 1, "8.99"));
        var tooMany = assertThrows(HostRuleViolationException.class, () -> host.dispatch(order.orderNumber(), "DPD", null,
                LocalDate.of(2026, 11, 21), Map.of("M", BigDecimal.valueOf(2))));
        assertTrue(tooMany.getMessage().contains("1 units left to ship"), tooMany.getMessage());
        host.dispatch(order.orderNumber(), "DPD", null, LocalDate.of(2026, 11, 21), Map.of());
        var nothing = assertThrows(HostRuleViolationException.class, () -> host.dispatch(order.orderNumber(), "DPD", null,
                LocalDate.of(2026, 11, 21), Map.of()));
        assertTrue(nothing.getMessage().contains("nothing left to ship"));
    }

    @Test // covers STK-03: a bill may nest but never contain its own product
    void aBillOfMaterialsCannotContainItself() {
        var e = assertThrows(HostRuleViolationException.class,
                () -> host.admin.setBillOfMaterials("POT-01", true, Map.of("GIFTSET-01", BigDecimal.ONE)));
        assertEquals(Rule.INVALID_VALUE, e.rule());
        assertTrue(host.products.billOfMaterials("POT-01").isEmpty());
    }

    @Test // covers ORD-10: racing callers with one key create one order
    void racingCallsWithOneKeyCreateOneOrder() throws Exception {
        IdempotencyKey key = IdempotencyKey.of("A1SELLER", "203-RACE");
        NewSalesOrder order = order("203-RACE", SalesOrderStatus.PLACED, line("M", "MUG-001", 1, "8.99"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(() -> host.orders.createOrder(key, order).orderNumber());
            }
            List<String> numbers = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(calls)) {
                numbers.add(f.get());
            }
            assertEquals(1, Set.copyOf(numbers).size(), numbers.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, host.orders.orders(null, 10).size());
        assertEquals(0, BigDecimal.ONE.compareTo(host.inventory.stockLevel("MUG-001", "MAIN").allocated()));
    }

    @Test // covers SHIP-01: listeners hear of a dispatch after it committed, and not of a refused one
    void listenersAreToldAfterCommit() {
        List<String> heard = new ArrayList<>();
        HostEventListener listener = (stream, latest) -> heard.add(stream + "@" + latest);
        host.db.addListener(listener);
        SalesOrder order = place("203-L", line("M", "MUG-001", 1, "8.99"));
        heard.clear();
        assertThrows(HostRuleViolationException.class, () -> host.dispatch(order.orderNumber(), "DPD", null,
                LocalDate.of(2026, 11, 21), Map.of("M", BigDecimal.TEN)));
        assertTrue(heard.isEmpty(), heard.toString());
        host.dispatch(order.orderNumber(), "DPD", null, LocalDate.of(2026, 11, 21), Map.of());
        long latest = host.events.latestSequence(EventStream.DISPATCHES);
        assertTrue(heard.contains("DISPATCHES@" + latest), heard.toString());
        assertTrue(heard.stream().anyMatch(h -> h.startsWith("STOCK_CHANGES@")), heard.toString());
        host.db.removeListener(listener);
    }

    @Test // covers HOST-08: timestamps come from the Clock service
    void timestampsComeFromTheClock() {
        SalesOrder order = place("203-T", line("M", "MUG-001", 1, "8.99"));
        assertTrue(order.createdAt().isAfter(Instant.parse("2026-11-20T09:59:59Z")));
        assertTrue(order.createdAt().isBefore(Instant.parse("2026-11-21T00:00:00Z")));
    }

    @Test
    void migratingAgainChangesNothing() throws Exception {
        assertEquals(3, SchemaMigrator.currentVersion(host.dataSource, Schema.COMPONENT));
        new HostDatabase(host.dataSource, SteppedClock.tickingOnRead(Instant.parse("2026-11-20T10:00:00Z"), Duration.ofSeconds(1)));
        assertEquals(3, SchemaMigrator.currentVersion(host.dataSource, Schema.COMPONENT));
        assertEquals(7, host.products.products(null, 100).size());
    }

    @Test // covers ORD-05: completed on import only when the stock is there
    void anOrderToCompleteWithoutStockIsRefusedAndCanBePlacedBackordered() {
        NewOrderLine pots = line("P", "POT-01", 11, "5.00");
        var e = assertThrows(HostRuleViolationException.class,
                () -> host.orders.createOrder(IdempotencyKey.of("S", "203-B"), order("203-B", SalesOrderStatus.COMPLETED, pots)));
        assertEquals(Rule.STOCK_WOULD_GO_NEGATIVE, e.rule());
        SalesOrder backordered = host.orders.createOrder(IdempotencyKey.of("S", "203-B"),
                order("203-B", SalesOrderStatus.BACKORDERED, pots));
        assertEquals(SalesOrderStatus.BACKORDERED, backordered.status());
        assertEquals(0, BigDecimal.valueOf(-1).compareTo(host.inventory.stockLevel("POT-01", "MAIN").available()));
    }

    @Test // covers ORD-12: money is exact, so a unit price the host cannot keep is refused, not rounded
    void moreDecimalsThanTheHostKeepsAreRefused() {
        NewOrderLine line = new NewOrderLine("M", "MUG-001", BigDecimal.valueOf(3), Money.of("3.3333333", "GBP"),
                Money.of("10.00", "GBP"), Money.zero("GBP"), BigDecimal.ZERO, null);
        var e = assertThrows(HostRuleViolationException.class, () -> place("203-DEC", line));
        assertEquals(Rule.INVALID_VALUE, e.rule());
        assertTrue(e.getMessage().contains("3.3333333"), e.getMessage());
    }

    private SalesOrder place(String ref, NewOrderLine... lines) {
        return host.orders.createOrder(IdempotencyKey.of("S", ref), order(ref, SalesOrderStatus.PLACED, lines));
    }

    private static NewOrderLine line(String ref, String product, long quantity, String price) {
        return NewOrderLine.untaxed(ref, product, BigDecimal.valueOf(quantity), Money.of(price, "GBP"));
    }

    private static NewSalesOrder order(String ref, SalesOrderStatus status, NewOrderLine... lines) {
        Money total = Money.zero("GBP");
        for (NewOrderLine l : lines) {
            total = total.plus(l.total());
        }
        return new NewSalesOrder(ref, null, "ACME", "MAIN", "GBP", status, null, LocalDate.of(2026, 11, 20),
                List.of(lines), List.of(), total, List.of());
    }
}
