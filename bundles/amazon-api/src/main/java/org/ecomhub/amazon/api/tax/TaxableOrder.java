package org.ecomhub.amazon.api.tax;

import java.util.List;
import java.util.Objects;
import org.ecomhub.host.api.Money;

/**
 * One Amazon order's money, the input of a {@link TaxStrategy}.
 *
 * @param orderId           Amazon's order id (a reference for charges and notes)
 * @param currency          the order's currency
 * @param pricesIncludeTax  the store's setting, defaulting to the marketplace's (FACTS §13)
 * @param items             the items
 */
public record TaxableOrder(String orderId, String currency, boolean pricesIncludeTax, List<TaxableItem> items) {

    public TaxableOrder {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(currency, "currency");
        items = List.copyOf(items);
    }

    /**
     * Amazon's order total (ORD-12): every amount, plus every tax where prices exclude tax. Facilitator tax is in it
     * too; what a store leaves out is the strategy's business.
     */
    public Money amazonTotal() {
        Money total = Money.zero(currency);
        for (TaxableItem item : items) {
            for (AmountKind kind : AmountKind.values()) {
                total = total.plus(item.amount(kind, currency));
                if (!pricesIncludeTax) {
                    total = total.plus(item.tax(kind, currency));
                }
            }
        }
        return total;
    }

    /** The sum of every tax Amazon reports, seller's and facilitator's. */
    public Money totalTax() {
        return tax(null);
    }

    /** The tax Amazon collects as marketplace facilitator (TAX-06). */
    public Money facilitatorTax() {
        return tax(Boolean.TRUE);
    }

    /** The tax the seller owes. */
    public Money sellerTax() {
        return tax(Boolean.FALSE);
    }

    private Money tax(Boolean facilitator) {
        Money total = Money.zero(currency);
        for (TaxableItem item : items) {
            if (facilitator == null || item.facilitator() == facilitator) {
                for (AmountKind kind : AmountKind.values()) {
                    total = total.plus(item.tax(kind, currency));
                }
            }
        }
        return total;
    }
}
