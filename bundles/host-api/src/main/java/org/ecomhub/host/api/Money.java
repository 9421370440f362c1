package org.ecomhub.host.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An exact amount of money in one currency. Never floating point.
 *
 * <p>The amount is normalised to at least the currency's minor unit (GBP 10 becomes 10.00, GBP 10.0000
 * becomes 10.00, GBP 3.333333 stays as it is), so two amounts that are numerically equal are {@code equals}.
 *
 * @param amount   the amount, negative for discounts and credits
 * @param currency an ISO 4217 code, upper case, e.g. {@code GBP}
 */
public record Money(BigDecimal amount, String currency) implements Comparable<Money> {

    /** Compiled once: every amount of every order line checks its currency. */
    private static final Pattern ISO_CODE = Pattern.compile("[A-Z]{3}");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (!ISO_CODE.matcher(currency).matches()) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code such as GBP, got '" + currency + "'");
        }
        int minorDigits = minorDigits(currency);
        BigDecimal stripped = amount.stripTrailingZeros();
        amount = stripped.setScale(Math.max(minorDigits, Math.max(0, stripped.scale())), RoundingMode.UNNECESSARY);
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** Digits after the decimal point in the currency's minor unit (2 for GBP, 0 for JPY; 2 if unknown to the JDK). */
    public static int minorDigits(String currency) {
        try {
            int digits = Currency.getInstance(currency).getDefaultFractionDigits();
            return digits < 0 ? 2 : digits;
        } catch (IllegalArgumentException unknownToJdk) {
            return 2;
        }
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    /** This amount times a quantity, rounded half-up to the currency's minor unit. */
    public Money times(BigDecimal quantity) {
        return new Money(amount.multiply(quantity).setScale(minorDigits(currency), RoundingMode.HALF_UP), currency);
    }

    /** This amount rounded half-up to the currency's minor unit. */
    public Money rounded() {
        return new Money(amount.setScale(minorDigits(currency), RoundingMode.HALF_UP), currency);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + currency + " with " + other.currency);
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
