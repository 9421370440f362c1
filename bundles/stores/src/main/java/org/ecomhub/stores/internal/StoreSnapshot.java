package org.ecomhub.stores.internal;

import java.time.Instant;
import org.ecomhub.amazon.api.settings.StoreConfiguration;
import org.ecomhub.amazon.api.settings.StoreFacts;
import org.ecomhub.amazon.api.store.Store;

/** The immutable {@link Store} the registry publishes: facts, the last valid settings and where orders start. */
record StoreSnapshot(StoreFacts facts, StoreConfiguration configuration, Instant importFrom) implements Store {

    StoreSnapshot with(StoreConfiguration newConfiguration) {
        return new StoreSnapshot(facts, newConfiguration, importFrom);
    }

    StoreSnapshot with(StoreFacts newFacts) {
        return new StoreSnapshot(newFacts, configuration, importFrom);
    }

    StoreSnapshot withImportFrom(Instant from) {
        return new StoreSnapshot(facts, configuration, from);
    }
}
