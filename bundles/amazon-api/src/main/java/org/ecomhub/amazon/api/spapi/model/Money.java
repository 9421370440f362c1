package org.ecomhub.amazon.api.spapi.model;

import java.math.BigDecimal;
import java.util.Objects;

/** An amount in a currency, exact. Amazon sends the amount as a decimal string. */
public record Money(BigDecimal amount, String currencyCode) {
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currencyCode, "currencyCode");
    }

    /** Parses Amazon's decimal string (e.g. {@code "11.01"}) without floating point. */
    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount.trim()), currencyCode);
    }

    public Money add(Money other) {
        if (!currencyCode.equals(other.currencyCode)) {
            throw new IllegalArgumentException("currency mismatch " + currencyCode + " / " + other.currencyCode);
        }
        return new Money(amount.add(other.amount), currencyCode);
    }
}
