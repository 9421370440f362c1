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
    /** Amazon's longest seller SKU. */
    public static final int MAX_SKU_LENGTH = 40;

    /**
     * LIST-03: what the shell and the console check before asking for a lead-time change, with the messages they show.
     *
     * @throws IllegalArgumentException naming what is wrong and the range that is right
     */
    public static void checkLeadTimeChange(String sellerSku, int days) {
        if (days < 0 || days > MAX_LEAD_TIME_DAYS) {
            throw new IllegalArgumentException("The lead time must be 0 to " + MAX_LEAD_TIME_DAYS + " days, not " + days
                    + ".");
        }
        if (sellerSku == null || sellerSku.isBlank() || sellerSku.strip().length() > MAX_SKU_LENGTH) {
            throw new IllegalArgumentException("A seller SKU has 1 to " + MAX_SKU_LENGTH + " characters; give the SKU "
                    + "as the product list shows it.");
        }
    }

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
