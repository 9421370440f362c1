package org.ecomhub.amazon.api.store;

import java.time.Instant;
import java.util.OptionalLong;
import org.ecomhub.amazon.api.spapi.ConnectionSettings;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The STORE-04 estimate hook: the orders engine registers this service to say how many orders a store would import
 * when turned ON. Without it, {@link StoreAdmin#previewEnable} gives no estimate.
 */
@ConsumerType
public interface EnableEstimator {

    /**
     * About how many orders the store has had since {@code from}; empty if it cannot tell now. May call Amazon with
     * {@code connection}, the store's poll group's settings (given by the caller, so the estimator needs no service
     * of the stores bundle: a reference back would be a service cycle).
     */
    OptionalLong estimateOrders(Store store, Instant from, ConnectionSettings connection);
}
