package org.ecomhub.amazon.api.spapi.model;

import java.time.Instant;

/** FBA inventory of one SKU in one marketplace (FBA-01); {@code fulfillableQuantity} null without details. */
public record InventorySummary(String asin, String fnSku, String sellerSku, String condition, String productName,
        int totalQuantity, Integer fulfillableQuantity, Instant lastUpdatedTime) {
}
