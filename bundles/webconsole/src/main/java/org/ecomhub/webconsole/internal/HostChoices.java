package org.ecomhub.webconsole.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.ecomhub.host.api.Inventory;
import org.ecomhub.host.api.ProductCatalog;
import org.ecomhub.host.api.ReferenceData;
import org.ecomhub.host.api.WarehouseKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host's reference data the Configuration tab offers in drop-downs (warehouses, price tiers, sales order groups,
 * sales accounts, tax codes), code to "code - name". Empty when the host service is missing or fails: the tab then
 * shows a text field, and the validators still check what is typed. Customers are not listed: their names may be
 * buyers' (SEC-01).
 */
final class HostChoices {

    private static final Logger LOG = LoggerFactory.getLogger(HostChoices.class);

    /** Which list a setting chooses from. */
    enum Kind { NONE, OWN_WAREHOUSE, FBA_WAREHOUSE, SELL_PRICE_TIER, SALES_ORDER_GROUP, SALES_ACCOUNT, TAX_CODE }

    static final HostChoices NONE = new HostChoices(null, null, null);

    private final Inventory inventory;
    private final ProductCatalog catalog;
    private final ReferenceData reference;

    HostChoices(Inventory inventory, ProductCatalog catalog, ReferenceData reference) {
        this.inventory = inventory;
        this.catalog = catalog;
        this.reference = reference;
    }

    Map<String, String> choices(Kind kind) {
        return switch (kind) {
            case NONE -> Map.of();
            case OWN_WAREHOUSE, FBA_WAREHOUSE -> read(inventory, () -> {
                WarehouseKind wanted = kind == Kind.OWN_WAREHOUSE ? WarehouseKind.OWN : WarehouseKind.FBA;
                Map<String, String> map = new LinkedHashMap<>();
                inventory.warehouses().stream().filter(w -> w.kind() == wanted)
                        .forEach(w -> map.put(w.code(), w.code() + " - " + w.name()));
                return map;
            });
            case SELL_PRICE_TIER -> read(catalog, () -> map(catalog.sellPriceTiers().stream()
                    .map(t -> new String[] {t.code(), t.code() + " - " + t.name() + " (" + t.currency() + ")"}).toList()));
            case SALES_ORDER_GROUP -> read(reference, () -> map(reference.salesOrderGroups().stream()
                    .map(g -> new String[] {g.code(), g.code() + " - " + g.name()}).toList()));
            case SALES_ACCOUNT -> read(reference, () -> map(reference.salesAccounts().stream()
                    .map(a -> new String[] {a.code(), a.code() + " - " + a.name()}).toList()));
            case TAX_CODE -> read(reference, () -> map(reference.taxCodes().stream()
                    .map(c -> new String[] {c.code(), c.code()}).toList()));
        };
    }

    private static Map<String, String> map(List<String[]> pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        pairs.forEach(p -> map.put(p[0], p[1]));
        return map;
    }

    private static Map<String, String> read(Object service, Supplier<Map<String, String>> reader) {
        if (service == null) {
            return Map.of();
        }
        try {
            return reader.get();
        } catch (RuntimeException e) {
            LOG.warn("The host's reference data could not be read for the Configuration tab: {}", e.toString());
            return Map.of();
        }
    }
}
