package org.ecomhub.orders.internal;

import static org.ecomhub.orders.internal.AmazonOrders.item;
import static org.ecomhub.orders.internal.AmazonOrders.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.ecomhub.amazon.api.settings.TaxSettings;
import org.ecomhub.amazon.api.spapi.Marketplace;
import org.ecomhub.amazon.api.spapi.model.Order;
import org.ecomhub.host.api.ChargeKind;
import org.ecomhub.host.api.Money;
import org.ecomhub.host.api.SalesOrder;
import org.ecomhub.host.api.SalesOrderLine;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ORD-12 and TAX-01..06 end to end: hand-worked orders (the same as the tax bundle's worked examples) imported into
 * the reference host under each tax mode; the host's total is checked to the cent.
 *
 * <p>US: 2 mugs 20.00 + shipping 5.00 - promotion 2.00 with 8.25 % sales tax 1.65 + 0.41 - 0.17; a kettle 30.00 +
 * gift wrap 3.00 with facilitator tax 2.40 + 0.24. Amazon's total 60.53, tax 4.53, facilitator 2.64.
 * UK: 3 mugs 26.97 incl. VAT 4.50 + shipping 3.99 incl. 0.67; tea 4.25 incl. 0.20 + gift wrap 2.00 incl. 0.33 -
 * promotion 1.00 incl. 0.05. Amazon's total 36.21. JP: 2 items 2,200 incl. 200 + shipping 550 incl. 50 - promotion
 * 110 incl. 10. Amazon's total 2,640.
 */
class MoneyThroughPipelineTest {

    @TempDir
    Path dir;

    static Order us() {
        return order("111-0000001-0000001", Marketplace.US.id(), "UNSHIPPED", "MERCHANT",
                Harness.T0.minus(Duration.ofHours(1)), Harness.T0.minus(Duration.ofMinutes(30)),
                item("A1", "MUG", 2, "USD", "10.00", "ITEM", "20.00", "SHIPPING", "5.00", "DISCOUNT", "-2.00")
                        .taxed("1.89", "ITEM", "1.65", "SHIPPING", "0.41", "DISCOUNT", "-0.17"),
                item("B1", "KETTLE", 1, "USD", "30.00", "ITEM", "30.00", "GIFT_WRAP", "3.00")
                        .facilitator("2.64", "ITEM", "2.40", "GIFT_WRAP", "0.24"));
    }

    static Order uk() {
        return order("202-0000002-0000002", Marketplace.UK.id(), "UNSHIPPED", "MERCHANT",
                Harness.T0.minus(Duration.ofHours(1)), Harness.T0.minus(Duration.ofMinutes(30)),
                item("A1", "MUG", 3, "GBP", "8.99", "ITEM", "26.97", "SHIPPING", "3.99")
                        .taxed("5.17", "ITEM", "4.50", "SHIPPING", "0.67"),
                item("B1", "TEA", 1, "GBP", "4.25", "ITEM", "4.25", "GIFT_WRAP", "2.00", "DISCOUNT", "-1.00")
                        .taxed("0.48", "ITEM", "0.20", "GIFT_WRAP", "0.33", "DISCOUNT", "-0.05"));
    }

    static Order jp() {
        return order("503-0000003-0000003", Marketplace.JP.id(), "UNSHIPPED", "MERCHANT",
                Harness.T0.minus(Duration.ofHours(1)), Harness.T0.minus(Duration.ofMinutes(30)),
                item("A1", "MUG", 2, "JPY", "1100", "ITEM", "2200", "SHIPPING", "550", "DISCOUNT", "-110")
                        .taxed("240", "ITEM", "200", "SHIPPING", "50", "DISCOUNT", "-10"));
    }

    private SalesOrder importUnder(Marketplace marketplace, Order order, String mode, String... codes) {
        Harness h = new Harness(dir);
        TestStore store = TestStore.of("SHOP1", marketplace, Harness.T0.minus(Duration.ofHours(12)))
                .tax(Map.of(TaxSettings.MODE, mode, TaxSettings.TAX_CODES, codes,
                        TaxSettings.FACILITATOR_TAX_CODE, "MPF"));
        h.amazon.put(order);
        assertEquals(1, h.poll(store).imported(), h.log.all());
        return h.hostOrder(order.orderId());
    }

    @ParameterizedTest(name = "ORD-12 TAX-0x: US order under {0} has host total {1} (Amazon 60.53, tax 4.53)")
    @CsvSource({"LINE, 60.53", "CHARGE, 60.53", "IGNORE, 56.00"})
    void usOrder(String mode, String total) {
        SalesOrder o = importUnder(Marketplace.US, us(), mode, "8.25=CA825", "0=ZERO");
        assertEquals(Money.of(total, "USD"), o.total());
    }

    @ParameterizedTest(name = "ORD-12 TAX-0x: UK order (prices include VAT) under {0} has host total 36.21")
    @CsvSource({"LINE", "CHARGE", "IGNORE"})
    void ukOrder(String mode) {
        SalesOrder o = importUnder(Marketplace.UK, uk(), mode, "20=STANDARD", "5=REDUCED", "0=ZERO");
        assertEquals(Money.of("36.21", "GBP"), o.total());
    }

    @ParameterizedTest(name = "ORD-12 TAX-0x: JPY order under {0} has host total 2640 in whole yen")
    @CsvSource({"LINE", "CHARGE", "IGNORE"})
    void jpOrder(String mode) {
        SalesOrder o = importUnder(Marketplace.JP, jp(), mode, "10=JP10");
        assertEquals(Money.of("2640", "JPY"), o.total());
    }

    @Test
    @DisplayName("ORD-12 TAX-01 TAX-05: UK lines are net of VAT with the mapped code; unit price = net / quantity")
    void ukLinesUnderLine() {
        SalesOrder o = importUnder(Marketplace.UK, uk(), "LINE", "20=STANDARD", "5=REDUCED", "0=ZERO");
        SalesOrderLine mugs = o.line("202-0000002-0000002/A1").orElseThrow();
        assertEquals(Money.of("22.47", "GBP"), mugs.lineAmount());
        assertEquals(Money.of("7.49", "GBP"), mugs.unitPrice());
        assertEquals(Money.of("4.50", "GBP"), mugs.taxAmount());
        assertEquals("STANDARD", mugs.taxCode());
        assertEquals("REDUCED", o.line("202-0000002-0000002/B1").orElseThrow().taxCode());
        var shipping = o.charge("202-0000002-0000002/A1/SHIPPING").orElseThrow();
        assertEquals(ChargeKind.SHIPPING, shipping.kind());
        assertEquals(Money.of("3.32", "GBP"), shipping.amount());
        var promo = o.charge("202-0000002-0000002/B1/DISCOUNT").orElseThrow();
        assertEquals(ChargeKind.DISCOUNT, promo.kind());
        assertEquals(Money.of("-0.95", "GBP"), promo.amount());
    }

    @Test
    @DisplayName("TAX-02: under CHARGE the UK order has one tax charge of 5.65 and untaxed lines")
    void ukTaxCharge() {
        SalesOrder o = importUnder(Marketplace.UK, uk(), "CHARGE", "20=STANDARD");
        var tax = o.charge("202-0000002-0000002/TAX").orElseThrow();
        assertEquals(ChargeKind.TAX, tax.kind());
        assertEquals(Money.of("5.65", "GBP"), tax.amount());
        assertTrue(o.lines().stream().allMatch(l -> l.taxAmount().isZero() && l.taxCode() == null));
    }

    @Test
    @DisplayName("ORD-12: where Amazon's grandTotal differs from the sum of the breakdowns, a DEBUG entry shows both")
    void grandTotalDiffers() {
        Harness h = new Harness(dir);
        TestStore store = TestStore.of("SHOP1", Marketplace.UK, Harness.T0.minus(Duration.ofHours(12)));
        Order o = uk();
        h.amazon.put(new Order(o.orderId(), null, o.createdTime(), o.lastUpdatedTime(), o.marketplaceId(), "AMAZON",
                List.of(), o.fulfillmentStatus(), o.fulfilledBy(), null,
                org.ecomhub.amazon.api.spapi.model.Money.of("36.50", "GBP"), List.of(), null, null, o.items()));
        h.poll(store);
        assertEquals(Money.of("36.21", "GBP"), h.hostOrder(o.orderId()).total(), "the breakdowns decide");
        assertTrue(h.log.at(org.ecomhub.amazon.api.log.LogLevel.DEBUG).stream()
                .anyMatch(e -> e.message().contains("36.50") && e.message().contains("36.21")), h.log.all());
    }

    @Test
    @DisplayName("TAX-06: the US facilitator tax is its own charge with the facilitator code; Amazon's unit price is kept")
    void usFacilitatorCharge() {
        SalesOrder o = importUnder(Marketplace.US, us(), "LINE", "8.25=CA825", "0=ZERO");
        var facilitator = o.charge("111-0000001-0000001/FACILITATOR-TAX").orElseThrow();
        assertEquals(ChargeKind.FACILITATOR_TAX, facilitator.kind());
        assertEquals(Money.of("2.64", "USD"), facilitator.amount());
        assertEquals("MPF", facilitator.taxCode());
        SalesOrderLine mugs = o.line("111-0000001-0000001/A1").orElseThrow();
        assertEquals(Money.of("10.00", "USD"), mugs.unitPrice(), "ORD-12: product.price.unitPrice");
        assertEquals("CA825", mugs.taxCode());
    }
}
