package org.ecomhub.tax.internal;

import static org.ecomhub.tax.internal.WorkedExamples.gbp;
import static org.ecomhub.tax.internal.WorkedExamples.jpy;
import static org.ecomhub.tax.internal.WorkedExamples.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.ecomhub.amazon.api.tax.AmountKind;
import org.ecomhub.amazon.api.tax.OrderTaxCharge;
import org.ecomhub.amazon.api.tax.TaxableItem;
import org.ecomhub.amazon.api.tax.TaxableOrder;
import org.ecomhub.amazon.api.tax.TaxedAmount;
import org.ecomhub.amazon.api.tax.TaxedOrder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The three strategies on the worked examples of {@link WorkedExamples}, to the cent. */
class TaxStrategiesTest {

    private final LineTaxStrategy line = new LineTaxStrategy();
    private final ChargeTaxStrategy charge = new ChargeTaxStrategy();
    private final IgnoreTaxStrategy ignore = new IgnoreTaxStrategy();

    @Test
    @DisplayName("the examples' Amazon totals are the worked ones (ORD-12)")
    void amazonTotals() {
        assertEquals(usd("60.53"), WorkedExamples.us().amazonTotal());
        assertEquals(usd("4.53"), WorkedExamples.us().totalTax());
        assertEquals(usd("2.64"), WorkedExamples.us().facilitatorTax());
        assertEquals(gbp("36.21"), WorkedExamples.uk().amazonTotal());
        assertEquals(gbp("5.65"), WorkedExamples.uk().totalTax());
        assertEquals(jpy("2640"), WorkedExamples.jp().amazonTotal());
    }

    // ---- TAX-01 LINE

    @Test
    @DisplayName("TAX-01/05/06 US under LINE: tax per line with the mapped code, facilitator tax as its own charge; total 60.53")
    void usLine() {
        TaxedOrder t = line.apply(WorkedExamples.us(), WorkedExamples.usSettings("LINE", "SEPARATE_CHARGE"), true);
        TaxedAmount mugs = amount(t, "111-0000001-0000001/A1", AmountKind.ITEM);
        assertEquals(usd("20.00"), mugs.net());
        assertEquals(usd("1.65"), mugs.tax());
        assertEquals(0, new BigDecimal("0.0825").compareTo(mugs.rate()));
        assertEquals("CA825", mugs.taxCode());
        TaxedAmount shipping = amount(t, "111-0000001-0000001/A1", AmountKind.SHIPPING);
        assertEquals(usd("0.41"), shipping.tax());
        assertEquals("CA825", shipping.taxCode(), "8.2 % snaps to 8.25 % (TAX-05)");
        assertEquals("4010", shipping.salesAccount(), "TAX-04 sales account on shipping");
        assertEquals(usd("-0.17"), amount(t, "111-0000001-0000001/A1", AmountKind.DISCOUNT).tax());
        TaxedAmount kettle = amount(t, "111-0000001-0000001/B1", AmountKind.ITEM);
        assertEquals(usd("30.00"), kettle.net());
        assertTrue(kettle.tax().isZero(), "facilitator tax is not the seller's output tax (TAX-06)");
        assertEquals("EXEMPT", kettle.taxCode());
        assertEquals(List.of(new OrderTaxCharge(true, usd("2.64"), "MPF")), t.charges());
        assertEquals(usd("60.53"), t.total("USD"));
        assertTrue(t.notes().isEmpty());
    }

    @Test
    @DisplayName("TAX-06 US under LINE with facilitator tax left out: the host total is Amazon's minus it (57.89)")
    void usLineLeaveOut() {
        TaxedOrder t = line.apply(WorkedExamples.us(), WorkedExamples.usSettings("LINE", "LEAVE_OUT"), true);
        assertTrue(t.charges().isEmpty());
        assertEquals(usd("57.89"), t.total("USD"));
    }

    @Test
    @DisplayName("TAX-01/05 UK under LINE: VAT is the part inside the price; codes by snapped rate; total 36.21")
    void ukLine() {
        TaxedOrder t = line.apply(WorkedExamples.uk(), WorkedExamples.ukSettings("LINE"), true);
        TaxedAmount mugs = amount(t, "202-0000002-0000002/A1", AmountKind.ITEM);
        assertEquals(gbp("22.47"), mugs.net());
        assertEquals(gbp("4.50"), mugs.tax());
        assertEquals("STANDARD", mugs.taxCode());
        assertEquals(gbp("3.32"), amount(t, "202-0000002-0000002/A1", AmountKind.SHIPPING).net());
        TaxedAmount tea = amount(t, "202-0000002-0000002/B1", AmountKind.ITEM);
        assertEquals(gbp("4.05"), tea.net());
        assertEquals("REDUCED", tea.taxCode());
        assertEquals("STANDARD", amount(t, "202-0000002-0000002/B1", AmountKind.GIFT_WRAP).taxCode());
        TaxedAmount promo = amount(t, "202-0000002-0000002/B1", AmountKind.DISCOUNT);
        assertEquals(gbp("-0.95"), promo.net());
        assertEquals("REDUCED", promo.taxCode());
        assertTrue(t.charges().isEmpty());
        assertEquals(gbp("36.21"), t.total("GBP"));
    }

    @Test
    @DisplayName("TAX-01 JPY under LINE: whole yen; total 2640 with 240 tax on the lines")
    void jpLine() {
        TaxedOrder t = line.apply(WorkedExamples.jp(), WorkedExamples.jpSettings("LINE"), false);
        TaxedAmount item = amount(t, "503-0000003-0000003/A1", AmountKind.ITEM);
        assertEquals(jpy("2000"), item.net());
        assertEquals("JP10", item.taxCode());
        assertNull(amount(t, "503-0000003-0000003/A1", AmountKind.SHIPPING).salesAccount(),
                "no sales account without an accounting integration (TAX-04)");
        assertEquals(jpy("2640"), t.total("JPY"));
    }

    // ---- TAX-02 CHARGE

    @Test
    @DisplayName("TAX-02 US under CHARGE: lines at 0 % / NONE, seller tax 1.89 as one charge, facilitator 2.64 apart; total 60.53")
    void usCharge() {
        TaxedOrder t = charge.apply(WorkedExamples.us(), WorkedExamples.usSettings("CHARGE", "SEPARATE_CHARGE"), true);
        assertTrue(t.amounts().stream().allMatch(a -> a.tax().isZero() && a.taxCode() == null
                && a.rate().signum() == 0));
        assertEquals(List.of(new OrderTaxCharge(false, usd("1.89"), null), new OrderTaxCharge(true, usd("2.64"), "MPF")),
                t.charges());
        assertEquals(usd("60.53"), t.total("USD"));
    }

    @Test
    @DisplayName("TAX-02 UK under CHARGE: net lines 30.56 plus the VAT 5.65 as a charge equal Amazon's 36.21")
    void ukCharge() {
        TaxedOrder t = charge.apply(WorkedExamples.uk(), WorkedExamples.ukSettings("CHARGE"), true);
        assertEquals(List.of(new OrderTaxCharge(false, gbp("5.65"), null)), t.charges());
        assertEquals(gbp("36.21"), t.total("GBP"));
    }

    @Test
    @DisplayName("TAX-02 JPY under CHARGE: 2400 net plus 240 tax charge")
    void jpCharge() {
        TaxedOrder t = charge.apply(WorkedExamples.jp(), WorkedExamples.jpSettings("CHARGE"), false);
        assertEquals(List.of(new OrderTaxCharge(false, jpy("240"), null)), t.charges());
        assertEquals(jpy("2640"), t.total("JPY"));
    }

    // ---- TAX-03 IGNORE

    @Test
    @DisplayName("TAX-03 US under IGNORE: the host total is Amazon's total minus its tax (60.53 - 4.53 = 56.00)")
    void usIgnore() {
        TaxedOrder t = ignore.apply(WorkedExamples.us(), WorkedExamples.usSettings("IGNORE", "SEPARATE_CHARGE"), true);
        assertTrue(t.charges().isEmpty());
        assertTrue(t.amounts().stream().allMatch(a -> a.tax().isZero() && a.taxCode() == null));
        assertEquals(usd("56.00"), t.total("USD"));
    }

    @Test
    @DisplayName("TAX-03 UK under IGNORE: prices include VAT, so the host total equals Amazon's 36.21")
    void ukIgnore() {
        TaxedOrder t = ignore.apply(WorkedExamples.uk(), WorkedExamples.ukSettings("IGNORE"), true);
        assertEquals(gbp("26.97"), amount(t, "202-0000002-0000002/A1", AmountKind.ITEM).net());
        assertEquals(gbp("36.21"), t.total("GBP"));
    }

    @Test
    @DisplayName("TAX-03 JPY under IGNORE: 2640")
    void jpIgnore() {
        assertEquals(jpy("2640"), ignore.apply(WorkedExamples.jp(), WorkedExamples.jpSettings("IGNORE"), false)
                .total("JPY"));
    }

    // ---- TAX-05 default code, TAX-06 where prices include tax

    @Test
    @DisplayName("TAX-05 a rate near no mapped rate takes the default code and leaves a note for DEBUG")
    void defaultCode() {
        TaxableItem odd = TaxableItem.of("202-9/1", BigDecimal.ONE, false).with(AmountKind.ITEM, gbp("11.70"),
                gbp("1.70"));
        TaxedOrder t = line.apply(new TaxableOrder("202-9", "GBP", true, List.of(odd)),
                WorkedExamples.ukSettings("LINE"), false);
        assertEquals("STD", t.amounts().get(0).taxCode(), "17 % is not within 0.5 of 20 or 5");
        assertEquals(1, t.notes().size());
        assertTrue(t.notes().get(0).contains("17"), t.notes().get(0));
    }

    @Test
    @DisplayName("TAX-06 facilitator tax inside a tax-inclusive price: net line plus the facilitator charge equal Amazon's total")
    void facilitatorWherePricesIncludeTax() {
        TaxableItem ioss = TaxableItem.of("202-8/1", BigDecimal.ONE, true).with(AmountKind.ITEM, gbp("12.00"),
                gbp("2.00"));
        TaxableOrder order = new TaxableOrder("202-8", "GBP", true, List.of(ioss));
        TaxedOrder separate = line.apply(order, WorkedExamples.ukSettings("LINE"), false);
        assertEquals(gbp("10.00"), separate.amounts().get(0).net());
        assertEquals(gbp("12.00"), separate.total("GBP"));
        TaxedOrder leftOut = line.apply(order, WorkedExamples.settings("LINE", "LEAVE_OUT", "20=STANDARD"), false);
        assertEquals(gbp("10.00"), leftOut.total("GBP"));
    }

    private static TaxedAmount amount(TaxedOrder t, String ref, AmountKind kind) {
        return t.amounts().stream().filter(a -> a.reference().equals(ref) && a.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " for " + ref));
    }
}
