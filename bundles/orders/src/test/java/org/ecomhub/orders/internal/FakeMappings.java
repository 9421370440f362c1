package org.ecomhub.orders.internal;

import java.util.Optional;
import org.ecomhub.amazon.api.products.OrderedProduct;
import org.ecomhub.amazon.api.products.ProductMapping;
import org.ecomhub.amazon.api.products.ProductMappings;
import org.ecomhub.amazon.api.products.UnknownSkuException;
import org.ecomhub.amazon.api.settings.StoreConfiguration;
import org.ecomhub.host.api.IdempotencyKey;
import org.ecomhub.host.api.NewProduct;
import org.ecomhub.host.api.ProductCatalog;

/** Product mappings by code = SKU, creating the host product when the store allows (PROD-01/05). */
final class FakeMappings implements ProductMappings {
    private final ProductCatalog catalog;

    FakeMappings(ProductCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Optional<ProductMapping> find(String storeAlias, String sellerSku) {
        return Optional.empty();
    }

    @Override
    public java.util.List<ProductMapping> ofStore(String storeAlias) {
        return java.util.List.of();
    }

    @Override
    public org.ecomhub.amazon.api.products.ProductListPage list(org.ecomhub.amazon.api.products.ProductListQuery query) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ProductMapping resolveForOrder(StoreConfiguration store, OrderedProduct product, IdempotencyKey key) {
        String code = product.sellerSku();
        if (catalog.findProduct(code).isEmpty()) {
            if (!store.products().createOnImport()) {
                throw new UnknownSkuException(store.alias(), product.sellerSku(), code);
            }
            catalog.createProduct(key, new NewProduct(code, product.title().isEmpty() ? code : product.title(), null));
        }
        return new ProductMapping(store.alias(), product.sellerSku(), product.asin(), code,
                store.store().marketplace(), product.channel(), 2);
    }
}
