package org.ecomhub.host.api;

import java.math.BigDecimal;

/**
 * A host tax code (TAX-01, TAX-05).
 *
 * @param rate as a fraction: 0.20 for 20 %
 */
public record TaxCode(String code, String description, BigDecimal rate) {
    public TaxCode {
        Checks.code(code, "tax code");
        description = description == null ? code : description;
        Checks.notNegative(rate, "tax rate");
    }
}
