package org.ecomhub.testsupport;

import java.util.List;
import java.util.Optional;
import org.ecomhub.amazon.api.products.OrderedProduct;
import org.ecomhub.amazon.api.products.ProductListPage;
import org.ecomhub.amazon.api.products.ProductListQuery;
import org.ecomhub.amazon.api.products.ProductMapping;
import org.ecomhub.amazon.api.products.ProductMappings;
import org.ecomhub.amazon.api.products.UnknownSkuException;
import org.ecomhub.amazon.api.settings.StoreConfiguration;
import org.ecomhub.host.api.IdempotencyKey;
import org.ecomhub.host.api.NewProduct;
import org.ecomhub.host.api.ProductCatalog;

/**
 * Product mappings for tests and benchmarks: SKU = host product code; the host product is created on import when the
 * store allows it (PROD-01/05).
 */
public final class SkuCodeMappings implements ProductMappings {
    private final ProductCatalog catalog;

    public SkuCodeMappings(ProductCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Optional<ProductMapping> find(String storeAlias, String sellerSku) {
        return Optional.empty();
    }

    @Override
    public List<ProductMapping> ofStore(String storeAlias) {
        return List.of();
    }

    @Override
    public ProductListPage list(ProductListQuery query) {
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
