package org.ecomhub.amazon.api.store;

import java.util.List;
import java.util.Objects;

/**
 * A completed consent (STORE-06 b).
 *
 * @param group      the seller and region now authorised
 * @param authorised every installed store of that seller and region, now authorised
 */
public record ConsentResult(PollGroup group, List<String> authorised) {
    public ConsentResult {
        Objects.requireNonNull(group, "group");
        authorised = List.copyOf(authorised);
    }
}
