package org.ecomhub.amazon.api.products;

import java.util.Objects;
import org.ecomhub.amazon.api.settings.FulfilmentChannel;
import org.ecomhub.amazon.api.spapi.Marketplace;

/**
 * One listing of a store mapped to a host product.
 *
 * @param store           the store's alias
 * @param sellerSku       Amazon's SellerSKU
 * @param asin            the ASIN; empty when not known yet
 * @param hostProductCode the host product's code
 * @param marketplace     the store's marketplace
 * @param channel         FBM or FBA, as the listing is fulfilled
 * @param leadTimeDays    Amazon's handling time in business days, 0 to 30 (LIST-03)
 */
public record ProductMapping(String store, String sellerSku, String asin, String hostProductCode,
        Marketplace marketplace, FulfilmentChannel channel, int leadTimeDays) {

    /** LIST-03: the lead time a new mapping gets. */
    public static final int DEFAULT_LEAD_TIME_DAYS = 2;
    public static final int MAX_LEAD_TIME_DAYS = 30;

    public ProductMapping {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(sellerSku, "sellerSku");
        asin = asin == null ? "" : asin;
        Objects.requireNonNull(hostProductCode, "hostProductCode");
        Objects.requireNonNull(marketplace, "marketplace");
        Objects.requireNonNull(channel, "channel");
        if (leadTimeDays < 0 || leadTimeDays > MAX_LEAD_TIME_DAYS) {
            throw new IllegalArgumentException("lead time must be 0 to " + MAX_LEAD_TIME_DAYS + " business days, got "
                    + leadTimeDays);
        }
    }
}
