package org.ecomhub.stock.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.ecomhub.amazon.api.log.ConnectionLog;
import org.ecomhub.amazon.api.log.FixAction;
import org.ecomhub.amazon.api.log.LogCategory;
import org.ecomhub.amazon.api.log.LogEvent;
import org.ecomhub.amazon.api.products.ProductMappings;
import org.ecomhub.amazon.api.settings.StoreConfiguration;
import org.ecomhub.amazon.api.spapi.SellingPartnerClient;
import org.ecomhub.amazon.api.stock.StockExportRequest;
import org.ecomhub.amazon.api.stock.StockExportResult;
import org.ecomhub.amazon.api.stock.StockExporter;
import org.ecomhub.amazon.api.store.PollGroup;
import org.ecomhub.amazon.api.store.Progress;
import org.ecomhub.host.api.BillOfMaterials;
import org.ecomhub.host.api.EventStream;
import org.ecomhub.host.api.HostEvents;
import org.ecomhub.host.api.Inventory;
import org.ecomhub.host.api.ProductCatalog;
import org.ecomhub.host.api.StockChangeEvent;
import org.ecomhub.host.api.Warehouse;
import org.ecomhub.host.api.WarehouseKind;
import org.ecomhub.schema.SchemaMigrator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stock export of a seller and region (STK-01..08, DATA-02): which SKUs, which quantities, what to send, and
 * what Amazon accepted. Reads as: plan → read the host → compute → send → record.
 */
@Component(service = StockExporter.class)
public class StockExportEngine implements StockExporter {

    private static final Logger LOG = LoggerFactory.getLogger(StockExportEngine.class);
    private static final int EVENT_PAGE = 1000;

    private final StockTables tables;
    private final ProductMappings mappings;
    private final HostStockReader reader;
    private final Inventory inventory;
    private final HostEvents events;
    private final ConnectionLog log;
    private final Clock clock;
    private final ListingsSender sender;

    @Activate
    public StockExportEngine(
            @Reference(name = "dataSource", target = "(dataSourceName=ecomhub)",
                    policyOption = ReferencePolicyOption.GREEDY) DataSource dataSource,
            @Reference(name = "mappings", policyOption = ReferencePolicyOption.GREEDY) ProductMappings mappings,
            @Reference(name = "catalog", policyOption = ReferencePolicyOption.GREEDY) ProductCatalog catalog,
            @Reference(name = "inventory", policyOption = ReferencePolicyOption.GREEDY) Inventory inventory,
            @Reference(name = "events", policyOption = ReferencePolicyOption.GREEDY) HostEvents events,
            @Reference(name = "log", policyOption = ReferencePolicyOption.GREEDY) ConnectionLog log,
            @Reference(name = "clock", policyOption = ReferencePolicyOption.GREEDY) Clock clock) throws SQLException {
        this(dataSource, mappings, catalog, inventory, events, log, clock, new ListingsSender());
    }

    StockExportEngine(DataSource dataSource, ProductMappings mappings, ProductCatalog catalog, Inventory inventory,
            HostEvents events, ConnectionLog log, Clock clock, ListingsSender sender) throws SQLException {
        SchemaMigrator.migrate(dataSource, StockSchema.COMPONENT, StockSchema.MIGRATIONS);
        this.tables = new StockTables(dataSource);
        this.mappings = mappings;
        this.reader = new HostStockReader(catalog, inventory);
        this.inventory = inventory;
        this.events = events;
        this.log = log;
        this.clock = clock;
        this.sender = sender;
    }

    @Override
    public StockExportResult export(StockExportRequest request, SellingPartnerClient client, Progress progress) {
        PollGroup group = request.group();
        Map<String, ExportLine> lines = SkuOwnership.exportedLines(request.stores(), mappings::ofStore);
        if (lines.isEmpty()) {
            return new StockExportResult(0, 0, 0, 0, List.of());
        }
        String settingsKey = settingsDigest(request.stores());
        Optional<StockTables.Cursor> cursor = tables.cursor(group);
        // read before the stock: a change committed after this is seen by the next run
        long latest = events.latestSequence(EventStream.STOCK_CHANGES);
        boolean everything = request.full() || cursor.isEmpty() || !cursor.get().settingsKey().equals(settingsKey);
        Map<String, Long> accepted = tables.accepted(group);
        Set<String> retries = tables.retries(group);
        boolean assemble = request.stores().stream().anyMatch(s -> s.stock().includeCanAssemble());
        Map<String, BillOfMaterials> bills = assemble ? reader.bills() : Map.of();
        BillIndex billIndex = new BillIndex(bills);

        long nextCursor = latest;
        Collection<ExportLine> candidates;
        if (everything) {
            candidates = lines.values();
        } else {
            long[] read = {cursor.get().eventCursor()};
            Set<String> changed = changedProducts(read);
            nextCursor = Math.max(read[0], cursor.get().eventCursor());
            Set<String> affected = billIndex.withAssembliesUsing(changed);
            candidates = lines.values().stream().filter(l -> affected.contains(l.hostProductCode())
                    || retries.contains(l.sku()) || request.reserve().containsKey(l.sku())
                    || !accepted.containsKey(l.sku())).toList();
        }
        progress.report(candidates.size() + " of " + lines.size() + " SKUs to compute");
        progress.checkpoint();

        Map<String, Warehouse> warehouses = inventory.warehouses().stream()
                .collect(Collectors.toMap(Warehouse::code, w -> w));
        Set<String> products = candidates.stream().map(ExportLine::hostProductCode).collect(Collectors.toSet());
        StockSnapshot picture = reader.snapshot(billIndex.withComponents(products),
                allOwnWarehouses(request.stores(), warehouses), bills);

        List<QuantityUpdate> updates = new ArrayList<>();
        for (ExportLine line : candidates) {
            long quantity = Availability.quantity(line.hostProductCode(), picture,
                    ownWarehouses(line.store(), warehouses), line.store().stock().includeCanAssemble(),
                    reserve(request, line.sku()));
            Long last = accepted.get(line.sku());
            if (request.full() || last == null || last != quantity || retries.contains(line.sku())) {
                updates.add(new QuantityUpdate(line.sku(), quantity, line.store().store().marketplace().id()));
            }
        }
        progress.report(updates.size() + " quantities to send");
        progress.checkpoint();

        SendOutcome outcome = sender.send(updates, marketplaces(request.stores()), client, progress);
        record(group, lines, outcome, new StockTables.Cursor(nextCursor, settingsKey));
        StockExportResult result = new StockExportResult(candidates.size(), updates.size(),
                outcome.accepted().size(), outcome.rejected().size(), outcome.feedIds());
        LOG.info("Stock export {}: {}", group, result.summary());
        return result;
    }

    private void record(PollGroup group, Map<String, ExportLine> lines, SendOutcome outcome,
            StockTables.Cursor cursor) {
        tables.record(group, outcome.accepted(), outcome.rejected().keySet(), cursor, clock.instant());
        outcome.rejected().forEach((sku, why) -> {
            ExportLine line = lines.get(sku);
            log.append(LogEvent.error(LogCategory.STOCK, "Amazon rejected the quantity of SKU " + sku + ": " + why,
                    FixAction.FEED_MESSAGE_REJECTED).withStore(line.store().alias()).withAmazonId(sku)
                    .withHostId(line.hostProductCode()));
        });
        if (!outcome.accepted().isEmpty()) {
            Map<String, Long> perStore = new HashMap<>();
            outcome.accepted().keySet().forEach(sku -> perStore.merge(lines.get(sku).store().alias(), 1L, Long::sum));
            perStore.forEach((alias, count) -> log.append(LogEvent.info(LogCategory.STOCK, "Stock exported: "
                    + count + " quantities accepted by Amazon" + (outcome.feedIds().isEmpty() ? ""
                    : " (feed " + String.join(", ", outcome.feedIds()) + ")")).withStore(alias)));
        }
    }

    /** The products whose stock changed after the cursor; {@code cursor[0]} ends at the last event read. */
    private Set<String> changedProducts(long[] cursor) {
        Set<String> changed = new HashSet<>();
        while (true) {
            List<StockChangeEvent> page = events.stockChangesSince(cursor[0], EVENT_PAGE);
            for (StockChangeEvent e : page) {
                changed.add(e.productCode());
                cursor[0] = Math.max(cursor[0], e.sequence());
            }
            if (page.size() < EVENT_PAGE) {
                return changed;
            }
        }
    }

    /** STK-02/04: the store's chosen warehouses that are the seller's own. */
    private static List<String> ownWarehouses(StoreConfiguration store, Map<String, Warehouse> warehouses) {
        return store.stock().warehouses().stream()
                .filter(code -> warehouses.containsKey(code) && warehouses.get(code).kind() == WarehouseKind.OWN)
                .toList();
    }

    private static Set<String> allOwnWarehouses(List<StoreConfiguration> stores, Map<String, Warehouse> warehouses) {
        Set<String> out = new TreeSet<>();
        stores.forEach(s -> out.addAll(ownWarehouses(s, warehouses)));
        return out;
    }

    private static List<String> marketplaces(List<StoreConfiguration> stores) {
        return stores.stream().filter(s -> s.stock().export()).map(s -> s.store().marketplace().id()).distinct()
                .sorted().toList();
    }

    /** STK-08 in whole units: part of a unit held is a unit not to offer. */
    private static long reserve(StockExportRequest request, String sku) {
        BigDecimal units = request.reserve().get(sku);
        return units == null ? 0 : units.max(BigDecimal.ZERO).setScale(0, RoundingMode.CEILING).longValue();
    }

    /** What decides the quantities besides the host's stock: a change means every SKU is computed again. */
    static String settingsKey(List<StoreConfiguration> stores) {
        return stores.stream().sorted(java.util.Comparator.comparing(StoreConfiguration::alias))
                .map(s -> s.alias() + ":" + s.stock().export() + ":" + s.stock().includeCanAssemble() + ":"
                        + s.stock().ownsSharedStock() + ":" + new TreeSet<>(s.stock().warehouses()))
                .collect(Collectors.joining(";"));
    }

    /** The settings key as a fixed-length digest, so any number of stores and warehouses fits its column. */
    static String settingsDigest(List<StoreConfiguration> stores) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(settingsKey(stores).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
