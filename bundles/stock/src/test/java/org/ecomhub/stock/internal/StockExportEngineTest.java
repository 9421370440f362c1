package org.ecomhub.stock.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecomhub.amazon.api.log.FixAction;
import org.ecomhub.amazon.api.log.LogEvent;
import org.ecomhub.amazon.api.log.LogLevel;
import org.ecomhub.amazon.api.settings.FulfilmentChannel;
import org.ecomhub.amazon.api.settings.StoreConfiguration;
import org.ecomhub.amazon.api.spapi.Marketplace;
import org.ecomhub.amazon.api.spapi.Region;
import org.ecomhub.amazon.api.stock.StockExportRequest;
import org.ecomhub.amazon.api.stock.StockExportResult;
import org.ecomhub.amazon.api.store.PollGroup;
import org.ecomhub.host.api.WarehouseKind;
import org.ecomhub.spapi.testing.AmazonSandbox;
import org.ecomhub.testsupport.QuietProgress;
import org.ecomhub.testsupport.RecordingConnectionLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stock export against the SP-API simulator and the reference host. */
class StockExportEngineTest {

    private static final PollGroup GROUP = new PollGroup(AmazonSandbox.SELLER, Region.EU);
    private static final String UK = Marketplace.UK.id();

    @TempDir
    Path dir;

    private AmazonSandbox amazon;
    private ReferenceHost host;
    private final FakeMappings mappings = new FakeMappings();
    private final RecordingConnectionLog log = new RecordingConnectionLog();
    private StockExportEngine exporter;

    @BeforeEach
    void setUp() throws Exception {
        amazon = new AmazonSandbox(10); // SIM-0001..SIM-0010 in UK and DE; SIM-0005 and SIM-0010 are FBA
        host = new ReferenceHost(dir, amazon.clock);
        host.admin.addWarehouse("MAIN", "Main", WarehouseKind.OWN);
        host.admin.addWarehouse("SHOP", "Shop floor", WarehouseKind.OWN);
        host.admin.addWarehouse("FBA-UK", "Amazon UK", WarehouseKind.FBA);
        for (int i = 1; i <= 10; i++) {
            String sku = sku(i);
            host.admin.addProduct(sku, "Product " + i, false, false);
            host.receive(sku, "MAIN", 10 + i);
            mappings.map("UK1", Marketplace.UK, sku, sku, i % 5 == 0 ? FulfilmentChannel.FBA : FulfilmentChannel.FBM);
        }
        exporter = new StockExportEngine(host.dataSource, mappings, host.catalog, host.inventory, host.events, log,
                amazon.clock, new ListingsSender());
    }

    @AfterEach
    void tearDown() {
        amazon.close();
    }

    private static String sku(int i) {
        return String.format("SIM-%04d", i);
    }

    private static StoreConfiguration uk(String... warehouses) {
        return Stores.store("UK1", Marketplace.UK, true, false, true, warehouses);
    }

    private StockExportResult export(List<StoreConfiguration> stores, boolean full, Map<String, BigDecimal> reserve) {
        return exporter.export(new StockExportRequest(GROUP, stores, full, reserve), amazon.client,
                new QuietProgress());
    }

    private Integer amazonQuantity(String sku) throws Exception {
        return member(amazon.listing(UK, sku), "quantity");
    }

    private Integer amazonLeadTime(String sku) throws Exception {
        return member(amazon.listing(UK, sku), "leadTimeDays");
    }

    private static Integer member(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    @Test
    @DisplayName("DATA-02 STK-01 STK-02: export now sends every FBM SKU in one feed; FBA SKUs and lead times stay")
    void fullExportInOneFeed() throws Exception {
        host.receive("SIM-0001", "FBA-UK", 50); // FBA warehouse stock never counts

        StockExportResult result = export(List.of(uk("MAIN", "FBA-UK")), true, Map.of());

        assertEquals(8, result.sent());
        assertEquals(8, result.accepted());
        assertEquals(1, result.feedIds().size());
        assertEquals(1, amazon.calls("createFeed"));
        assertEquals(0, amazon.calls("patchListingsItem"));
        assertEquals(11, amazonQuantity("SIM-0001"));
        assertEquals(19, amazonQuantity("SIM-0009"));
        assertEquals(2, amazonLeadTime("SIM-0001"), "merge keeps the handling time (FACTS §8)");
        assertEquals(null, amazonQuantity("SIM-0005"), "FBA listing untouched");
    }

    @Test
    @DisplayName("STK-06: a scheduled run sends only what changed since the last accepted export, as single patches")
    void deltaSendsOnlyChanges() throws Exception {
        StoreConfiguration store = uk("MAIN", "SHOP");
        export(List.of(store), false, Map.of()); // first run: nothing accepted yet, so everything
        long feeds = amazon.calls("createFeed");

        assertEquals(0, export(List.of(store), false, Map.of()).sent(), "nothing changed");

        host.receive("SIM-0003", "SHOP", 4);
        StockExportResult result = export(List.of(store), false, Map.of());

        assertEquals(1, result.sent());
        assertEquals(1, result.accepted());
        assertEquals(feeds, amazon.calls("createFeed"), "a handful goes as single patches");
        assertEquals(1, amazon.calls("patchListingsItem"));
        assertEquals(13 + 4, amazonQuantity("SIM-0003"));
        assertEquals(2, amazonLeadTime("SIM-0003"));
    }

    @Test
    @DisplayName("STK-06: a stock change of a component re-sends the kits built from it")
    void componentChangeResendsKit() throws Exception {
        host.admin.addProduct("BOLT", "Bolt", false, false);
        host.kit("SIM-0004", Map.of("BOLT", BigDecimal.valueOf(2)));
        StoreConfiguration store = Stores.store("UK1", Marketplace.UK, true, true, true, "MAIN");
        export(List.of(store), false, Map.of());
        assertEquals(14, amazonQuantity("SIM-0004"));

        host.receive("BOLT", "MAIN", 7); // 3 more kits

        StockExportResult result = export(List.of(store), false, Map.of());
        assertEquals(1, result.sent());
        assertEquals(14 + 3, amazonQuantity("SIM-0004"));
    }

    @Test
    @DisplayName("STK-06: changed settings (warehouse toggles) recompute every SKU")
    void settingsChangeRecomputes() throws Exception {
        export(List.of(uk("MAIN")), false, Map.of());
        host.receive("SIM-0002", "SHOP", 5);
        host.receive("SIM-0007", "SHOP", 5);
        export(List.of(uk("MAIN")), false, Map.of()); // SHOP does not count: nothing to send
        assertEquals(12, amazonQuantity("SIM-0002"));

        StockExportResult result = export(List.of(uk("MAIN", "SHOP")), false, Map.of());

        assertEquals(2, result.sent());
        assertEquals(17, amazonQuantity("SIM-0002"));
        assertEquals(22, amazonQuantity("SIM-0007"));
    }

    @Test
    @DisplayName("STK-06: rejected SKUs are logged with the fix and sent again next time; the rest is accepted")
    void processingReportWithErrors() throws Exception {
        host.admin.addProduct("GHOST", "Not on Amazon", false, false);
        host.receive("GHOST", "MAIN", 3);
        mappings.map("UK1", Marketplace.UK, "GHOST-1", "GHOST", FulfilmentChannel.FBM);
        StoreConfiguration store = uk("MAIN");

        StockExportResult first = export(List.of(store), false, Map.of());

        assertEquals(9, first.sent());
        assertEquals(8, first.accepted());
        assertEquals(1, first.rejected());
        List<LogEvent> errors = log.at(LogLevel.ERROR);
        assertEquals(1, errors.size());
        assertEquals("GHOST-1", errors.get(0).amazonId());
        assertEquals(FixAction.FEED_MESSAGE_REJECTED, errors.get(0).fix());
        assertEquals("UK1", errors.get(0).store());
        assertEquals(11, amazonQuantity("SIM-0001"));

        StockExportResult second = export(List.of(store), false, Map.of());
        assertEquals(1, second.sent(), "only the rejected SKU is tried again");
        assertEquals(1, second.rejected());
    }

    @Test
    @DisplayName("STK-07: a SKU shared by two stores of a seller and region goes once, by the owner's warehouses")
    void sharedSkuExportedByOwner() throws Exception {
        host.receive("SIM-0001", "SHOP", 100);
        mappings.map("DE1", Marketplace.DE, "SIM-0001", "SIM-0001", FulfilmentChannel.FBM);
        StoreConfiguration owner = Stores.store("UK1", Marketplace.UK, true, false, true, "MAIN");
        StoreConfiguration other = Stores.store("DE1", Marketplace.DE, true, false, false, "SHOP");

        StockExportResult result = export(List.of(owner, other), true, Map.of());

        assertEquals(8, result.sent(), "SIM-0001 once");
        assertEquals(11, amazonQuantity("SIM-0001"), "the owner's warehouse MAIN, not DE1's SHOP");
        assertEquals(11, member(amazon.listing(Marketplace.DE.id(), "SIM-0001"), "quantity"),
                "one number per seller and region");
    }

    @Test
    @DisplayName("STK-07: when the owner's export is off, the other store does not export the shared SKU")
    void sharedSkuNotExportedWhenOwnerIsOff() throws Exception {
        Integer before = amazonQuantity("SIM-0001");
        mappings.map("DE1", Marketplace.DE, "SIM-0001", "SIM-0001", FulfilmentChannel.FBM);
        StoreConfiguration owner = Stores.store("UK1", Marketplace.UK, false, false, true, "MAIN");
        StoreConfiguration other = Stores.store("DE1", Marketplace.DE, true, false, false, "SHOP");

        StockExportResult result = export(List.of(owner, other), true, Map.of());

        assertEquals(0, result.sent());
        assertEquals(before, amazonQuantity("SIM-0001"));
    }

    @Test
    @DisplayName("STK-08: an order on Amazon exported before its import does not raise Amazon's quantity")
    void reserveHoldsBackUnimportedOrders() throws Exception {
        StoreConfiguration store = uk("MAIN");
        export(List.of(store), true, Map.of());
        assertEquals(11, amazonQuantity("SIM-0001"));
        // Amazon sells 3: it shows 8; the order is not imported yet, so the host still has 11
        amazon.patchQuantity(UK, "SIM-0001", 8);

        export(List.of(store), false, Map.of("SIM-0001", new BigDecimal("3")));

        assertEquals(8, amazonQuantity("SIM-0001"));
    }

    @Test
    @DisplayName("STK-01: a store with export off sends nothing")
    void exportOffSendsNothing() {
        StockExportResult result = export(List.of(Stores.store("UK1", Marketplace.UK, false, false, true, "MAIN")),
                true, Map.of());
        assertEquals(0, result.sent());
        assertFalse(amazon.calls("createFeed") > 0);
        assertTrue(log.events().isEmpty());
    }
}
