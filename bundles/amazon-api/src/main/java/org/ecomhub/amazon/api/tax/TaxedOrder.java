package org.ecomhub.amazon.api.tax;

import java.util.List;
import org.ecomhub.host.api.Money;

/**
 * What a {@link TaxStrategy} makes of an order: every item amount with its tax, the order-level tax charges, and
 * notes for DEBUG entries (e.g. a rate no mapped rate was near, TAX-05).
 */
public record TaxedOrder(List<TaxedAmount> amounts, List<OrderTaxCharge> charges, List<String> notes) {

    public TaxedOrder {
        amounts = List.copyOf(amounts);
        charges = List.copyOf(charges);
        notes = List.copyOf(notes);
    }

    /** The host order's total: every amount plus its tax, plus the charges. */
    public Money total(String currency) {
        Money total = Money.zero(currency);
        for (TaxedAmount a : amounts) {
            total = total.plus(a.total());
        }
        for (OrderTaxCharge c : charges) {
            total = total.plus(c.amount());
        }
        return total;
    }
}
