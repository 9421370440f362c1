package org.ecomhub.stores.internal;

import org.ecomhub.amazon.api.store.Store;

/** Publishes one {@link Store} service per valid store; a list in unit tests. */
interface StorePublisher {

    /** Registers the store, or replaces the snapshot of its registration. */
    void publish(Store store);

    void unpublish(String alias);
}
