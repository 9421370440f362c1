package org.ecomhub.spapi.simulator.internal;

import java.math.BigDecimal;
import java.time.Instant;

/** A listing (one SKU in one marketplace) in the simulator's state. */
final class SimListing {
    String sellerId;
    String sku;
    String asin;
    String marketplaceId;
    String currency;
    String title;
    String brand;
    String ean;
    String productType = "PRODUCT";
    BigDecimal price;
    /** DEFAULT = merchant fulfilled; AMAZON_NA / AMAZON_EU / AMAZON_FE = FBA. */
    String fulfillmentChannel = "DEFAULT";
    Integer quantity;
    Integer leadTimeDays;
    int fbaFulfillable;
    int fbaInbound;
    Instant created;
    Instant updated;
    String listingId;
}
