package org.ecomhub.amazon.api.settings;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ecomhub.host.api.WarehouseKind;

/** A host whose data the test sets up with a few fields. */
final class FakeHost implements HostFacts {
    final Set<String> customers = new HashSet<>(Set.of("AMAZON"));
    final Map<String, WarehouseKind> warehouses = new HashMap<>(Map.of("MAIN", WarehouseKind.OWN,
            "FBA-UK", WarehouseKind.FBA));
    final Set<String> groups = new HashSet<>(Set.of("ONLINE"));
    final Set<String> tiers = new HashSet<>(Set.of("AMAZON-GBP"));
    final Set<String> taxCodes = new HashSet<>(Set.of("VAT20", "VAT5", "ZERO"));
    final Set<String> accounts = new HashSet<>(Set.of("4000"));
    boolean batchTracking;
    boolean serialisedProducts;

    @Override public boolean customerExists(String code) { return customers.contains(code); }
    @Override public Optional<WarehouseKind> warehouseKind(String code) { return Optional.ofNullable(warehouses.get(code)); }
    @Override public boolean salesOrderGroupExists(String name) { return groups.contains(name); }
    @Override public boolean sellPriceTierExists(String name) { return tiers.contains(name); }
    @Override public boolean taxCodeExists(String code) { return taxCodes.contains(code); }
    @Override public boolean salesAccountExists(String code) { return accounts.contains(code); }
    @Override public boolean batchTracking() { return batchTracking; }
    @Override public boolean serialisedProducts() { return serialisedProducts; }
}
