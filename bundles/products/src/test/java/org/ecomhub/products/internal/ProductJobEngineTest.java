package org.ecomhub.products.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecomhub.amazon.api.settings.ProductSettings;
import org.ecomhub.amazon.api.settings.StoreConfiguration;
import org.ecomhub.amazon.api.settings.StoreFacts;
import org.ecomhub.amazon.api.spapi.ConnectionSettings;
import org.ecomhub.amazon.api.spapi.Marketplace;
import org.ecomhub.amazon.api.spapi.RefreshToken;
import org.ecomhub.amazon.api.spapi.Region;
import org.ecomhub.amazon.api.spapi.SellingPartnerClient;
import org.ecomhub.amazon.api.spapi.SellingPartnerClients;
import org.ecomhub.amazon.api.store.JobKind;
import org.ecomhub.amazon.api.store.JobRequest;
import org.ecomhub.amazon.api.store.JobResult;
import org.ecomhub.amazon.api.store.JobTarget;
import org.ecomhub.amazon.api.store.PollGroup;
import org.ecomhub.amazon.api.store.Store;
import org.ecomhub.spapi.testing.AmazonSandbox;
import org.ecomhub.testsupport.QuietProgress;
import org.ecomhub.testsupport.RecordingConnectionLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Product import and lead time as the scheduler runs them. */
class ProductJobEngineTest {

    private static final PollGroup GROUP = new PollGroup(AmazonSandbox.SELLER, Region.EU);
    private static final ConnectionSettings CONNECTION =
            new ConnectionSettings("id", () -> "s", () -> "r", null, null, null, null);

    @TempDir
    Path dir;

    private AmazonSandbox amazon;
    private ReferenceHost host;
    private ProductJobEngine engine;
    private Store store;

    @BeforeEach
    void setUp() throws Exception {
        amazon = new AmazonSandbox(6);
        host = new ReferenceHost(dir);
        ProductImporter importer = new ProductImporter(host.dataSource, host.catalog, new RecordingConnectionLog());
        engine = new ProductJobEngine(importer, new SellingPartnerClients() {
            @Override
            public SellingPartnerClient client(String sellerId, Region region, ConnectionSettings settings) {
                return amazon.client;
            }

            @Override
            public RefreshToken exchangeAuthorizationCode(ConnectionSettings s, String code, URI redirectUri) {
                throw new UnsupportedOperationException();
            }
        });
        StoreConfiguration configuration = ReferenceHost.store("UK1", Marketplace.UK,
                ProductSettings.defaults("UK1"));
        StoreFacts facts = new StoreFacts("UK1", AmazonSandbox.SELLER, Marketplace.UK, Instant.EPOCH, Optional.empty());
        store = new Store() {
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
                return Instant.EPOCH;
            }
        };
    }

    @AfterEach
    void tearDown() {
        amazon.close();
    }

    private JobResult run(JobKind kind, List<Store> stores, Map<String, String> arguments) throws Exception {
        return engine.prepare(new JobRequest(kind, JobTarget.store("UK1", GROUP), stores, arguments, CONNECTION))
                .run(new QuietProgress());
    }

    @Test
    @DisplayName("DATA-01 LIST-03: the import job maps every listing; the lead-time job changes one on Amazon")
    void importThenLeadTime() throws Exception {
        JobResult imported = run(JobKind.PRODUCT_IMPORT, List.of(store), Map.of());
        assertEquals(JobResult.Status.DONE, imported.status());
        assertEquals(6, imported.count());
        assertTrue(imported.message().contains("6 products created"), imported.message());

        JobResult lead = run(JobKind.LEAD_TIME, List.of(store), Map.of("sku", "SIM-0002", "days", "0"));
        assertEquals(JobResult.Status.DONE, lead.status(), lead.message());
        assertTrue(amazon.listing(Marketplace.UK.id(), "SIM-0002").contains("\"leadTimeDays\":0"));
    }

    @Test
    @DisplayName("LIST-03: a lead-time job with bad days fails with the reason; a store that is OFF runs nothing")
    void refusals() throws Exception {
        run(JobKind.PRODUCT_IMPORT, List.of(store), Map.of());
        JobResult bad = run(JobKind.LEAD_TIME, List.of(store), Map.of("sku", "SIM-0002", "days", "45"));
        assertEquals(JobResult.Status.FAILED, bad.status());
        assertTrue(bad.message().contains("0 to 30"), bad.message());

        assertEquals(JobResult.Status.STORE_OFF, run(JobKind.PRODUCT_IMPORT, List.of(), Map.of()).status());
    }
}
