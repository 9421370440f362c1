package org.ecomhub.amazon.api.tax;

import java.util.Objects;
import org.ecomhub.host.api.Money;

/**
 * A charge line for the whole order that a strategy adds: the order's tax as one charge (TAX-02) or the tax Amazon
 * collects as marketplace facilitator (TAX-06). The amount is the charge's amount; it carries no tax itself.
 *
 * @param facilitator true for TAX-06's facilitator charge, false for TAX-02's tax charge
 * @param amount      the tax amount
 * @param taxCode     the charge's host tax code, {@code null} for none
 */
public record OrderTaxCharge(boolean facilitator, Money amount, String taxCode) {
    public OrderTaxCharge {
        Objects.requireNonNull(amount, "amount");
    }
}
