package org.ecomhub.stock.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ecomhub.amazon.api.products.ProductMapping;
import org.ecomhub.amazon.api.products.ProductMappings;
import org.ecomhub.amazon.api.settings.FulfilmentChannel;
import org.ecomhub.amazon.api.settings.StoreConfiguration;
import org.ecomhub.amazon.api.spapi.SellingPartnerClient;
import org.ecomhub.amazon.api.spapi.model.InventorySummary;
import org.ecomhub.amazon.api.stock.FbaStock;
import org.ecomhub.amazon.api.stock.FbaStockLine;
import org.ecomhub.host.api.Inventory;
import org.ecomhub.host.api.StockLevel;
import org.ecomhub.host.api.UnknownReferenceException;
import org.ecomhub.host.api.Warehouse;
import org.ecomhub.host.api.WarehouseKind;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** FBA-01: Amazon's fulfillable FBA units per SKU beside the host's FBA warehouse stock. */
@Component(service = FbaStock.class)
public class FbaStockService implements FbaStock {

    private final ProductMappings mappings;
    private final Inventory inventory;

    @Activate
    public FbaStockService(
            @Reference(name = "mappings", policyOption = ReferencePolicyOption.GREEDY) ProductMappings mappings,
            @Reference(name = "inventory", policyOption = ReferencePolicyOption.GREEDY) Inventory inventory) {
        this.mappings = mappings;
        this.inventory = inventory;
    }

    @Override
    public List<FbaStockLine> compare(StoreConfiguration store, SellingPartnerClient client) {
        Map<String, InventorySummary> amazon = new TreeMap<>();
        for (InventorySummary s : client.getInventorySummaries(store.store().marketplace().id(), null)) {
            if (s.sellerSku() != null) {
                amazon.put(s.sellerSku(), s);
            }
        }
        Map<String, ProductMapping> fbaMappings = new TreeMap<>();
        for (ProductMapping m : mappings.ofStore(store.alias())) {
            if (m.channel() == FulfilmentChannel.FBA || amazon.containsKey(m.sellerSku())) {
                fbaMappings.put(m.sellerSku(), m);
            }
        }
        List<String> fbaWarehouses = fbaWarehouses(store);
        TreeMap<String, Boolean> skus = new TreeMap<>();
        amazon.keySet().forEach(k -> skus.put(k, true));
        fbaMappings.keySet().forEach(k -> skus.put(k, true));
        List<FbaStockLine> lines = new ArrayList<>();
        for (String sku : skus.keySet()) {
            Optional<ProductMapping> mapping = Optional.ofNullable(fbaMappings.get(sku));
            InventorySummary summary = amazon.get(sku);
            long fulfillable = summary == null || summary.fulfillableQuantity() == null ? 0
                    : summary.fulfillableQuantity();
            String code = mapping.map(ProductMapping::hostProductCode).orElse("");
            BigDecimal host = code.isEmpty() ? BigDecimal.ZERO : hostStock(code, fbaWarehouses);
            String asin = summary != null && summary.asin() != null ? summary.asin()
                    : mapping.map(ProductMapping::asin).orElse("");
            lines.add(new FbaStockLine(sku, asin, code, fulfillable, host,
                    host.subtract(BigDecimal.valueOf(fulfillable))));
        }
        return lines;
    }

    /** The FBA warehouse the store's FBA orders use, or every FBA warehouse when it names none. */
    private List<String> fbaWarehouses(StoreConfiguration store) {
        List<String> fba = inventory.warehouses().stream().filter(w -> w.kind() == WarehouseKind.FBA)
                .map(Warehouse::code).toList();
        String chosen = store.fba().warehouse();
        return chosen != null && fba.contains(chosen) ? List.of(chosen) : fba;
    }

    /** On hand − allocated: what the host thinks Amazon can still ship. */
    private BigDecimal hostStock(String productCode, List<String> warehouses) {
        try {
            return inventory.stockLevels(productCode).stream().filter(l -> warehouses.contains(l.warehouseCode()))
                    .map(StockLevel::available).reduce(BigDecimal.ZERO, BigDecimal::add);
        } catch (UnknownReferenceException gone) {
            return BigDecimal.ZERO;
        }
    }
}
