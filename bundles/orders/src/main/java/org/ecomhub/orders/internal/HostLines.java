package org.ecomhub.orders.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ecomhub.amazon.api.tax.AmountKind;
import org.ecomhub.amazon.api.tax.OrderTaxCharge;
import org.ecomhub.amazon.api.tax.TaxedAmount;
import org.ecomhub.amazon.api.tax.TaxedOrder;
import org.ecomhub.host.api.ChargeKind;
import org.ecomhub.host.api.Money;
import org.ecomhub.host.api.NewChargeLine;
import org.ecomhub.host.api.NewOrderLine;

/**
 * The host lines and charges of one Amazon order (ORD-12): a product line per item, a charge per shipping, gift wrap,
 * COD fee, other amount and promotion, plus the strategy's order-level tax charges. Pure.
 *
 * @param lines   product lines
 * @param charges charge lines
 * @param total   their amount plus tax, what the host must agree to
 */
record HostLines(List<NewOrderLine> lines, List<NewChargeLine> charges, Money total) {

    /** The item a product line is for: its host product and Amazon's unit price (which may include tax). */
    record ItemFacts(String productCode, BigDecimal quantity, Money amazonUnitPrice) {
    }

    static HostLines of(String orderId, String currency, TaxedOrder taxed, Map<String, ItemFacts> items) {
        List<NewOrderLine> lines = new ArrayList<>();
        List<NewChargeLine> charges = new ArrayList<>();
        for (TaxedAmount a : taxed.amounts()) {
            if (a.kind() == AmountKind.ITEM) {
                ItemFacts item = items.get(a.reference());
                lines.add(new NewOrderLine(a.reference(), item.productCode(), item.quantity(),
                        unitPrice(a.net(), item.quantity(), item.amazonUnitPrice()), a.net(), a.tax(), a.rate(),
                        a.taxCode()));
            } else {
                charges.add(new NewChargeLine(OrderReferences.charge(a.reference(), a.kind().name()),
                        ChargeKind.valueOf(a.kind().name()), description(a.kind()), a.net(), a.tax(), a.rate(),
                        a.taxCode(), a.salesAccount()));
            }
        }
        for (OrderTaxCharge c : taxed.charges()) {
            charges.add(new NewChargeLine(OrderReferences.orderCharge(orderId, c.facilitator()),
                    c.facilitator() ? ChargeKind.FACILITATOR_TAX : ChargeKind.TAX,
                    c.facilitator() ? "Tax collected by Amazon (marketplace facilitator)" : "Tax",
                    c.amount(), Money.zero(currency), BigDecimal.ZERO, c.taxCode(), null));
        }
        Money total = Money.zero(currency);
        for (NewOrderLine l : lines) {
            total = total.plus(l.total());
        }
        for (NewChargeLine c : charges) {
            total = total.plus(c.total());
        }
        return new HostLines(lines, charges, total);
    }

    /**
     * The price of one unit without tax: Amazon's unit price when it reproduces the line amount (prices without tax,
     * no rounding), else the line amount ÷ quantity, to at most six decimals, so that quantity × unit price rounds
     * back to the line amount as the host checks.
     */
    static Money unitPrice(Money net, BigDecimal quantity, Money amazonUnitPrice) {
        if (amazonUnitPrice != null && amazonUnitPrice.times(quantity).equals(net)) {
            return amazonUnitPrice;
        }
        BigDecimal unit;
        try {
            unit = net.amount().divide(quantity);
        } catch (ArithmeticException notExact) {
            unit = net.amount().divide(quantity, 6, RoundingMode.HALF_UP);
        }
        if (unit.stripTrailingZeros().scale() > 6) {
            unit = unit.setScale(6, RoundingMode.HALF_UP);
        }
        return new Money(unit, net.currency());
    }

    private static String description(AmountKind kind) {
        return switch (kind) {
            case SHIPPING -> "Shipping";
            case GIFT_WRAP -> "Gift wrap";
            case COD_FEE -> "Cash on delivery fee";
            case OTHER -> "Other charge";
            case DISCOUNT -> "Promotion";
            case ITEM -> "Item";
        };
    }
}
