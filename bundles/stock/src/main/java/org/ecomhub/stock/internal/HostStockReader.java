package org.ecomhub.stock.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecomhub.host.api.BillOfMaterials;
import org.ecomhub.host.api.Inventory;
import org.ecomhub.host.api.ProductCatalog;
import org.ecomhub.host.api.StockLevel;
import org.ecomhub.host.api.UnknownReferenceException;

/** Reads what the availability maths needs from the host, in as few calls as fit the run's size. */
final class HostStockReader {

    static final int PAGE = 1000;
    /** Beyond this many products, paging through whole warehouses takes fewer calls than asking per product. */
    static final int PER_PRODUCT_LIMIT = 2000;

    private final ProductCatalog catalog;
    private final Inventory inventory;

    HostStockReader(ProductCatalog catalog, Inventory inventory) {
        this.catalog = catalog;
        this.inventory = inventory;
    }

    /** Every bill of materials of the host, by product code. */
    Map<String, BillOfMaterials> bills() {
        Map<String, BillOfMaterials> out = new HashMap<>();
        String after = null;
        while (true) {
            List<BillOfMaterials> page = catalog.billsOfMaterials(after, PAGE);
            page.forEach(b -> out.put(b.productCode(), b));
            if (page.size() < PAGE) {
                return out;
            }
            after = page.get(page.size() - 1).productCode();
        }
    }

    /** The stock of the products in the warehouses, with the bills, as one snapshot. */
    StockSnapshot snapshot(Set<String> products, Collection<String> warehouses, Map<String, BillOfMaterials> bills) {
        StockSnapshot snapshot = new StockSnapshot();
        bills.values().forEach(snapshot::put);
        if (products.size() > PER_PRODUCT_LIMIT) {
            for (String warehouse : warehouses) {
                String after = null;
                while (true) {
                    List<StockLevel> page = inventory.stockLevelsIn(warehouse, after, PAGE);
                    for (StockLevel level : page) {
                        if (products.contains(level.productCode())) {
                            snapshot.put(level);
                        }
                    }
                    if (page.size() < PAGE) {
                        break;
                    }
                    after = page.get(page.size() - 1).productCode();
                }
            }
            return snapshot;
        }
        for (String product : products) {
            try {
                for (StockLevel level : inventory.stockLevels(product)) {
                    if (warehouses.contains(level.warehouseCode())) {
                        snapshot.put(level);
                    }
                }
            } catch (UnknownReferenceException gone) {
                // the mapped host product no longer exists: it has no stock
            }
        }
        return snapshot;
    }
}
