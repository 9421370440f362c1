package org.ecomhub.stock.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.ecomhub.host.api.BillOfMaterials;
import org.ecomhub.host.api.StockLevel;

/** A {@link StockPicture} held in memory, filled from the host's stock levels and bills. Not thread-safe while filled. */
final class StockSnapshot implements StockPicture {

    private final Map<String, Map<String, BigDecimal>> available = new HashMap<>();
    private final Map<String, BillOfMaterials> bills = new HashMap<>();

    StockSnapshot put(String productCode, String warehouseCode, BigDecimal availableUnits) {
        available.computeIfAbsent(productCode, k -> new HashMap<>()).put(warehouseCode, availableUnits);
        return this;
    }

    StockSnapshot put(StockLevel level) {
        return put(level.productCode(), level.warehouseCode(), level.available());
    }

    StockSnapshot put(BillOfMaterials bill) {
        bills.put(bill.productCode(), bill);
        return this;
    }

    Map<String, BillOfMaterials> bills() {
        return bills;
    }

    @Override
    public BigDecimal available(String productCode, String warehouseCode) {
        Map<String, BigDecimal> byWarehouse = available.get(productCode);
        BigDecimal units = byWarehouse == null ? null : byWarehouse.get(warehouseCode);
        return units == null ? BigDecimal.ZERO : units;
    }

    @Override
    public Optional<BillOfMaterials> bill(String productCode) {
        return Optional.ofNullable(bills.get(productCode));
    }
}
