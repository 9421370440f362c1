package org.ecomhub.bench;

import java.util.List;
import org.ecomhub.amazon.api.spapi.Marketplace;

/**
 * One store of the fault campaign: its alias, marketplace and seller account (with that seller's refresh token in the
 * simulator), whether its FBM orders go into one consolidated order per day (ORD-02), and whether an unknown SKU
 * creates a host product (PROD-01; when not, the store's listings are imported as products at set-up, and an order
 * for a SKU that import never saw fails: ORD-11).
 */
record CampaignStore(String alias, Marketplace marketplace, String sellerId, String refreshToken,
        boolean consolidated, boolean createProducts) {

    static final String FIRST_SELLER = "A3SIMSELLER0001";
    static final String FIRST_TOKEN = "Atzr|sim-refresh-token-0001";
    static final String SECOND_SELLER = "A3SIMSELLER0002";
    static final String SECOND_TOKEN = "Atzr|sim-refresh-token-0002";
    /** The reference host's EUR customer (erp:seed-demo) that CDE's consolidated FBM orders belong to. */
    static final String CONSOLIDATION_CUSTOMER = "TEEHAUS";

    /** Two stores of one seller in two marketplaces, and a second seller account in a third. */
    static final List<CampaignStore> ALL = List.of(
            new CampaignStore("CUK", Marketplace.UK, FIRST_SELLER, FIRST_TOKEN, false, true),
            new CampaignStore("CDE", Marketplace.DE, FIRST_SELLER, FIRST_TOKEN, true, true),
            new CampaignStore("CFR", Marketplace.FR, SECOND_SELLER, SECOND_TOKEN, false, false));
    /** The unlisted SKU whose order must fail in the store that creates no products. */
    static final String UNIMPORTED_SKU = "SIM-NEW-0001";

    /** Alias, marketplace and seller; never the refresh token. */
    @Override
    public String toString() {
        return alias + " (" + marketplace + ", " + sellerId + (consolidated ? ", FBM consolidated daily" : "")
                + (createProducts ? "" : ", no product creation") + ")";
    }

    /** The marketplace ids of one seller's stores. */
    static List<String> marketplacesOf(String sellerId) {
        return ALL.stream().filter(s -> s.sellerId.equals(sellerId)).map(s -> s.marketplace.id()).toList();
    }

    static List<String> sellers() {
        return ALL.stream().map(CampaignStore::sellerId).distinct().toList();
    }
}
