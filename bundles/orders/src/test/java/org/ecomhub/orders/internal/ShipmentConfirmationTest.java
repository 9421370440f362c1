package org.ecomhub.orders.internal;

import static org.ecomhub.orders.internal.AmazonOrders.item;
import static org.ecomhub.orders.internal.AmazonOrders.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ecomhub.amazon.api.spapi.Marketplace;
import org.ecomhub.amazon.api.spapi.SpApiTransientException;
import org.ecomhub.amazon.api.spapi.model.ShipmentConfirmation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SHIP-01 with the reference host's dispatch events and a recording Amazon. */
class ShipmentConfirmationTest {

    @TempDir
    Path dir;
    Harness h;
    TestStore shop;

    @BeforeEach
    void setUp() {
        h = new Harness(dir);
        shop = TestStore.of("SHOP1", Marketplace.UK, Harness.T0.minus(Duration.ofHours(12)));
        var t = h.clock.instant().minus(Duration.ofMinutes(30));
        h.amazon.put(order("202-1", Marketplace.UK.id(), "UNSHIPPED", "MERCHANT", t, t,
                item("I1", "MUG", 2, "GBP", "10.00", "ITEM", "20.00").build(),
                item("I2", "MUG", 1, "GBP", "10.00", "ITEM", "10.00").build()));
        h.amazon.put(order("202-2", Marketplace.UK.id(), "SHIPPED", "AMAZON", t, t,
                item("I1", "MUG", 1, "GBP", "10.00", "ITEM", "10.00").build()));
        h.poll(shop);
    }

    @Test
    @DisplayName("SHIP-01: a host dispatch of an FBM order is confirmed to Amazon once, with carrier, tracking number, date and lines")
    void confirmedOnce() {
        String number = h.hostOrder("202-1").orderNumber();
        h.admin.dispatch(number, "Royal Mail", "RM123456789GB", LocalDate.of(2026, 11, 20),
                Map.of("202-1/I1", new BigDecimal("2")));
        h.clock.step(Duration.ofMinutes(5));
        h.poll(shop);
        h.clock.step(Duration.ofMinutes(5));
        h.poll(shop);
        h.importer = h.newImporter(CrashPoints.NONE); // and after a restart
        h.poll(shop);
        assertEquals(1, h.amazon.confirmations.size());
        var c = h.amazon.confirmations.get(0);
        assertEquals("202-1", c.getKey());
        ShipmentConfirmation s = c.getValue();
        assertEquals("Royal Mail", s.carrierCode());
        assertNull(s.carrierName());
        assertEquals("RM123456789GB", s.trackingNumber());
        assertEquals(Marketplace.UK.id(), s.marketplaceId());
        assertEquals(List.of(new ShipmentConfirmation.Line("I1", 2)), s.lines());
        assertTrue(h.log.events().stream().anyMatch(e -> e.message().contains("confirmed to Amazon")));
    }

    @Test
    @DisplayName("SHIP-01: an unknown carrier goes as Other with its name; a second dispatch is a second confirmation")
    void otherCarrier() {
        String number = h.hostOrder("202-1").orderNumber();
        h.admin.dispatch(number, "Bob's Vans", "BV-1", LocalDate.of(2026, 11, 20), Map.of("202-1/I1", BigDecimal.ONE));
        h.admin.dispatch(number, "Bob's Vans", "BV-2", LocalDate.of(2026, 11, 20), Map.of("202-1/I2", BigDecimal.ONE));
        h.clock.step(Duration.ofMinutes(5));
        h.poll(shop);
        assertEquals(2, h.amazon.confirmations.size());
        assertEquals("Other", h.amazon.confirmations.get(0).getValue().carrierCode());
        assertEquals("Bob's Vans", h.amazon.confirmations.get(0).getValue().carrierName());
    }

    @Test
    @DisplayName("SHIP-01: FBA orders are never confirmed (Amazon shipped them)")
    void fbaNotConfirmed() {
        h.admin.dispatch(h.hostOrder("202-2").orderNumber(), "Amazon Shipping", "AMZ1", LocalDate.of(2026, 11, 20),
                Map.of());
        h.clock.step(Duration.ofMinutes(5));
        h.poll(shop);
        assertTrue(h.amazon.confirmations.isEmpty());
    }

    @Test
    @DisplayName("SHIP-01, ORD-10: a dispatch while its store is OFF is confirmed once the store is ON, exactly once")
    void dispatchWhileStoreOff() {
        TestStore other = TestStore.of("SHOP2", Marketplace.DE, Harness.T0.minus(Duration.ofHours(12)));
        h.admin.dispatch(h.hostOrder("202-1").orderNumber(), "DPD", "DPD-1", LocalDate.of(2026, 11, 20),
                Map.of("202-1/I1", new BigDecimal("2"), "202-1/I2", BigDecimal.ONE));
        h.clock.step(Duration.ofMinutes(5));
        h.poll(other); // SHOP1 is OFF: the group's other store polls and reads the dispatch stream
        h.clock.step(Duration.ofMinutes(5));
        h.poll(other);
        assertTrue(h.amazon.confirmations.isEmpty());
        h.importer = h.newImporter(CrashPoints.NONE); // the queue outlives a restart
        h.clock.step(Duration.ofHours(2));
        h.poll(shop, other); // SHOP1 is ON again
        h.clock.step(Duration.ofMinutes(5));
        h.poll(shop, other);
        assertEquals(1, h.amazon.confirmations.size());
        assertEquals("202-1", h.amazon.confirmations.get(0).getKey());
        assertEquals(List.of(new ShipmentConfirmation.Line("I1", 2), new ShipmentConfirmation.Line("I2", 1)),
                h.amazon.confirmations.get(0).getValue().lines());
        assertEquals("DPD-1", h.amazon.confirmations.get(0).getValue().trackingNumber());
    }

    @Test
    @DisplayName("SHIP-01, ORD-10: Amazon failing once, the confirmation is sent on the next run, once")
    void amazonFailsOnce() {
        h.admin.dispatch(h.hostOrder("202-1").orderNumber(), "Royal Mail", "RM1", LocalDate.of(2026, 11, 20),
                Map.of("202-1/I1", new BigDecimal("2")));
        h.amazon.confirmFailures.set(1);
        h.clock.step(Duration.ofMinutes(5));
        assertThrows(SpApiTransientException.class, () -> h.poll(shop));
        assertTrue(h.amazon.confirmations.isEmpty());
        h.clock.step(Duration.ofMinutes(5));
        h.poll(shop);
        h.clock.step(Duration.ofMinutes(5));
        h.poll(shop);
        assertEquals(1, h.amazon.confirmations.size());
        assertEquals(1, h.log.events().stream().filter(e -> e.message().contains("confirmed to Amazon")).count());
    }
}
