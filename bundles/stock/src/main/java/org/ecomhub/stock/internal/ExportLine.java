package org.ecomhub.stock.internal;

import org.ecomhub.amazon.api.products.ProductMapping;
import org.ecomhub.amazon.api.settings.StoreConfiguration;

/** A SKU the group exports, with the store that owns it (STK-07) and that store's mapping. */
record ExportLine(StoreConfiguration store, ProductMapping mapping) {

    String sku() {
        return mapping.sellerSku();
    }

    String hostProductCode() {
        return mapping.hostProductCode();
    }
}
