package org.ecomhub.amazon.api.products;

/**
 * What a product import did (DATA-01).
 *
 * @param listings    listings in the merchant listings report
 * @param fbmListings of them merchant-fulfilled (none: an FBA-only store, STK-02)
 * @param created     host products created for unmatched listings
 * @param mapped      listings mapped for the first time (created or matched)
 * @param updated     matched host products overwritten (synchronisation on)
 * @param pricesSet   prices written to the sell price tier
 * @param failed      listings the host refused (each has an ERROR entry in the connection log)
 */
public record ProductImportResult(int listings, int fbmListings, int created, int mapped, int updated, int pricesSet, int failed) {

    /** One line for the admin. */
    public String summary() {
        return listings + " listings (" + fbmListings + " FBM): " + created + " products created, " + mapped + " newly mapped, " + updated
                + " updated, " + pricesSet + " prices set, " + failed + " failed";
    }
}
