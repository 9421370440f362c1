package org.ecomhub.amazon.api.tax;

import java.math.BigDecimal;
import java.util.Objects;
import org.ecomhub.host.api.Money;

/**
 * One item amount as the host books it: the product line (ITEM) or a charge of the item.
 *
 * @param reference    the item's reference
 * @param kind         what the amount is
 * @param net          the amount without tax (what the host calls line amount / charge amount)
 * @param tax          the tax on it, zero for none
 * @param rate         the tax rate as a fraction (0.20 = 20 %)
 * @param taxCode      the host tax code, {@code null} for none
 * @param salesAccount the host sales account (TAX-04), {@code null} for the host's default
 */
public record TaxedAmount(String reference, AmountKind kind, Money net, Money tax, BigDecimal rate, String taxCode,
        String salesAccount) {

    public TaxedAmount {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(net, "net");
        Objects.requireNonNull(tax, "tax");
        Objects.requireNonNull(rate, "rate");
    }

    public Money total() {
        return net.plus(tax);
    }
}
