package org.ecomhub.amazon.api.settings;

import java.util.ArrayList;
import java.util.List;

/**
 * All six configurations of one store, read together: what {@code stores} validates as one and publishes as the
 * store's settings snapshot.
 */
public record StoreConfiguration(StoreSettings store, OrderSettings fbm, OrderSettings fba, ProductSettings products,
        TaxSettings tax, StockSettings stock) {

    /** The configurations a store gets at install (DESIGN "Configuration"). */
    public static StoreConfiguration defaults(StoreSettings store, boolean firstOfSellerAndRegion) {
        String alias = store.alias();
        return new StoreConfiguration(store,
                OrderSettings.defaults(FulfilmentChannel.FBM, alias),
                OrderSettings.defaults(FulfilmentChannel.FBA, alias),
                ProductSettings.defaults(alias),
                TaxSettings.defaults(alias),
                StockSettings.defaults(alias, firstOfSellerAndRegion));
    }

    public String alias() {
        return store.alias();
    }

    public OrderSettings orders(FulfilmentChannel channel) {
        return channel == FulfilmentChannel.FBM ? fbm : fba;
    }

    /** Problems where a feature configuration names another store than the one it is filed under. */
    List<SettingsProblem> ownershipProblems() {
        List<SettingsProblem> problems = new ArrayList<>();
        check(problems, FulfilmentChannel.FBM.ordersPid(), fbm.store());
        check(problems, FulfilmentChannel.FBA.ordersPid(), fba.store());
        check(problems, ProductSettings.PID, products.store());
        check(problems, TaxSettings.PID, tax.store());
        check(problems, StockSettings.PID, stock.store());
        return problems;
    }

    private void check(List<SettingsProblem> problems, String pid, String storeProperty) {
        if (!store.alias().equals(storeProperty)) {
            problems.add(new SettingsProblem(pid, "store", "'" + storeProperty + "' is not the store '"
                    + store.alias() + "' these settings are filed under.", "Set store to " + store.alias() + "."));
        }
    }
}
