package org.ecomhub.stock.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecomhub.amazon.api.orders.OrderReserve;
import org.ecomhub.amazon.api.settings.FulfilmentChannel;
import org.ecomhub.amazon.api.settings.StoreConfiguration;
import org.ecomhub.amazon.api.settings.StoreFacts;
import org.ecomhub.amazon.api.spapi.ConnectionSettings;
import org.ecomhub.amazon.api.spapi.Marketplace;
import org.ecomhub.amazon.api.spapi.RefreshToken;
import org.ecomhub.amazon.api.spapi.Region;
import org.ecomhub.amazon.api.spapi.SellingPartnerClient;
import org.ecomhub.amazon.api.spapi.SellingPartnerClients;
import org.ecomhub.amazon.api.spapi.model.InventorySummary;
import org.ecomhub.amazon.api.stock.FbaStockLine;
import org.ecomhub.amazon.api.store.JobKind;
import org.ecomhub.amazon.api.store.JobRequest;
import org.ecomhub.amazon.api.store.JobResult;
import org.ecomhub.amazon.api.store.JobTarget;
import org.ecomhub.amazon.api.store.PollGroup;
import org.ecomhub.amazon.api.store.Store;
import org.ecomhub.host.api.WarehouseKind;
import org.ecomhub.spapi.testing.AmazonSandbox;
import org.ecomhub.testsupport.QuietProgress;
import org.ecomhub.testsupport.RecordingConnectionLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stock job as the scheduler runs it, with the orders bundle's reserve; and FBA-01. */
class JobsAndFbaTest {

    private static final PollGroup GROUP = new PollGroup(AmazonSandbox.SELLER, Region.EU);

    @TempDir
    Path dir;

    private AmazonSandbox amazon;
    private ReferenceHost host;
    private final FakeMappings mappings = new FakeMappings();
    private final RecordingConnectionLog log = new RecordingConnectionLog();

    @BeforeEach
    void setUp() throws Exception {
        amazon = new AmazonSandbox(10);
        host = new ReferenceHost(dir, amazon.clock);
        host.admin.addWarehouse("MAIN", "Main", WarehouseKind.OWN);
        host.admin.addWarehouse("FBA-UK", "Amazon UK", WarehouseKind.FBA);
        for (int i = 1; i <= 10; i++) {
            String sku = String.format("SIM-%04d", i);
            host.admin.addProduct(sku, "Product " + i, false, false);
            host.receive(sku, "MAIN", 20);
            mappings.map("UK1", Marketplace.UK, sku, sku, i % 5 == 0 ? FulfilmentChannel.FBA : FulfilmentChannel.FBM);
        }
    }

    @AfterEach
    void tearDown() {
        amazon.close();
    }

    private Store store(StoreConfiguration configuration) {
        StoreFacts facts = new StoreFacts(configuration.alias(), AmazonSandbox.SELLER, Marketplace.UK,
                Instant.parse("2026-01-01T00:00:00Z"), Optional.empty());
        return new Store() {
            @Override
            public StoreFacts facts() {
                return facts;
            }

            @Override
            public StoreConfiguration configuration() {
                return configuration;
            }

            @Override
            public Instant importFrom() {
                return facts.installedAt();
            }
        };
    }

    private SellingPartnerClients clients() {
        return new SellingPartnerClients() {
            @Override
            public SellingPartnerClient client(String sellerId, Region region, ConnectionSettings settings) {
                return amazon.client;
            }

            @Override
            public RefreshToken exchangeAuthorizationCode(ConnectionSettings settings, String code, URI redirectUri) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Test
    @DisplayName("STK-08 DATA-02: the scheduled job holds back the orders bundle's reserve; full=true sends all")
    void jobUsesOrderReserve() throws Exception {
        StockExportEngine exporter = new StockExportEngine(host.dataSource, mappings, host.catalog, host.inventory,
                host.events, log, amazon.clock, new ListingsSender());
        OrderReserve reserve = (seller, region) -> seller.equals(GROUP.sellerId()) && region == GROUP.region()
                ? Map.of("SIM-0002", new BigDecimal("4")) : Map.of();
        StockJobEngine engine = new StockJobEngine(exporter, clients(), reserve);
        ConnectionSettings connection = new ConnectionSettings("id", () -> "s", () -> "r", null, null, null, null);
        Store uk = store(Stores.store("UK1", Marketplace.UK, true, false, true, "MAIN"));

        JobResult first = engine.prepare(new JobRequest(JobKind.STOCK_EXPORT, JobTarget.group(GROUP), List.of(uk),
                Map.of(), connection)).run(new QuietProgress());
        assertEquals(JobResult.Status.DONE, first.status());
        assertEquals(8, first.count());
        assertTrue(amazon.listing(Marketplace.UK.id(), "SIM-0002").contains("\"quantity\":16"));
        assertTrue(amazon.listing(Marketplace.UK.id(), "SIM-0001").contains("\"quantity\":20"));

        JobResult scheduled = engine.prepare(new JobRequest(JobKind.STOCK_EXPORT, JobTarget.group(GROUP),
                List.of(uk), Map.of(), connection)).run(new QuietProgress());
        assertEquals(0, scheduled.count(), "nothing changed");

        JobResult full = engine.prepare(new JobRequest(JobKind.STOCK_EXPORT, JobTarget.group(GROUP), List.of(uk),
                Map.of(StockJobEngine.FULL, "true"), connection)).run(new QuietProgress());
        assertEquals(8, full.count(), "export now sends every mapped FBM SKU");
    }

    @Test
    @DisplayName("FBA-01: Amazon's fulfillable FBA units beside the host's FBA warehouse stock, with the difference")
    void fbaComparison() {
        host.receive("SIM-0005", "FBA-UK", 7);
        FbaStockService service = new FbaStockService(mappings, host.inventory);
        Map<String, Integer> onAmazon = new java.util.HashMap<>();
        for (InventorySummary s : amazon.client.getInventorySummaries(Marketplace.UK.id(), null)) {
            onAmazon.put(s.sellerSku(), s.fulfillableQuantity() == null ? 0 : s.fulfillableQuantity());
        }

        List<FbaStockLine> lines = service.compare(Stores.store("UK1", Marketplace.UK, true, false, true, "MAIN"),
                amazon.client);

        assertEquals(List.of("SIM-0005", "SIM-0010"), lines.stream().map(FbaStockLine::sellerSku).toList());
        FbaStockLine five = lines.get(0);
        assertEquals(onAmazon.get("SIM-0005").longValue(), five.amazonFulfillable());
        assertEquals(0, new BigDecimal("7").compareTo(five.hostFbaStock()));
        assertEquals(0, BigDecimal.valueOf(7 - onAmazon.get("SIM-0005")).compareTo(five.difference()));
        assertEquals("SIM-0005", five.hostProductCode());
        assertEquals(0, BigDecimal.ZERO.compareTo(lines.get(1).hostFbaStock()), "MAIN is not an FBA warehouse");
    }
}
