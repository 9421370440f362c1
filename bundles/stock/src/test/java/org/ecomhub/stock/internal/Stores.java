package org.ecomhub.stock.internal;

import java.util.List;
import org.ecomhub.amazon.api.settings.BuyerDetails;
import org.ecomhub.amazon.api.settings.StockSettings;
import org.ecomhub.amazon.api.settings.StoreConfiguration;
import org.ecomhub.amazon.api.settings.StoreSettings;
import org.ecomhub.amazon.api.spapi.Marketplace;
import org.ecomhub.spapi.testing.AmazonSandbox;

/** Store settings snapshots for tests. */
public final class Stores {

    private Stores() {
    }

    public static StoreConfiguration store(String alias, Marketplace marketplace, boolean export, boolean canAssemble,
            boolean ownsShared, String... warehouses) {
        StoreConfiguration d = StoreConfiguration.defaults(new StoreSettings(alias, marketplace,
                AmazonSandbox.SELLER, true, BuyerDetails.NONE), ownsShared);
        return new StoreConfiguration(d.store(), d.fbm(), d.fba(), d.products(), d.tax(),
                new StockSettings(alias, export, canAssemble, List.of(warehouses), ownsShared));
    }
}
