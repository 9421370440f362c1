package org.ecomhub.amazon.api.stock;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ecomhub.amazon.api.settings.StoreConfiguration;
import org.ecomhub.amazon.api.store.PollGroup;

/**
 * One stock export of a seller and region.
 *
 * @param group   the seller and region
 * @param stores  the group's stores that are ON, with their settings snapshots; stores with export off send nothing
 * @param full    send every mapped SKU, not only the changed ones (DATA-02)
 * @param reserve STK-08: per SellerSKU, the units of FBM orders Amazon holds that the host has not allocated yet
 *                (pending, before the import-from status, or not imported), as {@code OrderReserve} gives them; missing
 *                SKUs hold none
 */
public record StockExportRequest(PollGroup group, List<StoreConfiguration> stores, boolean full,
        Map<String, BigDecimal> reserve) {

    public StockExportRequest {
        Objects.requireNonNull(group, "group");
        stores = List.copyOf(stores);
        reserve = reserve == null ? Map.of() : Map.copyOf(reserve);
    }
}
