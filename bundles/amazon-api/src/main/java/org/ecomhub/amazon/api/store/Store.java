package org.ecomhub.amazon.api.store;

import java.time.Instant;
import org.ecomhub.amazon.api.settings.StoreConfiguration;
import org.ecomhub.amazon.api.settings.StoreFacts;
import org.ecomhub.amazon.api.spapi.Marketplace;
import org.ecomhub.amazon.api.spapi.Region;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One installed store whose settings are valid, registered as a service by {@code stores} with the service
 * properties below. The object is an immutable snapshot: a changed configuration registers a new {@code Store}
 * service with the new snapshot and then unregisters the old one, so whoever holds a {@code Store} (a job) keeps the
 * settings it started with (STORE-03).
 */
@ProviderType
public interface Store {

    /** Service property: the store's alias. */
    String ALIAS = "store.alias";
    /** Service property: the seller's merchant token. */
    String SELLER_ID = "store.seller.id";
    /** Service property: the primary marketplace id. */
    String MARKETPLACE = "store.marketplace";
    /** Service property: the region (NA, EU, FE). */
    String REGION = "store.region";
    /** Service property: Boolean, the store is ON (STORE-04). */
    String ENABLED = "store.enabled";

    /** Alias, seller id, marketplace, installation time and saved code mapping (STORE-01, PROD-03). */
    StoreFacts facts();

    /** The last valid settings of all six configurations. */
    StoreConfiguration configuration();

    /**
     * The time from which this store's orders import: its installation time, or the time an admin chose "start
     * from now" when turning it ON (STORE-04).
     */
    Instant importFrom();

    default String alias() {
        return facts().alias();
    }

    default String sellerId() {
        return facts().sellerId();
    }

    default Marketplace marketplace() {
        return facts().marketplace();
    }

    default Region region() {
        return facts().region();
    }

    default PollGroup pollGroup() {
        return new PollGroup(sellerId(), region());
    }

    default boolean enabled() {
        return configuration().store().enabled();
    }
}
