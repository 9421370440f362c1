package org.ecomhub.tax.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.ecomhub.amazon.api.settings.TaxSettings;
import org.ecomhub.amazon.api.tax.AmountKind;
import org.ecomhub.amazon.api.tax.TaxableItem;
import org.ecomhub.amazon.api.tax.TaxableOrder;
import org.ecomhub.host.api.Money;

/**
 * Hand-written orders whose every cent was worked out on paper (not by the simulator's generator).
 *
 * <p>US (prices exclude tax), USD. Item A: 2 mugs at 10.00 = 20.00, shipping 5.00, promotion -2.00, sales tax at
 * 8.25 %: 1.65 + 0.41 - 0.17 = 1.89. Item B (marketplace facilitator): kettle 30.00, gift wrap 3.00, tax 2.40 + 0.24
 * = 2.64. Amazon's total = 20 + 5 - 2 + 30 + 3 + 1.89 + 2.64 = 60.53; its tax 4.53.
 *
 * <p>UK (prices include VAT), GBP. Item A: 3 mugs at 8.99 = 26.97 incl. 4.50 VAT, shipping 3.99 incl. 0.67.
 * Item B: tea 4.25 incl. 0.20 (5 %), gift wrap 2.00 incl. 0.33 (20 %), promotion -1.00 incl. -0.05 (5 %).
 * Amazon's total = 26.97 + 3.99 + 4.25 + 2.00 - 1.00 = 36.21, of which VAT 5.65.
 *
 * <p>JP (prices include consumption tax), JPY. 2 items at 1,100 = 2,200 incl. 200, shipping 550 incl. 50,
 * promotion -110 incl. -10. Amazon's total = 2,640, of which tax 240.
 */
final class WorkedExamples {

    private WorkedExamples() {
    }

    static TaxableOrder us() {
        TaxableItem a = TaxableItem.of("111-0000001-0000001/A1", new BigDecimal("2"), false)
                .with(AmountKind.ITEM, usd("20.00"), usd("1.65"))
                .with(AmountKind.SHIPPING, usd("5.00"), usd("0.41"))
                .with(AmountKind.DISCOUNT, usd("-2.00"), usd("-0.17"));
        TaxableItem b = TaxableItem.of("111-0000001-0000001/B1", BigDecimal.ONE, true)
                .with(AmountKind.ITEM, usd("30.00"), usd("2.40"))
                .with(AmountKind.GIFT_WRAP, usd("3.00"), usd("0.24"));
        return new TaxableOrder("111-0000001-0000001", "USD", false, List.of(a, b));
    }

    static TaxableOrder uk() {
        TaxableItem a = TaxableItem.of("202-0000002-0000002/A1", new BigDecimal("3"), false)
                .with(AmountKind.ITEM, gbp("26.97"), gbp("4.50"))
                .with(AmountKind.SHIPPING, gbp("3.99"), gbp("0.67"));
        TaxableItem b = TaxableItem.of("202-0000002-0000002/B1", BigDecimal.ONE, false)
                .with(AmountKind.ITEM, gbp("4.25"), gbp("0.20"))
                .with(AmountKind.GIFT_WRAP, gbp("2.00"), gbp("0.33"))
                .with(AmountKind.DISCOUNT, gbp("-1.00"), gbp("-0.05"));
        return new TaxableOrder("202-0000002-0000002", "GBP", true, List.of(a, b));
    }

    static TaxableOrder jp() {
        TaxableItem a = TaxableItem.of("503-0000003-0000003/A1", new BigDecimal("2"), false)
                .with(AmountKind.ITEM, jpy("2200"), jpy("200"))
                .with(AmountKind.SHIPPING, jpy("550"), jpy("50"))
                .with(AmountKind.DISCOUNT, jpy("-110"), jpy("-10"));
        return new TaxableOrder("503-0000003-0000003", "JPY", true, List.of(a));
    }

    static TaxSettings settings(String mode, String facilitator, String... codes) {
        return TaxSettings.from(Map.of(TaxSettings.STORE, "SHOP1", TaxSettings.MODE, mode,
                TaxSettings.TAX_CODES, codes, TaxSettings.DEFAULT_TAX_CODE, "STD",
                TaxSettings.FACILITATOR_TAX, facilitator, TaxSettings.FACILITATOR_TAX_CODE, "MPF",
                TaxSettings.CHARGES_SALES_ACCOUNT, "4010"));
    }

    static TaxSettings usSettings(String mode, String facilitator) {
        return settings(mode, facilitator, "8.25=CA825", "0=EXEMPT");
    }

    static TaxSettings ukSettings(String mode) {
        return settings(mode, "SEPARATE_CHARGE", "20=STANDARD", "5=REDUCED", "0=ZERO");
    }

    static TaxSettings jpSettings(String mode) {
        return settings(mode, "SEPARATE_CHARGE", "10=JP10", "8=JP8");
    }

    static Money usd(String a) {
        return Money.of(a, "USD");
    }

    static Money gbp(String a) {
        return Money.of(a, "GBP");
    }

    static Money jpy(String a) {
        return Money.of(a, "JPY");
    }
}
