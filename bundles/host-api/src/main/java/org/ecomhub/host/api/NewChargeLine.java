package org.ecomhub.host.api;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A charge line the plugin puts on an order: shipping, gift wrap, a discount, tax as a charge (ORD-12, TAX-02,
 * TAX-04, TAX-06).
 *
 * @param externalReference unique within the order (among lines and charges), e.g. order item id + kind
 * @param kind              what the charge is for
 * @param description       what the host shows, not blank
 * @param amount            without tax; negative for a discount
 * @param taxAmount         the charge's tax, zero for none
 * @param taxRate           as a fraction: 0.20 for 20 %
 * @param taxCode           a host tax code, {@code null} for none
 * @param salesAccount      a host sales account (TAX-04), {@code null} for the host's default
 */
public record NewChargeLine(String externalReference, ChargeKind kind, String description, Money amount,
                            Money taxAmount, BigDecimal taxRate, String taxCode, String salesAccount) {
    public NewChargeLine {
        Checks.code(externalReference, "charge external reference");
        Objects.requireNonNull(kind, "kind");
        Checks.code(description, "description");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(taxAmount, "tax amount");
        Checks.notNegative(taxRate, "tax rate");
    }

    /** A charge without tax. */
    public static NewChargeLine untaxed(String externalReference, ChargeKind kind, String description, Money amount) {
        return new NewChargeLine(externalReference, kind, description, amount, Money.zero(amount.currency()),
                BigDecimal.ZERO, null, null);
    }

    /** Amount plus tax. */
    public Money total() {
        return amount.plus(taxAmount);
    }
}
