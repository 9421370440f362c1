package org.ecomhub.tax.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecomhub.amazon.api.settings.TaxSettings;
import org.ecomhub.amazon.api.tax.AmountKind;
import org.ecomhub.amazon.api.tax.OrderTaxCharge;
import org.ecomhub.amazon.api.tax.TaxStrategy;
import org.ecomhub.amazon.api.tax.TaxableItem;
import org.ecomhub.amazon.api.tax.TaxableOrder;
import org.ecomhub.amazon.api.tax.TaxedAmount;
import org.ecomhub.host.api.Money;

/** The arithmetic the three strategies share. Pure functions. */
final class Booking {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    /** Rates as fractions with four decimals (19.98 % = 0.1998) fit every host's six. */
    private static final int RATE_SCALE = 4;

    private Booking() {
    }

    /** The amount without tax: where prices include tax, the tax is the part inside the amount (FACTS §13). */
    static Money net(TaxableOrder order, TaxableItem item, AmountKind kind) {
        Money amount = item.amount(kind, order.currency());
        return order.pricesIncludeTax() ? amount.minus(item.tax(kind, order.currency())) : amount;
    }

    /** Whether the item has anything of this kind; the product line (ITEM) is always there. */
    static boolean present(TaxableOrder order, TaxableItem item, AmountKind kind) {
        return kind == AmountKind.ITEM || !item.amount(kind, order.currency()).isZero()
                || !item.tax(kind, order.currency()).isZero();
    }

    /** tax ÷ net as a fraction; zero when either is zero. */
    static BigDecimal rate(Money net, Money tax) {
        if (net.isZero() || tax.isZero()) {
            return BigDecimal.ZERO;
        }
        return tax.amount().divide(net.amount(), RATE_SCALE, RoundingMode.HALF_UP);
    }

    /** "NONE" and empty mean no tax code, which the host SPI writes as {@code null}. */
    static String codeOrNone(String code) {
        return code == null || code.isBlank() || TaxStrategy.NO_TAX_CODE.equalsIgnoreCase(code.strip()) ? null
                : code.strip();
    }

    /** TAX-05: the code of the mapped rate within half a point, else the default code (and a note for DEBUG). */
    static String codeFor(TaxSettings settings, BigDecimal rate, String what, List<String> notes) {
        BigDecimal percent = rate.multiply(HUNDRED);
        Optional<String> mapped = settings.taxCodes().codeFor(percent);
        if (mapped.isPresent()) {
            return codeOrNone(mapped.get());
        }
        String fallback = codeOrNone(settings.defaultTaxCode());
        notes.add(what + ": tax rate " + percent.stripTrailingZeros().toPlainString()
                + " % is not within 0.5 points of a mapped rate; the default tax code "
                + (fallback == null ? "(none)" : fallback) + " is used");
        return fallback;
    }

    /** TAX-04: the sales account for shipping charge lines, when the host has an accounting integration. */
    static String salesAccount(TaxSettings settings, AmountKind kind, boolean hostHasAccounting) {
        return kind == AmountKind.SHIPPING && hostHasAccounting ? codeOrNone(settings.chargesSalesAccount()) : null;
    }

    /** An amount at 0 % without tax code (TAX-02, TAX-03, and facilitator items). */
    static TaxedAmount untaxed(TaxableItem item, AmountKind kind, Money net, String code, String salesAccount) {
        return new TaxedAmount(item.reference(), kind, net, Money.zero(net.currency()), BigDecimal.ZERO, code,
                salesAccount);
    }

    /** TAX-06: the facilitator charge, when the store books it and there is any. */
    static List<OrderTaxCharge> facilitatorCharge(TaxableOrder order, TaxSettings settings) {
        List<OrderTaxCharge> charges = new ArrayList<>();
        Money facilitator = order.facilitatorTax();
        if (!facilitator.isZero() && settings.facilitatorTax() == TaxSettings.FacilitatorTax.SEPARATE_CHARGE) {
            charges.add(new OrderTaxCharge(true, facilitator, codeOrNone(settings.facilitatorTaxCode())));
        }
        return charges;
    }
}
