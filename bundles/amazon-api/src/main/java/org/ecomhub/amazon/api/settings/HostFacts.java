package org.ecomhub.amazon.api.settings;

import java.util.Optional;
import org.ecomhub.host.api.WarehouseKind;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * What the validator needs to know of the host to judge settings that name host data. The {@code stores} bundle
 * answers it from the host SPI; tests answer it from a map.
 */
@ConsumerType
public interface HostFacts {

    boolean customerExists(String code);

    /** The kind of the warehouse with this code, empty if the host has no such warehouse. */
    Optional<WarehouseKind> warehouseKind(String code);

    boolean salesOrderGroupExists(String name);

    boolean sellPriceTierExists(String name);

    boolean taxCodeExists(String code);

    boolean salesAccountExists(String code);

    /** Company setting: batch tracking is switched on. */
    boolean batchTracking();

    /** Company setting: serialised products are switched on. */
    boolean serialisedProducts();
}
