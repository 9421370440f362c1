package org.ecomhub.amazon.api.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a store's stock goes to Amazon, PID {@value #PID} (a factory configuration named by the alias).
 *
 * @param store              the store's alias
 * @param export             export stock on hand (STK-01)
 * @param includeCanAssemble add what auto-assemble bills can build (STK-03); needs export
 * @param warehouses         the host warehouses whose stock counts (STK-04)
 * @param ownsSharedStock    this store exports the SKUs it shares with other stores of its seller and region
 *                           (STK-07); exactly one store per seller and region owns them
 */
public record StockSettings(String store, boolean export, boolean includeCanAssemble, List<String> warehouses,
        boolean ownsSharedStock) {

    public static final String PID = "org.ecomhub.amazon.stock";
    public static final String STORE = "store";
    public static final String EXPORT = "export";
    public static final String INCLUDE_CAN_ASSEMBLE = "include.can.assemble";
    public static final String WAREHOUSES = "warehouses";
    public static final String OWNS_SHARED_STOCK = "owns.shared.stock";

    public StockSettings {
        warehouses = List.copyOf(warehouses);
    }

    /** A new store's stock settings; it owns shared stock when it is the first of its seller and region. */
    public static StockSettings defaults(String store, boolean firstOfSellerAndRegion) {
        return new StockSettings(store, false, false, List.of(), firstOfSellerAndRegion);
    }

    /**
     * Reads and checks a store's stock settings: can-assemble needs export (STK-03).
     *
     * @throws SettingsException naming every property that is wrong and how to fix it
     */
    public static StockSettings from(Map<String, ?> properties) {
        PropertyReader in = new PropertyReader(PID, properties);
        StockSettings s = new StockSettings(
                in.storeAlias(STORE),
                in.bool(EXPORT, false),
                in.bool(INCLUDE_CAN_ASSEMBLE, false),
                in.list(WAREHOUSES).stream().distinct().toList(),
                in.bool(OWNS_SHARED_STOCK, true));
        if (s.includeCanAssemble() && !s.export()) {
            in.problem(INCLUDE_CAN_ASSEMBLE, "can-assemble quantities are only added to exported stock.",
                    "Turn export on, or turn include.can.assemble off.");
        }
        in.throwIfProblems();
        return s;
    }

    public Map<String, Object> toProperties() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(STORE, store);
        p.put(EXPORT, export);
        p.put(INCLUDE_CAN_ASSEMBLE, includeCanAssemble);
        p.put(WAREHOUSES, warehouses.toArray(String[]::new));
        p.put(OWNS_SHARED_STOCK, ownsSharedStock);
        return p;
    }
}
