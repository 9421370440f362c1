package org.ecomhub.amazon.api.spapi.model;

import java.math.BigDecimal;

/**
 * One line of the merchant listings report (FACTS §14). {@code fulfillmentChannel} is {@code DEFAULT} for
 * merchant-fulfilled listings and e.g. {@code AMAZON_NA} for FBA; {@code quantity} is null when empty (FBA).
 */
public record MerchantListingRow(String itemName, String listingId, String sellerSku, BigDecimal price,
        Integer quantity, String openDate, String productIdType, String productId, String itemCondition,
        String asin, String fulfillmentChannel, String status) {

    public boolean merchantFulfilled() {
        return fulfillmentChannel == null || fulfillmentChannel.isBlank() || "DEFAULT".equals(fulfillmentChannel);
    }
}
