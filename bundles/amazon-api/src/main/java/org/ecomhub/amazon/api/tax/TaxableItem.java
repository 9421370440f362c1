package org.ecomhub.amazon.api.tax;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.ecomhub.host.api.Money;

/**
 * One Amazon order item's money as Amazon reports it, before any tax rule.
 *
 * @param reference   the item's reference (Amazon order id + order item id, or the report key)
 * @param quantity    units ordered
 * @param amounts     per kind, the proceeds breakdown as Amazon sends it (tax inside it where prices include tax)
 * @param taxes       per kind, the tax of that amount (TAX detailed breakdowns; without details all on ITEM)
 * @param facilitator Amazon collects and remits this item's tax itself (TAX-06)
 */
public record TaxableItem(String reference, BigDecimal quantity, Map<AmountKind, Money> amounts,
        Map<AmountKind, Money> taxes, boolean facilitator) {

    public TaxableItem {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(quantity, "quantity");
        amounts = Map.copyOf(amounts);
        taxes = Map.copyOf(taxes);
    }

    /** The amount of a kind, zero when Amazon sent none. */
    public Money amount(AmountKind kind, String currency) {
        return amounts.getOrDefault(kind, Money.zero(currency));
    }

    /** The tax of a kind, zero when Amazon sent none. */
    public Money tax(AmountKind kind, String currency) {
        return taxes.getOrDefault(kind, Money.zero(currency));
    }

    /** A builder-style copy with one more amount and its tax. */
    public TaxableItem with(AmountKind kind, Money amount, Money tax) {
        Map<AmountKind, Money> a = new EnumMap<>(AmountKind.class);
        a.putAll(amounts);
        a.put(kind, amount);
        Map<AmountKind, Money> t = new EnumMap<>(AmountKind.class);
        t.putAll(taxes);
        t.put(kind, tax);
        return new TaxableItem(reference, quantity, a, t, facilitator);
    }

    /** An item with no amounts yet. */
    public static TaxableItem of(String reference, BigDecimal quantity, boolean facilitator) {
        return new TaxableItem(reference, quantity, Map.of(), Map.of(), facilitator);
    }
}
