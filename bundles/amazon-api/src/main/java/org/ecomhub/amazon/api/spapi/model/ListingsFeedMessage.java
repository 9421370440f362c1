package org.ecomhub.amazon.api.spapi.model;

import java.util.List;

/**
 * A JSON_LISTINGS_FEED {@code PATCH} message: the SKU, its product type ({@code PRODUCT} is accepted for quantity
 * and handling-time patches, FACTS §15) and its patches. The connector numbers messages from 1 in list order.
 */
public record ListingsFeedMessage(String sku, String productType, List<ListingsPatch> patches) {
    public ListingsFeedMessage {
        patches = List.copyOf(patches);
        if (productType == null || productType.isBlank()) {
            productType = "PRODUCT";
        }
    }

    /** A stock and/or lead-time patch with productType PRODUCT. */
    public static ListingsFeedMessage merchantStock(String sku, Integer quantity, Integer leadTimeDays) {
        return new ListingsFeedMessage(sku, "PRODUCT", List.of(ListingsPatch.merchantStock(quantity, leadTimeDays)));
    }
}
