package org.ecomhub.amazon.api.spapi.model;

import java.util.List;

/**
 * searchListingsItems filters: look-up by up to 20 identifiers of one type (SKU, ASIN, EAN, ...) or, with no
 * identifiers, every listing (Amazon stops at 1,000 results: use the merchant listings report for more).
 */
public record ListingsSearch(String marketplaceId, String identifiersType, List<String> identifiers, int pageSize) {
    public ListingsSearch {
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        if (identifiers.size() > 20) {
            throw new IllegalArgumentException("at most 20 identifiers per search");
        }
        if (!identifiers.isEmpty() && (identifiersType == null || identifiersType.isBlank())) {
            throw new IllegalArgumentException("identifiersType is required with identifiers");
        }
        if (pageSize < 1 || pageSize > 20) {
            throw new IllegalArgumentException("pageSize must be 1..20");
        }
    }
}
