package org.ecomhub.host.api;

import java.math.BigDecimal;

/** A charge line of a host order; see {@link NewChargeLine}. */
public record ChargeLine(int lineNumber, String externalReference, ChargeKind kind, String description, Money amount,
                        Money taxAmount, BigDecimal taxRate, String taxCode, String salesAccount) {
    public ChargeLine {
        Checks.code(externalReference, "charge external reference");
    }

    /** Amount plus tax. */
    public Money total() {
        return amount.plus(taxAmount);
    }
}
