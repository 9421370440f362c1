package org.ecomhub.orders.internal;

import java.time.Instant;
import java.util.Optional;
import org.ecomhub.amazon.api.settings.BuyerDetails;
import org.ecomhub.amazon.api.settings.StoreConfiguration;
import org.ecomhub.amazon.api.settings.StoreFacts;
import org.ecomhub.amazon.api.settings.StoreSettings;
import org.ecomhub.amazon.api.spapi.Marketplace;
import org.ecomhub.amazon.api.store.Store;

/** A store snapshot as the registry publishes it, with the default settings. */
record BenchStore(StoreFacts facts, StoreConfiguration configuration, Instant importFrom) implements Store {

    static BenchStore of(String alias, Marketplace marketplace, Instant installedAt, String seller,
            BuyerDetails buyerDetails) {
        StoreSettings s = new StoreSettings(alias, marketplace, seller, true, buyerDetails);
        return new BenchStore(new StoreFacts(alias, seller, marketplace, installedAt, Optional.empty()),
                StoreConfiguration.defaults(s, true), installedAt);
    }
}
