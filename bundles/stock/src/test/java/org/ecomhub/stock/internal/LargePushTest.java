package org.ecomhub.stock.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ecomhub.amazon.api.settings.FulfilmentChannel;
import org.ecomhub.amazon.api.spapi.Marketplace;
import org.ecomhub.amazon.api.spapi.Region;
import org.ecomhub.amazon.api.stock.StockExportRequest;
import org.ecomhub.amazon.api.stock.StockExportResult;
import org.ecomhub.amazon.api.store.PollGroup;
import org.ecomhub.host.api.HostEvents;
import org.ecomhub.host.api.Inventory;
import org.ecomhub.host.api.ProductCatalog;
import org.ecomhub.host.api.StockLevel;
import org.ecomhub.host.api.Warehouse;
import org.ecomhub.host.api.WarehouseKind;
import org.ecomhub.spapi.simulator.internal.SimulatorSettings;
import org.ecomhub.spapi.testing.AmazonSandbox;
import org.ecomhub.testsupport.QuietProgress;
import org.ecomhub.testsupport.RecordingConnectionLog;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The 50,000-SKU push against the simulator with Amazon's usage plans and feeds that take 5 simulated
 * minutes: checked here as behaviour (calls and simulated time stay within the goal); bench/ reports the figures.
 */
class LargePushTest {

    private static final int FBM_SKUS = 50_000;

    @TempDir
    Path dir;

    @Test
    @DisplayName("STK-06 DATA-02: 50,000 SKUs go in two feeds, within 20 calls and 10 simulated minutes")
    void fiftyThousandSkus() throws Exception {
        SimulatorSettings settings = SimulatorSettings.defaults()
                .withTimes(Duration.ofHours(1), Duration.ZERO, Duration.ofMinutes(5), Duration.ZERO,
                        Duration.ofMinutes(5));
        settings = new SimulatorSettings(settings.host(), settings.port(), settings.seed(), settings.clientId(),
                settings.clientSecret(), settings.applicationId(), settings.sellerId(), settings.refreshToken(),
                settings.redirectUri(), settings.accessTokenLife(), settings.rateMultiplier(), settings.indexLag(),
                settings.reportDelay(), settings.reportLag(), settings.feedDelay(), List.of(Marketplace.UK.id()));
        int listings = FBM_SKUS * 5 / 4; // every fifth generated listing is FBA
        try (AmazonSandbox amazon = new AmazonSandbox(settings, listings)) {
            FakeMappings mappings = new FakeMappings();
            TreeMap<String, StockLevel> stock = new TreeMap<>();
            for (int i = 1; i <= listings; i++) {
                String sku = String.format("SIM-%04d", i);
                boolean fba = i % 5 == 0;
                mappings.map("UK1", Marketplace.UK, sku, sku, fba ? FulfilmentChannel.FBA : FulfilmentChannel.FBM);
                stock.put(sku, new StockLevel(sku, "MAIN", BigDecimal.valueOf(i % 97), BigDecimal.ZERO));
            }
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";DB_CLOSE_DELAY=-1");
            ds.setUser("sa");
            StockExportEngine exporter = new StockExportEngine(ds, mappings, catalog(), inventory(stock), events(),
                    new RecordingConnectionLog(), amazon.clock, new ListingsSender());
            Map<String, Long> before = amazon.simulator.counters();
            Instant start = amazon.clock.instant();

            StockExportResult result = exporter.export(new StockExportRequest(new PollGroup(AmazonSandbox.SELLER,
                    Region.EU), List.of(Stores.store("UK1", Marketplace.UK, true, false, true, "MAIN")), true,
                    Map.of()), amazon.client, new QuietProgress());

            Duration simulated = Duration.between(start, amazon.clock.instant());
            long calls = amazon.simulator.counters().entrySet().stream()
                    .filter(e -> !e.getKey().equals("lwa"))
                    .mapToLong(e -> e.getValue() - before.getOrDefault(e.getKey(), 0L)).sum();
            assertEquals(FBM_SKUS, result.accepted());
            assertEquals(2, result.feedIds().size());
            assertTrue(calls <= 20, "calls " + amazon.simulator.counters());
            assertTrue(simulated.compareTo(Duration.ofMinutes(10)) <= 0, "simulated " + simulated);
            LoggerFactory.getLogger(LargePushTest.class).info("50,000-SKU push: {} calls, {} simulated seconds; {}",
                    calls, simulated.toSeconds(), amazon.simulator.counters());
        }
    }

    private static ProductCatalog catalog() {
        return proxy(ProductCatalog.class, (name, args) -> name.equals("billsOfMaterials") ? List.of() : null);
    }

    private static Inventory inventory(TreeMap<String, StockLevel> stock) {
        return proxy(Inventory.class, (name, args) -> switch (name) {
            case "warehouses" -> List.of(new Warehouse("MAIN", "Main", WarehouseKind.OWN));
            case "stockLevelsIn" -> {
                String after = (String) args[1];
                int limit = (Integer) args[2];
                List<StockLevel> page = new ArrayList<>();
                for (StockLevel l : (after == null ? stock : stock.tailMap(after, false)).values()) {
                    if (page.size() == limit) {
                        break;
                    }
                    page.add(l);
                }
                yield page;
            }
            default -> throw new UnsupportedOperationException(name);
        });
    }

    private static HostEvents events() {
        return proxy(HostEvents.class, (name, args) -> name.equals("latestSequence") ? 0L : List.of());
    }

    interface Handler {
        Object handle(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Handler handler) {
        return (T) Proxy.newProxyInstance(LargePushTest.class.getClassLoader(), new Class<?>[] {type},
                (p, m, args) -> handler.handle(m.getName(), args));
    }
}
