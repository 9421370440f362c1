package org.ecomhub.host.api.conformance;

import static org.ecomhub.host.api.conformance.StandardWorld.*;
import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ecomhub.host.api.ChargeKind;
import org.ecomhub.host.api.DeliveryAddress;
import org.ecomhub.host.api.HostRuleViolationException.Rule;
import org.ecomhub.host.api.IdempotencyKey;
import org.ecomhub.host.api.LineAllocation;
import org.ecomhub.host.api.LineAllocation.BatchQuantity;
import org.ecomhub.host.api.Money;
import org.ecomhub.host.api.NewChargeLine;
import org.ecomhub.host.api.NewOrderLine;
import org.ecomhub.host.api.NewSalesOrder;
import org.ecomhub.host.api.SalesOrder;
import org.ecomhub.host.api.SalesOrderLine;
import org.ecomhub.host.api.SalesOrderStatus;
import org.ecomhub.host.api.SalesOrders;
import org.ecomhub.host.api.UnknownReferenceException.Kind;
import org.junit.jupiter.api.Test;

/** Sales orders: create once, totals, editing, completion with stock, cancel, reduce, flags (ORD-*, CANCEL-*). */
public abstract class SalesOrdersConformanceTest extends HostConformanceSupport {

    private SalesOrders orders() {
        return host.salesOrders();
    }

    private static NewSalesOrder withTotal(NewSalesOrder o, Money total) {
        return new NewSalesOrder(o.externalReference(), o.customerReference(), o.customerCode(), o.warehouseCode(),
                o.currency(), o.status(), o.salesOrderGroup(), o.orderDate(), o.lines(), o.charges(), total,
                o.allocations(), o.deliveryAddress(), o.comments());
    }

    private static NewSalesOrder with(NewSalesOrder o, String customer, String warehouse, String currency, String group) {
        return new NewSalesOrder(o.externalReference(), o.customerReference(), customer, warehouse, currency,
                o.status(), group, o.orderDate(), o.lines(), o.charges(), o.expectedTotal(), o.allocations(),
                o.deliveryAddress(), o.comments());
    }

    @Test // covers ORD-10, ORD-12, ORD-14
    void createsAnOrderWithLinesChargesReferencesAndTotal() {
        List<NewOrderLine> lines = List.of(taxedLine("A-1:I-1", WIDGET, 2, "10.00", "4.00"));
        List<NewChargeLine> charges = List.of(shipping("A-1:I-1:SHIPPING", "3.99"),
                NewChargeLine.untaxed("A-1:I-1:DISCOUNT", ChargeKind.DISCOUNT, "Promotion", gbp("-1.00")));
        SalesOrder created = orders().createOrder(freshKey(), order("A-1", SalesOrderStatus.PLACED, lines, charges));
        assertEquals("A-1", created.externalReference());
        assertEquals("PO-A-1", created.customerReference());
        assertEquals(SalesOrderStatus.PLACED, created.status());
        assertEquals(gbp("26.99"), created.total());
        SalesOrderLine line = created.line("A-1:I-1").orElseThrow();
        assertEquals(gbp("20.00"), line.lineAmount());
        assertEquals(gbp("4.00"), line.taxAmount());
        assertEquals(STD, line.taxCode());
        assertEquals(ChargeKind.DISCOUNT, created.charge("A-1:I-1:DISCOUNT").orElseThrow().kind());
        assertEquals(created, orders().findByExternalReference("A-1").orElseThrow());
        assertEquals(created, orders().findOrder(created.orderNumber()).orElseThrow());
        assertTrue(orders().findByExternalReference("NO-SUCH").isEmpty());
    }

    @Test // covers ORD-09: with buyer details the order carries where it goes
    void anOrderKeepsItsDeliveryAddressAndComments() {
        DeliveryAddress address = new DeliveryAddress("A Buyer", "1 High Street", "Flat 2", null, "Leeds", "West Yorkshire",
                "LS1 1AA", "GB", "+44 113 000000");
        NewSalesOrder o = order("A-20", SalesOrderStatus.PLACED, line("L1", WIDGET, 1, "5.00"));
        NewSalesOrder withAddress = new NewSalesOrder(o.externalReference(), o.customerReference(), o.customerCode(),
                o.warehouseCode(), o.currency(), o.status(), null, o.orderDate(), o.lines(), o.charges(),
                o.expectedTotal(), List.of(), address, "Ship by 2026-11-22, Standard");
        SalesOrder created = orders().createOrder(freshKey(), withAddress);
        assertEquals(address, created.deliveryAddress());
        assertEquals("Ship by 2026-11-22, Standard", created.comments());
        assertEquals(address, orders().findByExternalReference("A-20").orElseThrow().deliveryAddress());
        assertNull(place("A-21", line("L1", WIDGET, 1, "5.00")).deliveryAddress());
    }

    @Test // covers ORD-10
    void aRepeatedCreateReturnsTheFirstOrderAndAllocatesOnce() {
        IdempotencyKey key = IdempotencyKey.of("SELLER", "203-0000000-0000001");
        SalesOrder first = orders().createOrder(key, order("203-0000000-0000001", SalesOrderStatus.PLACED,
                line("L1", WIDGET, 3, "5.00")));
        SalesOrder again = orders().createOrder(key, order("203-0000000-0000001", SalesOrderStatus.PLACED,
                line("L1", WIDGET, 3, "5.00")));
        assertEquals(first.orderNumber(), again.orderNumber());
        assertEquals(1, orders().orders(null, 100).size());
        assertQuantity(3, allocated(WIDGET, MAIN));
    }

    @Test // covers ORD-10
    void anExternalReferenceIsUniqueAcrossKeys() {
        place("A-2", line("L1", WIDGET, 1, "5.00"));
        assertRule(Rule.DUPLICATE_REFERENCE, () -> place("A-2", line("L1", WIDGET, 1, "5.00")));
        assertRule(Rule.DUPLICATE_REFERENCE, () -> place("A-3", line("L1", WIDGET, 1, "5.00"), line("L1", GADGET, 1, "5.00")));
    }

    @Test // covers ORD-12
    void totalsThatDoNotAddUpAreRefused() {
        NewSalesOrder order = order("A-4", SalesOrderStatus.PLACED, line("L1", WIDGET, 2, "5.00"));
        assertRule(Rule.TOTALS_DO_NOT_ADD_UP, () -> orders().createOrder(freshKey(), withTotal(order, gbp("10.01"))));
        NewOrderLine wrongAmount = new NewOrderLine("L1", WIDGET, qty(3), gbp("3.333333"), gbp("10.01"), gbp("0"),
                BigDecimal.ZERO, null);
        assertRule(Rule.TOTALS_DO_NOT_ADD_UP, () -> orders().createOrder(freshKey(),
                order("A-4", SalesOrderStatus.PLACED, wrongAmount)));
        NewOrderLine exactEnough = new NewOrderLine("L1", WIDGET, qty(3), gbp("3.333333"), gbp("10.00"), gbp("0"),
                BigDecimal.ZERO, null);
        assertEquals(gbp("10.00"), orders().createOrder(freshKey(), order("A-4", SalesOrderStatus.PLACED, exactEnough)).total());
    }

    @Test
    void amountsInAnotherCurrencyAreRefused() {
        NewOrderLine euro = NewOrderLine.untaxed("L1", WIDGET, qty(1), Money.of("5.00", EUR));
        NewSalesOrder order = new NewSalesOrder("A-5", null, CUSTOMER, MAIN, GBP, SalesOrderStatus.PLACED, null,
                LocalDate.of(2026, 11, 20), List.of(euro), List.of(), gbp("5.00"), List.of());
        assertRule(Rule.CURRENCY_MISMATCH, () -> orders().createOrder(freshKey(), order));
    }

    @Test // covers ORD-11
    void unknownReferencesAreNamedAndNothingIsCreated() {
        NewSalesOrder good = order("A-6", SalesOrderStatus.PLACED, line("L1", WIDGET, 1, "5.00"));
        assertUnknown(Kind.CUSTOMER, "NOBODY", () -> orders().createOrder(freshKey(), with(good, "NOBODY", MAIN, GBP, null)));
        assertUnknown(Kind.WAREHOUSE, "NOWHERE", () -> orders().createOrder(freshKey(), with(good, CUSTOMER, "NOWHERE", GBP, null)));
        assertUnknown(Kind.SALES_ORDER_GROUP, "NO-GROUP", () -> orders().createOrder(freshKey(), with(good, CUSTOMER, MAIN, GBP, "NO-GROUP")));
        assertUnknown(Kind.PRODUCT, "NO-SUCH", () -> place("A-6", line("L1", "NO-SUCH", 1, "5.00")));
        NewOrderLine badTax = new NewOrderLine("L1", WIDGET, qty(1), gbp("5"), gbp("5"), gbp("1"), new BigDecimal("0.2"), "NO-TAX");
        assertUnknown(Kind.TAX_CODE, "NO-TAX", () -> place("A-6", badTax));
        NewChargeLine badAccount = new NewChargeLine("S", ChargeKind.SHIPPING, "Shipping", gbp("1"), gbp("0"),
                BigDecimal.ZERO, null, "9999");
        assertUnknown(Kind.SALES_ACCOUNT, "9999", () -> orders().createOrder(freshKey(),
                order("A-6", SalesOrderStatus.PLACED, List.of(), List.of(badAccount))));
        assertTrue(orders().findByExternalReference("A-6").isEmpty());
        assertQuantity(0, allocated(WIDGET, MAIN));
    }

    @Test // covers ORD-04
    void theGroupGivenOverridesTheCustomersDefault() {
        SalesOrder order = orders().createOrder(freshKey(),
                with(order("A-7", SalesOrderStatus.PARKED, line("L1", WIDGET, 1, "5.00")), CUSTOMER, MAIN, GBP, GROUP));
        assertEquals(GROUP, order.salesOrderGroup());
    }

    @Test // covers ORD-05
    void parkedAllocatesNothingPlacedAndBackorderedAllocate() {
        SalesOrder parked = orders().createOrder(freshKey(), order("A-8", SalesOrderStatus.PARKED, line("L1", WIDGET, 2, "1")));
        assertQuantity(0, allocated(WIDGET, MAIN));
        orders().changeStatus(freshKey(), parked.orderNumber(), SalesOrderStatus.BACKORDERED);
        assertQuantity(2, allocated(WIDGET, MAIN));
        orders().changeStatus(freshKey(), parked.orderNumber(), SalesOrderStatus.PARKED);
        assertQuantity(0, allocated(WIDGET, MAIN));
        assertRule(Rule.STATUS_CHANGE_NOT_ALLOWED,
                () -> orders().changeStatus(freshKey(), parked.orderNumber(), SalesOrderStatus.COMPLETED));
    }

    @Test // covers ORD-02
    void linesAppendToAnEditableOrderOnly() {
        SalesOrder order = place("DAY-1", line("O1:I1", WIDGET, 1, "5.00"));
        assertTrue(orders().isEditable(order.orderNumber()));
        SalesOrder appended = orders().appendLines(freshKey(), order.orderNumber(),
                List.of(line("O2:I1", GADGET, 2, "4.00")), List.of(shipping("O2:SHIP", "2.00")), gbp("10.00"));
        assertEquals(2, appended.lines().size());
        assertEquals(gbp("15.00"), appended.total());
        assertQuantity(2, allocated(GADGET, MAIN));
        assertRule(Rule.TOTALS_DO_NOT_ADD_UP, () -> orders().appendLines(freshKey(), order.orderNumber(),
                List.of(line("O3:I1", GADGET, 1, "4.00")), List.of(), gbp("4.01")));
        assertRule(Rule.DUPLICATE_REFERENCE, () -> orders().appendLines(freshKey(), order.orderNumber(),
                List.of(line("O1:I1", GADGET, 1, "4.00")), List.of(), gbp("4.00")));
        complete(order);
        assertFalse(orders().isEditable(order.orderNumber()));
        assertRule(Rule.ORDER_NOT_EDITABLE, () -> orders().appendLines(freshKey(), order.orderNumber(),
                List.of(line("O4:I1", GADGET, 1, "4.00")), List.of(), gbp("4.00")));
        assertUnknown(Kind.SALES_ORDER, "SO-NONE", () -> orders().isEditable("SO-NONE"));
    }

    @Test // covers ORD-10
    void aRepeatedAppendIsNotAppliedAgainEvenAfterTheOrderClosed() {
        SalesOrder order = place("DAY-2", line("O1:I1", WIDGET, 1, "5.00"));
        IdempotencyKey key = freshKey();
        orders().appendLines(key, order.orderNumber(), List.of(line("O2:I1", WIDGET, 1, "5.00")), List.of(), gbp("5.00"));
        complete(order);
        SalesOrder repeat = orders().appendLines(key, order.orderNumber(), List.of(line("O2:I1", WIDGET, 1, "5.00")),
                List.of(), gbp("5.00"));
        assertEquals(2, repeat.lines().size());
        assertEquals(SalesOrderStatus.COMPLETED, repeat.status());
    }

    @Test
    void completionDeductsStockAndReleasesAllocation() {
        SalesOrder order = place("C-1", line("L1", WIDGET, 4, "1.00"), line("L2", GADGET, 5, "1.00"));
        SalesOrder completed = complete(order);
        assertEquals(SalesOrderStatus.COMPLETED, completed.status());
        assertQuantity(6, onHand(WIDGET, MAIN));
        assertQuantity(0, allocated(WIDGET, MAIN));
        assertQuantity(0, onHand(GADGET, MAIN));
    }

    @Test // covers ORD-05
    void stockCannotGoNegativeOnCompletion() {
        SalesOrder order = place("C-2", line("L1", WIDGET, 4, "1.00"), line("L2", GADGET, 6, "1.00"));
        var e = assertRule(Rule.STOCK_WOULD_GO_NEGATIVE, () -> complete(order));
        assertTrue(e.getMessage().contains(GADGET), e.getMessage());
        assertEquals(SalesOrderStatus.PLACED, orders().findOrder(order.orderNumber()).orElseThrow().status());
        assertQuantity(10, onHand(WIDGET, MAIN));
        assertQuantity(5, onHand(GADGET, MAIN));
        assertRule(Rule.STOCK_WOULD_GO_NEGATIVE, () -> orders().createOrder(freshKey(),
                order("C-3", SalesOrderStatus.COMPLETED, line("L1", GADGET, 6, "1.00"))));
        assertTrue(orders().findByExternalReference("C-3").isEmpty());
    }

    @Test // covers ORD-05, ORD-10: a refused call leaves no trace, so its key can be used again
    void anOrderRefusedForLackOfStockCanBeCreatedBackorderedWithTheSameKey() {
        IdempotencyKey key = IdempotencyKey.of("SELLER", "203-0000000-0000009");
        assertRule(Rule.STOCK_WOULD_GO_NEGATIVE, () -> orders().createOrder(key,
                order("203-0000000-0000009", SalesOrderStatus.COMPLETED, line("L1", GADGET, 6, "1.00"))));
        SalesOrder backordered = orders().createOrder(key,
                order("203-0000000-0000009", SalesOrderStatus.BACKORDERED, line("L1", GADGET, 6, "1.00")));
        assertEquals(SalesOrderStatus.BACKORDERED, backordered.status());
        assertQuantity(6, allocated(GADGET, MAIN));
        assertQuantity(-1, host.inventory().stockLevel(GADGET, MAIN).available());
    }

    @Test // covers ORD-05
    void anOrderCanBeCreatedCompleted() {
        SalesOrder order = orders().createOrder(freshKey(), order("C-4", SalesOrderStatus.COMPLETED, line("L1", WIDGET, 3, "1")));
        assertEquals(SalesOrderStatus.COMPLETED, order.status());
        assertQuantity(7, onHand(WIDGET, MAIN));
        assertQuantity(0, allocated(WIDGET, MAIN));
    }

    @Test // covers ORD-07
    void batchTrackedAndSerialisedLinesNeedNumbersToComplete() {
        SalesOrder order = place("C-5", line("B", BATCHED, 4, "1.00"), line("S", SERIAL, 2, "1.00"));
        assertRule(Rule.ALLOCATION_REQUIRED, () -> complete(order));
        assertRule(Rule.ALLOCATION_REQUIRED, () -> complete(order,
                new LineAllocation("B", List.of(new BatchQuantity("B-OLD", qty(3))), List.of()),
                new LineAllocation("S", List.of(), List.of("S-003", "S-001"))));
        assertUnknown(Kind.BATCH, "B-NONE", () -> complete(order,
                new LineAllocation("B", List.of(new BatchQuantity("B-NONE", qty(4))), List.of()),
                new LineAllocation("S", List.of(), List.of("S-003", "S-001"))));
        assertRule(Rule.ALLOCATION_INVALID, () -> complete(order,
                new LineAllocation("B", List.of(new BatchQuantity("B-MID", qty(4))), List.of()),
                new LineAllocation("S", List.of(), List.of("S-003", "S-001"))));
        assertQuantity(9, onHand(BATCHED, MAIN));
    }

    @Test // covers ORD-07
    void completionTakesTheBatchesAndSerialNumbersGiven() {
        SalesOrder order = place("C-6", line("B", BATCHED, 4, "1.00"), line("S", SERIAL, 2, "1.00"));
        SalesOrder completed = complete(order,
                new LineAllocation("B", List.of(new BatchQuantity("B-OLD", qty(3)), new BatchQuantity("B-MID", qty(1))), List.of()),
                new LineAllocation("S", List.of(), List.of("S-003", "S-001")));
        assertEquals(List.of("S-003", "S-001"), completed.line("S").orElseThrow().serialNumbers());
        assertEquals(2, completed.line("B").orElseThrow().batches().size());
        assertEquals(List.of("B-MID", "B-NEW"), host.inventory().batches(BATCHED, MAIN).stream().map(b -> b.batchNumber()).toList());
        assertQuantity(1, host.inventory().batches(BATCHED, MAIN).get(0).quantity());
        assertEquals(List.of("S-002"), host.inventory().serialNumbers(SERIAL, MAIN).stream().map(s -> s.serial()).toList());
        assertQuantity(5, onHand(BATCHED, MAIN));
        assertQuantity(1, onHand(SERIAL, MAIN));
    }

    @Test // covers ORD-07
    void withBatchTrackingOffNoBatchNumbersAreNeeded() {
        host.setCompanySettings(false, false, false);
        SalesOrder order = place("C-7", line("B", BATCHED, 2, "1.00"));
        assertEquals(SalesOrderStatus.COMPLETED, complete(order).status());
        assertQuantity(7, onHand(BATCHED, MAIN));
    }

    @Test // covers CANCEL-01
    void cancellingReleasesTheAllocation() {
        SalesOrder order = place("X-1", line("L1", WIDGET, 4, "1.00"));
        SalesOrder cancelled = orders().cancelOrder(freshKey(), order.orderNumber(), "cancelled on Amazon");
        assertEquals(SalesOrderStatus.CANCELLED, cancelled.status());
        assertFalse(cancelled.isEditable());
        assertQuantity(0, allocated(WIDGET, MAIN));
        assertQuantity(10, onHand(WIDGET, MAIN));
        assertRule(Rule.ORDER_NOT_EDITABLE, () -> orders().cancelOrder(freshKey(), order.orderNumber(), "again"));
    }

    @Test // covers CANCEL-01
    void anOrderWithAShipmentCannotBeCancelledButCanBeFlagged() {
        SalesOrder order = place("X-2", line("L1", WIDGET, 4, "1.00"));
        dispatch(order, "L1", 1);
        assertRule(Rule.ALREADY_SHIPPED, () -> orders().cancelOrder(freshKey(), order.orderNumber(), "cancelled on Amazon"));
        IdempotencyKey key = freshKey();
        orders().flagOrder(key, order.orderNumber(), "Cancelled on Amazon after shipping");
        SalesOrder flagged = orders().flagOrder(key, order.orderNumber(), "Cancelled on Amazon after shipping");
        assertTrue(flagged.isFlagged());
        assertEquals(1, flagged.flags().size());
        assertEquals("Cancelled on Amazon after shipping", flagged.flags().get(0).note());
        assertRule(Rule.INVALID_VALUE, () -> orders().flagOrder(freshKey(), order.orderNumber(), " "));
    }

    @Test // covers CANCEL-02, SHIP-01
    void shippedQuantitiesLimitReduceAndRemove() {
        SalesOrder order = place("X-3", taxedLine("L1", WIDGET, 4, "10.00", "8.00"), line("L2", GADGET, 2, "3.00"));
        dispatch(order, "L1", 1);
        SalesOrder shipped = orders().findOrder(order.orderNumber()).orElseThrow();
        assertQuantity(1, shipped.shippedQuantity("L1"));
        assertQuantity(0, shipped.shippedQuantity("L2"));
        assertQuantity(9, onHand(WIDGET, MAIN));
        assertQuantity(3, allocated(WIDGET, MAIN));

        SalesOrder reduced = orders().reduceLine(freshKey(), order.orderNumber(), "L1", qty(2));
        SalesOrderLine l1 = reduced.line("L1").orElseThrow();
        assertQuantity(2, l1.quantity());
        assertEquals(gbp("20.00"), l1.lineAmount());
        assertEquals(gbp("4.00"), l1.taxAmount());
        assertEquals(gbp("30.00"), reduced.total());
        assertQuantity(1, allocated(WIDGET, MAIN));

        assertRule(Rule.ALREADY_SHIPPED, () -> orders().reduceLine(freshKey(), order.orderNumber(), "L1", new BigDecimal("0.5")));
        assertRule(Rule.INVALID_VALUE, () -> orders().reduceLine(freshKey(), order.orderNumber(), "L1", qty(3)));
        assertRule(Rule.ALREADY_SHIPPED, () -> orders().removeLine(freshKey(), order.orderNumber(), "L1"));
        SalesOrder removed = orders().removeLine(freshKey(), order.orderNumber(), "L2");
        assertTrue(removed.line("L2").isEmpty());
        assertQuantity(0, allocated(GADGET, MAIN));
        assertUnknown(Kind.ORDER_LINE, "L9", () -> orders().removeLine(freshKey(), order.orderNumber(), "L9"));
    }

    @Test // covers CANCEL-02
    void aChargeCanBeRemovedFromAnEditableOrder() {
        SalesOrder order = orders().createOrder(freshKey(), order("X-4", SalesOrderStatus.PLACED,
                List.of(line("L1", WIDGET, 1, "5.00")), List.of(shipping("L1:SHIP", "2.50"))));
        SalesOrder changed = orders().removeCharge(freshKey(), order.orderNumber(), "L1:SHIP");
        assertTrue(changed.charges().isEmpty());
        assertEquals(gbp("5.00"), changed.total());
    }

    @Test // covers ORD-10
    void aRepeatedReduceIsNotAppliedTwice() {
        SalesOrder order = place("X-5", line("L1", WIDGET, 5, "1.00"));
        IdempotencyKey key = freshKey();
        orders().reduceLine(key, order.orderNumber(), "L1", qty(4));
        orders().reduceLine(freshKey(), order.orderNumber(), "L1", qty(3));
        SalesOrder repeat = orders().reduceLine(key, order.orderNumber(), "L1", qty(4));
        assertQuantity(3, repeat.line("L1").orElseThrow().quantity());
    }

    @Test
    void completedOrdersCannotBeChanged() {
        SalesOrder order = place("X-6", line("L1", WIDGET, 2, "1.00"));
        complete(order);
        assertRule(Rule.ORDER_NOT_EDITABLE, () -> orders().reduceLine(freshKey(), order.orderNumber(), "L1", qty(1)));
        assertRule(Rule.ORDER_NOT_EDITABLE, () -> orders().removeLine(freshKey(), order.orderNumber(), "L1"));
        assertRule(Rule.ORDER_NOT_EDITABLE, () -> complete(order));
        assertRule(Rule.ORDER_NOT_EDITABLE, () -> orders().cancelOrder(freshKey(), order.orderNumber(), "late"));
        assertTrue(orders().flagOrder(freshKey(), order.orderNumber(), "look at this").isFlagged());
    }

    @Test
    void unknownOrdersAreNamed() {
        assertUnknown(Kind.SALES_ORDER, "SO-NONE", () -> orders().cancelOrder(freshKey(), "SO-NONE", "x"));
        assertUnknown(Kind.SALES_ORDER, "SO-NONE", () -> orders().completeOrder(freshKey(), "SO-NONE", List.of()));
        assertUnknown(Kind.SALES_ORDER, "SO-NONE", () -> orders().flagOrder(freshKey(), "SO-NONE", "x"));
        assertTrue(orders().findOrder("SO-NONE").isEmpty());
    }
}
