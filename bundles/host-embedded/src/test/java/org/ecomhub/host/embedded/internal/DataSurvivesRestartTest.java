package org.ecomhub.host.embedded.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ecomhub.host.api.EventStream;
import org.ecomhub.host.api.IdempotencyKey;
import org.ecomhub.host.api.Money;
import org.ecomhub.host.api.NewOrderLine;
import org.ecomhub.host.api.NewSalesOrder;
import org.ecomhub.host.api.SalesOrder;
import org.ecomhub.host.api.SalesOrderStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reference host keeps everything in its database: closing and reopening it loses nothing. */
class DataSurvivesRestartTest {

    @TempDir
    Path dir;

    @Test // covers ORD-10, HOST-07: keys, orders, stock and events survive a restart
    void everythingIsThereAfterTheDatabaseIsClosedAndReopened() throws Exception {
        IdempotencyKey key = IdempotencyKey.of("A1SELLER", "203-7654321-7654321");
        SalesOrder before;
        long dispatchSeq;
        try (EmbeddedHost host = EmbeddedHost.open(dir)) {
            DemoData.seed(host.admin, host.products, host.customers);
            before = host.orders.createOrder(key, order());
            host.dispatch(before.orderNumber(), "Royal Mail", "RM1", LocalDate.of(2026, 11, 21), Map.of());
            dispatchSeq = host.events.latestSequence(EventStream.DISPATCHES);
        }
        try (EmbeddedHost host = EmbeddedHost.open(dir)) {
            assertEquals(7, host.products.products(null, 100).size());
            assertEquals(4, host.inventory.warehouses().size());
            assertEquals(0, BigDecimal.valueOf(118).compareTo(host.inventory.stockLevel("MUG-001", "MAIN").onHand()));
            SalesOrder after = host.orders.findByExternalReference("203-7654321-7654321").orElseThrow();
            assertEquals(before.orderNumber(), after.orderNumber());
            assertEquals(0, BigDecimal.valueOf(2).compareTo(after.shippedQuantity("203-7654321-7654321:1")));
            assertEquals(dispatchSeq, host.events.latestSequence(EventStream.DISPATCHES));
            assertEquals(1, host.events.dispatchesSince(0, 10).size());
            // the key is still honoured: no second order
            assertEquals(before.orderNumber(), host.orders.createOrder(key, order()).orderNumber());
            assertEquals(1, host.orders.orders(null, 10).size());
            // numbering continues
            SalesOrder next = host.orders.createOrder(IdempotencyKey.of("A1SELLER", "203-2"),
                    new NewSalesOrder("203-2", null, "ACME", "MAIN", "GBP", SalesOrderStatus.PARKED, null,
                            LocalDate.of(2026, 11, 22), List.of(), List.of(), Money.zero("GBP"), List.of()));
            assertNotEquals(before.orderNumber(), next.orderNumber());
        }
    }

    private static NewSalesOrder order() {
        NewOrderLine line = NewOrderLine.untaxed("203-7654321-7654321:1", "MUG-001", BigDecimal.valueOf(2),
                Money.of("8.99", "GBP"));
        return new NewSalesOrder("203-7654321-7654321", "PO-77", "ACME", "MAIN", "GBP", SalesOrderStatus.PLACED, "AMAZON",
                LocalDate.of(2026, 11, 20), List.of(line), List.of(), Money.of("17.98", "GBP"), List.of());
    }
}
