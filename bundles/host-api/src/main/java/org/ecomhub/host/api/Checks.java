package org.ecomhub.host.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** Shape checks shared by the records: they throw {@link IllegalArgumentException} or {@link NullPointerException}. */
final class Checks {

    private Checks() {
    }

    static String code(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }

    static BigDecimal positive(BigDecimal value, String what) {
        Objects.requireNonNull(value, what);
        if (value.signum() <= 0) {
            throw new IllegalArgumentException(what + " must be greater than zero, got " + value.toPlainString());
        }
        return value;
    }

    static BigDecimal notNegative(BigDecimal value, String what) {
        Objects.requireNonNull(value, what);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(what + " must not be negative, got " + value.toPlainString());
        }
        return value;
    }

    static <T> List<T> list(List<T> values, String what) {
        return values == null ? List.of() : List.copyOf(Objects.requireNonNull(values, what));
    }
}
