package org.ecomhub.stores.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.ecomhub.amazon.api.settings.FulfilmentChannel;
import org.ecomhub.amazon.api.settings.OrderSettings;
import org.ecomhub.amazon.api.settings.ProductSettings;
import org.ecomhub.amazon.api.settings.SettingsException;
import org.ecomhub.amazon.api.settings.SettingsProblem;
import org.ecomhub.amazon.api.settings.StockSettings;
import org.ecomhub.amazon.api.settings.StoreConfiguration;
import org.ecomhub.amazon.api.settings.StoreSettings;
import org.ecomhub.amazon.api.settings.TaxSettings;

/** The six store-level PIDs, read together into one {@link StoreConfiguration}. */
final class StoreConfigurations {

    static final List<String> STORE_PIDS = List.of(StoreSettings.PID, FulfilmentChannel.FBM.ordersPid(),
            FulfilmentChannel.FBA.ordersPid(), ProductSettings.PID, TaxSettings.PID, StockSettings.PID);

    private StoreConfigurations() {
    }

    /**
     * Reads all six configurations.
     *
     * @throws SettingsException with the problems of every configuration (not just the first one)
     */
    static StoreConfiguration read(Map<String, Map<String, Object>> byPid) {
        List<SettingsProblem> problems = new ArrayList<>();
        StoreSettings store = attempt(() -> StoreSettings.from(byPid.get(StoreSettings.PID)), problems);
        OrderSettings fbm = attempt(() -> OrderSettings.from(FulfilmentChannel.FBM, byPid.get(FulfilmentChannel.FBM.ordersPid())), problems);
        OrderSettings fba = attempt(() -> OrderSettings.from(FulfilmentChannel.FBA, byPid.get(FulfilmentChannel.FBA.ordersPid())), problems);
        ProductSettings products = attempt(() -> ProductSettings.from(byPid.get(ProductSettings.PID)), problems);
        TaxSettings tax = attempt(() -> TaxSettings.from(byPid.get(TaxSettings.PID)), problems);
        StockSettings stock = attempt(() -> StockSettings.from(byPid.get(StockSettings.PID)), problems);
        if (!problems.isEmpty()) {
            throw new SettingsException(problems);
        }
        return new StoreConfiguration(store, fbm, fba, products, tax, stock);
    }

    /** The properties of each PID, as written to Config Admin and kept as the snapshot. */
    static Map<String, Map<String, Object>> properties(StoreConfiguration c) {
        Map<String, Map<String, Object>> byPid = new LinkedHashMap<>();
        byPid.put(StoreSettings.PID, c.store().toProperties());
        byPid.put(FulfilmentChannel.FBM.ordersPid(), c.fbm().toProperties());
        byPid.put(FulfilmentChannel.FBA.ordersPid(), c.fba().toProperties());
        byPid.put(ProductSettings.PID, c.products().toProperties());
        byPid.put(TaxSettings.PID, c.tax().toProperties());
        byPid.put(StockSettings.PID, c.stock().toProperties());
        return byPid;
    }

    /** @throws IllegalArgumentException naming the accepted PIDs */
    static void requireStorePid(String pid) {
        if (!STORE_PIDS.contains(pid)) {
            throw new IllegalArgumentException("'" + pid + "' is not a store configuration; use one of "
                    + String.join(", ", STORE_PIDS));
        }
    }

    private static <T> T attempt(Supplier<T> reader, List<SettingsProblem> problems) {
        try {
            return reader.get();
        } catch (SettingsException e) {
            problems.addAll(e.problems());
            return null;
        }
    }
}
