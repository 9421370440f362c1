package org.ecomhub.amazon.api.products;

import java.util.List;
import java.util.Optional;
import org.ecomhub.amazon.api.settings.StoreConfiguration;
import org.ecomhub.host.api.IdempotencyKey;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The product mappings of every store, kept in the plugin's database; implemented by the {@code products} bundle.
 * Thread-safe.
 */
@ProviderType
public interface ProductMappings {

    /** The mapping of a SKU in a store, if the store has one. */
    Optional<ProductMapping> find(String storeAlias, String sellerSku);

    /**
     * The host product an order line is booked against, mapping it on first use: the mapped product; else the host
     * product whose code is the SKU or the ASIN, as the store's code mapping says (PROD-03); else, when the store
     * creates products on import (PROD-01), a new host product with that code and the Amazon product name as its
     * description (PROD-05), created with {@code key} so a retry creates nothing twice.
     *
     * @param store   the store's settings snapshot
     * @param product what the order line says about its product
     * @param key     the idempotency key of the product creation, e.g. seller + order id + order item id
     * @return the mapping, new or existing
     * @throws UnknownSkuException                   if the host has no such product and the store may not create one
     * @throws org.ecomhub.host.api.HostException    if the host refuses or is unavailable
     */
    ProductMapping resolveForOrder(StoreConfiguration store, OrderedProduct product, IdempotencyKey key);

    /** Every mapping of a store, ordered by SKU (the stock export reads them). */
    List<ProductMapping> ofStore(String storeAlias);

    /**
     * A page of the product list (LIST-01/02): mappings ordered by store and SKU, with a link to the host product.
     *
     * @since 1.1
     */
    ProductListPage list(ProductListQuery query);
}
