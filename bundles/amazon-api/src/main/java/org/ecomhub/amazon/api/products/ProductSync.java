package org.ecomhub.amazon.api.products;

import java.util.Optional;
import org.ecomhub.amazon.api.settings.StoreConfiguration;
import org.ecomhub.amazon.api.spapi.SellingPartnerClient;
import org.ecomhub.amazon.api.store.Progress;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Brings a store's Amazon listings into the host and changes lead times on Amazon; implemented by the
 * {@code products} bundle. Calls Amazon, so it runs in jobs, never in {@code @Activate}.
 *
 * @since 1.1
 */
@ProviderType
public interface ProductSync {

    /**
     * DATA-01: every listing of the store from the merchant listings report, catalog details 20 ASINs per call;
     * unmatched listings create host products (code per PROD-03, description per PROD-05), matched ones are
     * updated only when product synchronisation is on (PROD-04); the listing price goes into the chosen sell price
     * tier when its currency is the marketplace's (PROD-02). Every listing ends up mapped.
     *
     * @param client the seller's client (counted under the store)
     * @throws org.ecomhub.amazon.api.spapi.SpApiException       when Amazon fails; the import may run again
     * @throws org.ecomhub.amazon.api.store.JobCancelledException when the progress says stop
     */
    ProductImportResult importProducts(StoreConfiguration store, SellingPartnerClient client, Progress progress);

    /**
     * LIST-03: sets a merchant-fulfilled listing's handling time on Amazon (a merge of
     * {@code fulfillment_availability} carrying the lead time only, so the quantity stays) and, once Amazon accepts
     * it, in the mapping.
     *
     * @param days 0..30 business days
     * @return the mapping after the change
     * @throws IllegalArgumentException if the days are out of range, the SKU is not mapped or is fulfilled by
     *                                  Amazon, or Amazon refuses the change (the message says why)
     */
    ProductMapping changeLeadTime(StoreConfiguration store, SellingPartnerClient client, String sellerSku, int days);

    /**
     * STK-02: whether the store's last product import found a merchant-fulfilled listing; empty before its first
     * import. Turning stock export on is refused when it found none.
     */
    Optional<Boolean> fbmListingsFound(String storeAlias);
}
