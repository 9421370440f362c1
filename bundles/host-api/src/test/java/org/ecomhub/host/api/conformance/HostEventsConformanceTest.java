package org.ecomhub.host.api.conformance;

import static org.ecomhub.host.api.conformance.StandardWorld.*;
import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ecomhub.host.api.DispatchEvent;
import org.ecomhub.host.api.EventStream;
import org.ecomhub.host.api.HostEvents;
import org.ecomhub.host.api.HostRuleViolationException.Rule;
import org.ecomhub.host.api.SalesOrder;
import org.ecomhub.host.api.StockChangeEvent;
import org.junit.jupiter.api.Test;

/** Durable dispatch and stock change streams and their cursor (SHIP-01, STK-06). */
public abstract class HostEventsConformanceTest extends HostConformanceSupport {

    private HostEvents events() {
        return host.events();
    }

    @Test // covers SHIP-01
    void aDispatchIsAnEventWithCarrierTrackingDateAndLines() {
        SalesOrder order = place("203-1", line("203-1:I1", WIDGET, 2, "1.00"), line("203-1:I2", GADGET, 1, "1.00"));
        long before = events().latestSequence(EventStream.DISPATCHES);
        String id = host.dispatch(order.orderNumber(), "DHL", "JD0001", LocalDate.of(2026, 11, 21),
                Map.of("203-1:I1", qty(2)));
        List<DispatchEvent> dispatches = events().dispatchesSince(before, 10);
        assertEquals(1, dispatches.size());
        DispatchEvent event = dispatches.get(0);
        assertEquals(id, event.dispatchId());
        assertEquals(order.orderNumber(), event.orderNumber());
        assertEquals("203-1", event.externalReference());
        assertEquals("DHL", event.carrier());
        assertEquals("JD0001", event.trackingNumber());
        assertEquals(LocalDate.of(2026, 11, 21), event.shipDate());
        assertEquals(MAIN, event.warehouseCode());
        assertEquals(1, event.lines().size());
        assertEquals("203-1:I1", event.lines().get(0).lineExternalReference());
        assertQuantity(2, event.lines().get(0).quantity());
        assertEquals(event.sequence(), events().latestSequence(EventStream.DISPATCHES));
    }

    @Test // covers SHIP-01
    void theCursorReturnsOnlyLaterEventsInOrderAndHonoursTheLimit() {
        SalesOrder order = place("203-2", line("A", WIDGET, 3, "1.00"));
        long start = events().latestSequence(EventStream.DISPATCHES);
        dispatch(order, "A", 1);
        dispatch(order, "A", 1);
        dispatch(order, "A", 1);
        List<DispatchEvent> all = events().dispatchesSince(start, 10);
        assertEquals(3, all.size());
        assertTrue(all.get(0).sequence() < all.get(1).sequence() && all.get(1).sequence() < all.get(2).sequence());
        assertEquals(all.subList(0, 2), events().dispatchesSince(start, 2));
        assertEquals(all.subList(2, 3), events().dispatchesSince(all.get(1).sequence(), 10));
        assertTrue(events().dispatchesSince(all.get(2).sequence(), 10).isEmpty());
        assertEquals(all, events().dispatchesSince(0, 10).stream().filter(e -> e.sequence() > start).toList());
    }

    @Test
    void aDispatchBeyondTheOrderedQuantityIsRefusedAndLeavesNoEvent() {
        SalesOrder order = place("203-3", line("A", WIDGET, 1, "1.00"));
        long start = events().latestSequence(EventStream.DISPATCHES);
        assertThrows(RuntimeException.class, () -> dispatch(order, "A", 2));
        assertTrue(events().dispatchesSince(start, 10).isEmpty());
    }

    @Test // covers STK-06
    void stockChangesAreEventsCarryingTheNewLevels() {
        long start = events().latestSequence(EventStream.STOCK_CHANGES);
        assertTrue(start > 0, "the seed's receipts are stock changes");
        host.receiveStock(WIDGET, SECOND, qty(4));
        SalesOrder order = place("S-1", line("A", WIDGET, 3, "1.00"));
        complete(order);
        List<StockChangeEvent> changes = events().stockChangesSince(start, 100);
        StockChangeEvent receipt = changes.get(0);
        assertEquals(WIDGET, receipt.productCode());
        assertEquals(SECOND, receipt.warehouseCode());
        assertQuantity(4, receipt.onHand());
        StockChangeEvent last = changes.get(changes.size() - 1);
        assertEquals(MAIN, last.warehouseCode());
        assertQuantity(7, last.onHand());
        assertQuantity(0, last.allocated());
        assertTrue(changes.stream().anyMatch(c -> c.warehouseCode().equals(MAIN) && c.allocated().signum() > 0),
                "placing the order allocated stock");
        for (int i = 1; i < changes.size(); i++) {
            assertTrue(changes.get(i - 1).sequence() < changes.get(i).sequence());
        }
        assertEquals(last.sequence(), events().latestSequence(EventStream.STOCK_CHANGES));
    }

    @Test
    void aRefusedChangeLeavesNoStockEvent() {
        SalesOrder order = place("S-2", line("A", GADGET, 6, "1.00"));
        long start = events().latestSequence(EventStream.STOCK_CHANGES);
        assertThrows(RuntimeException.class, () -> complete(order));
        assertTrue(events().stockChangesSince(start, 10).isEmpty());
    }

    @Test
    void badCursorsAndLimitsAreRefused() {
        assertRule(Rule.INVALID_VALUE, () -> events().dispatchesSince(-1, 10));
        assertRule(Rule.INVALID_VALUE, () -> events().stockChangesSince(0, 0));
    }
}
