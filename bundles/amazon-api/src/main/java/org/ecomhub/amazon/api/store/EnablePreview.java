package org.ecomhub.amazon.api.store;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What turning a store ON will do (STORE-04): import every order since {@code importFrom}, about
 * {@code estimatedOrders} of them, unless the admin starts from now instead.
 *
 * @param alias           the store
 * @param importFrom      the time orders import from when it is turned ON
 * @param estimatedOrders the orders engine's estimate; empty when no engine can estimate
 */
public record EnablePreview(String alias, Instant importFrom, OptionalLong estimatedOrders) {
    public EnablePreview {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(importFrom, "importFrom");
        Objects.requireNonNull(estimatedOrders, "estimatedOrders");
    }
}
