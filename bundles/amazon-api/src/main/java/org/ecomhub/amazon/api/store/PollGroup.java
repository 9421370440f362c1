package org.ecomhub.amazon.api.store;

import java.util.Objects;
import org.ecomhub.amazon.api.spapi.Region;

/**
 * A seller account in one region: one refresh token, one lease, one order poll and one stock feed for all its
 * stores (DESIGN "Work and concurrency", ORD-10, STORE-06).
 */
public record PollGroup(String sellerId, Region region) {

    public PollGroup {
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(region, "region");
    }

    /** A stable text key, e.g. {@code A2EUQ1WTGCTBG2/EU}. */
    public String key() {
        return sellerId + "/" + region;
    }

    @Override
    public String toString() {
        return key();
    }
}
