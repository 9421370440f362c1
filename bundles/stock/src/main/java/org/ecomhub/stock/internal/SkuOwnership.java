package org.ecomhub.stock.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.ecomhub.amazon.api.products.ProductMapping;
import org.ecomhub.amazon.api.settings.FulfilmentChannel;
import org.ecomhub.amazon.api.settings.StoreConfiguration;

/**
 * STK-07 and STK-02: which store of a seller and region exports each SKU. An FBM quantity is one number per SKU per
 * seller and region, so a SKU mapped by several stores is exported by the one that owns shared stock; FBA listings
 * are never exported.
 */
final class SkuOwnership {

    private SkuOwnership() {
    }

    /**
     * @param stores     the group's stores that are ON
     * @param mappingsOf a store's mappings by alias
     * @return per SKU the line to export, ordered by SKU; SKUs whose owner has export off are absent
     */
    static Map<String, ExportLine> exportedLines(List<StoreConfiguration> stores,
            Function<String, List<ProductMapping>> mappingsOf) {
        Map<String, List<ExportLine>> bySku = new TreeMap<>();
        List<StoreConfiguration> sorted = new ArrayList<>(stores);
        sorted.sort(Comparator.comparing(StoreConfiguration::alias));
        for (StoreConfiguration store : sorted) {
            for (ProductMapping m : mappingsOf.apply(store.alias())) {
                if (m.channel() == FulfilmentChannel.FBM) {
                    bySku.computeIfAbsent(m.sellerSku(), k -> new ArrayList<>()).add(new ExportLine(store, m));
                }
            }
        }
        Map<String, ExportLine> out = new TreeMap<>();
        bySku.forEach((sku, candidates) -> {
            ExportLine owner = owner(candidates);
            if (owner.store().stock().export()) {
                out.put(sku, owner);
            }
        });
        return out;
    }

    /** The only store that maps it; else the one owning shared stock; else (owner maps it not) the first alias. */
    private static ExportLine owner(List<ExportLine> candidates) {
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        return candidates.stream().filter(l -> l.store().stock().ownsSharedStock()).findFirst()
                .orElse(candidates.get(0));
    }
}
