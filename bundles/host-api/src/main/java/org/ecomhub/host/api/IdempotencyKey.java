package org.ecomhub.host.api;

import java.util.Objects;

/**
 * Names one side effect so that the host performs it at most once (ORD-10).
 *
 * <p>The plugin builds keys from stable facts, e.g. {@code of("A1B2C3", "203-1234567-1234567")} for an order or
 * {@code of(seller, orderId, orderItemId)} for a line. A key is scoped to the operation it is given to: the same
 * key may be passed to {@link Customers#createCustomer} and to {@link SalesOrders#createOrder} and the two do not
 * interfere. A repeat of a key on the same operation returns the result of the first successful call, whatever
 * the arguments of the repeat are; a call that failed leaves no trace, so it may be repeated with the same key.
 *
 * @param value at most 200 characters, not blank
 */
public record IdempotencyKey(String value) {

    public static final int MAX_LENGTH = 200;

    public IdempotencyKey {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("an idempotency key must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("an idempotency key has at most " + MAX_LENGTH + " characters, got "
                    + value.length());
        }
    }

    /** Joins the parts with {@code ':'}; e.g. seller id, Amazon order id and order item id. */
    public static IdempotencyKey of(String... parts) {
        if (parts.length == 0) {
            throw new IllegalArgumentException("an idempotency key needs at least one part");
        }
        for (String part : parts) {
            if (part == null || part.isBlank()) {
                throw new IllegalArgumentException("an idempotency key part must not be blank");
            }
        }
        return new IdempotencyKey(String.join(":", parts));
    }

    /** A key for a further step of the same thing, e.g. {@code key.with("complete")}. */
    public IdempotencyKey with(String suffix) {
        return of(value, suffix);
    }

    @Override
    public String toString() {
        return value;
    }
}
