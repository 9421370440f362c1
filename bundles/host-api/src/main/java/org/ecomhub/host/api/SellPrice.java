package org.ecomhub.host.api;

import java.util.Objects;

/** A product's price in one sell price tier. The price's currency is the tier's. */
public record SellPrice(String tierCode, Money price) {
    public SellPrice {
        Checks.code(tierCode, "tier code");
        Objects.requireNonNull(price, "price");
    }
}
