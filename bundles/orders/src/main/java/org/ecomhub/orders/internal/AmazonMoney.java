package org.ecomhub.orders.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecomhub.amazon.api.spapi.model.Order;
import org.ecomhub.amazon.api.spapi.model.OrderItem;
import org.ecomhub.amazon.api.spapi.model.ProceedsBreakdown;
import org.ecomhub.amazon.api.tax.AmountKind;
import org.ecomhub.amazon.api.tax.TaxableItem;
import org.ecomhub.amazon.api.tax.TaxableOrder;
import org.ecomhub.host.api.Money;

/**
 * ORD-12: an Orders API order's money as the tax strategies read it. Line amounts come from each item's proceeds
 * breakdowns (ITEM, SHIPPING, GIFT_WRAP, COD_FEE, OTHER, DISCOUNT), the tax from its TAX breakdown, split by the
 * detailed subtypes (what a subtype does not cover stays on ITEM). Pure functions.
 */
final class AmazonMoney {

    private AmazonMoney() {
    }

    /** The order's currency: the first amount Amazon sent, else the marketplace's. */
    static String currency(Order order, String fallback) {
        for (OrderItem item : order.items()) {
            for (ProceedsBreakdown b : item.breakdowns()) {
                if (b.subtotal() != null) {
                    return b.subtotal().currencyCode();
                }
            }
            if (item.unitPrice() != null) {
                return item.unitPrice().currencyCode();
            }
        }
        return order.grandTotal() != null ? order.grandTotal().currencyCode() : fallback;
    }

    static TaxableOrder taxable(Order order, String currency, boolean pricesIncludeTax) {
        List<TaxableItem> items = new ArrayList<>();
        for (OrderItem item : order.items()) {
            items.add(taxable(order.orderId(), item, currency));
        }
        return new TaxableOrder(order.orderId(), currency, pricesIncludeTax, items);
    }

    private static TaxableItem taxable(String orderId, OrderItem item, String currency) {
        TaxableItem t = TaxableItem.of(OrderReferences.line(orderId, item.orderItemId()),
                BigDecimal.valueOf(item.quantityOrdered()), item.marketplaceFacilitatorTax());
        Money zero = Money.zero(currency);
        for (AmountKind kind : AmountKind.values()) {
            Money amount = subtotal(item, kind.name(), currency).orElse(zero);
            if (!amount.isZero() || kind == AmountKind.ITEM) {
                t = t.with(kind, amount, zero);
            }
        }
        Optional<ProceedsBreakdown> tax = item.breakdowns().stream().filter(b -> "TAX".equals(b.type())).findFirst();
        if (tax.isPresent() && tax.get().subtotal() != null) {
            Money rest = money(tax.get().subtotal(), currency);
            for (ProceedsBreakdown.Detail d : tax.get().details()) {
                AmountKind kind = kindOf(d.subtype());
                if (kind != null && kind != AmountKind.ITEM && d.value() != null) {
                    Money part = money(d.value(), currency);
                    t = t.with(kind, t.amount(kind, currency), t.tax(kind, currency).plus(part));
                    rest = rest.minus(part);
                }
            }
            t = t.with(AmountKind.ITEM, t.amount(AmountKind.ITEM, currency), rest);
        }
        return t;
    }

    private static Optional<Money> subtotal(OrderItem item, String type, String currency) {
        Money sum = null;
        for (ProceedsBreakdown b : item.breakdowns()) {
            if (type.equals(b.type()) && b.subtotal() != null) {
                Money m = money(b.subtotal(), currency);
                sum = sum == null ? m : sum.plus(m);
            }
        }
        return Optional.ofNullable(sum);
    }

    private static AmountKind kindOf(String subtype) {
        for (AmountKind k : AmountKind.values()) {
            if (k.name().equals(subtype)) {
                return k;
            }
        }
        return null;
    }

    static Money money(org.ecomhub.amazon.api.spapi.model.Money m, String currency) {
        if (!m.currencyCode().equals(currency)) {
            throw new IllegalArgumentException("an amount in " + m.currencyCode() + " on an order in " + currency);
        }
        return new Money(m.amount(), currency);
    }
}
