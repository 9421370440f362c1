package org.ecomhub.amazon.api.spapi.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Filters of one searchOrders walk (Orders API 2026-01-01). Exactly one time axis: last-updated or created. The
 * connector always asks for FULFILLMENT, PROCEEDS, PROMOTION, CANCELLATION and TAX, plus BUYER and RECIPIENT when
 * {@code buyerDetails} is true (ORD-09).
 *
 * @param lastUpdatedAfter   start of a last-updated window (inclusive) or null
 * @param lastUpdatedBefore  end of a last-updated window; at least 2 minutes before now; null = open
 * @param createdAfter       start of a created window or null
 * @param createdBefore      end of a created window or null
 * @param marketplaceIds     at most 50; empty = every marketplace of the seller in the region
 * @param fulfillmentStatuses empty = all (order polls never filter by status, ORD-03)
 * @param fulfilledBy        {@code MERCHANT}, {@code AMAZON} or null for both
 * @param maxResultsPerPage  1–100
 * @param buyerDetails       ask for BUYER and RECIPIENT
 */
public record OrderSearch(Instant lastUpdatedAfter, Instant lastUpdatedBefore, Instant createdAfter,
        Instant createdBefore, List<String> marketplaceIds, Set<String> fulfillmentStatuses, String fulfilledBy,
        int maxResultsPerPage, boolean buyerDetails) {

    public OrderSearch {
        marketplaceIds = List.copyOf(marketplaceIds == null ? List.of() : marketplaceIds);
        fulfillmentStatuses = Set.copyOf(fulfillmentStatuses == null ? Set.of() : fulfillmentStatuses);
        if ((lastUpdatedAfter == null) == (createdAfter == null)) {
            throw new IllegalArgumentException("exactly one of lastUpdatedAfter and createdAfter is required");
        }
        if (lastUpdatedAfter != null && createdBefore != null || createdAfter != null && lastUpdatedBefore != null) {
            throw new IllegalArgumentException("time axes must not be mixed");
        }
        if (marketplaceIds.size() > 50) {
            throw new IllegalArgumentException("at most 50 marketplace ids per search");
        }
        if (maxResultsPerPage < 1 || maxResultsPerPage > 100) {
            throw new IllegalArgumentException("maxResultsPerPage must be 1..100");
        }
    }

    /** Orders last updated in [after, before). */
    public static OrderSearch lastUpdated(Instant after, Instant before, List<String> marketplaceIds,
            boolean buyerDetails) {
        Objects.requireNonNull(after, "after");
        return new OrderSearch(after, before, null, null, marketplaceIds, Set.of(), null, 100, buyerDetails);
    }

    /** Orders created in [after, before) (missing-order searches by order date, DATA-03). */
    public static OrderSearch created(Instant after, Instant before, List<String> marketplaceIds,
            boolean buyerDetails) {
        Objects.requireNonNull(after, "after");
        return new OrderSearch(null, null, after, before, marketplaceIds, Set.of(), null, 100, buyerDetails);
    }
}
