package org.ecomhub.stock.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ecomhub.amazon.api.products.OrderedProduct;
import org.ecomhub.amazon.api.products.ProductListPage;
import org.ecomhub.amazon.api.products.ProductListQuery;
import org.ecomhub.amazon.api.products.ProductMapping;
import org.ecomhub.amazon.api.products.ProductMappings;
import org.ecomhub.amazon.api.settings.FulfilmentChannel;
import org.ecomhub.amazon.api.settings.StoreConfiguration;
import org.ecomhub.amazon.api.spapi.Marketplace;
import org.ecomhub.host.api.IdempotencyKey;

/** Mappings held in memory: the stock export only reads a store's mappings. */
final class FakeMappings implements ProductMappings {

    private final Map<String, List<ProductMapping>> byStore = new ConcurrentHashMap<>();

    FakeMappings map(String store, Marketplace marketplace, String sku, String hostCode, FulfilmentChannel channel) {
        byStore.computeIfAbsent(store, k -> new ArrayList<>())
                .add(new ProductMapping(store, sku, "", hostCode, marketplace, channel, 2));
        return this;
    }

    @Override
    public Optional<ProductMapping> find(String storeAlias, String sellerSku) {
        return ofStore(storeAlias).stream().filter(m -> m.sellerSku().equals(sellerSku)).findFirst();
    }

    @Override
    public List<ProductMapping> ofStore(String storeAlias) {
        List<ProductMapping> out = new ArrayList<>(byStore.getOrDefault(storeAlias, List.of()));
        out.sort(Comparator.comparing(ProductMapping::sellerSku));
        return out;
    }

    @Override
    public ProductListPage list(ProductListQuery query) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ProductMapping resolveForOrder(StoreConfiguration store, OrderedProduct product, IdempotencyKey key) {
        throw new UnsupportedOperationException();
    }
}
