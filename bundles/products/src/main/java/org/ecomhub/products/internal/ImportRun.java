package org.ecomhub.products.internal;

import java.util.Map;
import java.util.Optional;
import org.ecomhub.amazon.api.products.ProductImportResult;
import org.ecomhub.amazon.api.settings.StoreConfiguration;
import org.ecomhub.amazon.api.spapi.model.CatalogItem;
import org.ecomhub.host.api.SellPriceTier;

/** The state of one product import: what it read once, and what it counted so far. */
final class ImportRun {

    final StoreConfiguration store;
    final String reportId;
    final Map<String, CatalogItem> catalogByAsin;
    /** The tier prices go to; empty when none is chosen, it is unknown, or its currency is not the marketplace's. */
    final Optional<SellPriceTier> priceTier;

    int listings;
    int fbmListings;
    int created;
    int mapped;
    int updated;
    int pricesSet;
    int failed;

    ImportRun(StoreConfiguration store, String reportId, Map<String, CatalogItem> catalogByAsin,
            Optional<SellPriceTier> priceTier) {
        this.store = store;
        this.reportId = reportId;
        this.catalogByAsin = catalogByAsin;
        this.priceTier = priceTier;
    }

    String alias() {
        return store.alias();
    }

    boolean sync() {
        return store.products().sync();
    }

    ProductImportResult result() {
        return new ProductImportResult(listings, fbmListings, created, mapped, updated, pricesSet, failed);
    }
}
