package org.ecomhub.stock.internal;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ecomhub.amazon.api.products.OrderedProduct;
import org.ecomhub.amazon.api.products.ProductListPage;
import org.ecomhub.amazon.api.products.ProductListQuery;
import org.ecomhub.amazon.api.products.ProductMapping;
import org.ecomhub.amazon.api.products.ProductMappings;
import org.ecomhub.amazon.api.settings.BuyerDetails;
import org.ecomhub.amazon.api.settings.FulfilmentChannel;
import org.ecomhub.amazon.api.settings.StockSettings;
import org.ecomhub.amazon.api.settings.StoreConfiguration;
import org.ecomhub.amazon.api.settings.StoreSettings;
import org.ecomhub.amazon.api.spapi.Marketplace;
import org.ecomhub.amazon.api.spapi.Region;
import org.ecomhub.amazon.api.stock.StockExportRequest;
import org.ecomhub.amazon.api.stock.StockExportResult;
import org.ecomhub.amazon.api.store.PollGroup;
import org.ecomhub.bench.Row;
import org.ecomhub.bench.Sandbox;
import org.ecomhub.host.api.HostEvents;
import org.ecomhub.host.api.IdempotencyKey;
import org.ecomhub.host.api.Inventory;
import org.ecomhub.host.api.ProductCatalog;
import org.ecomhub.host.api.StockLevel;
import org.ecomhub.host.api.Warehouse;
import org.ecomhub.host.api.WarehouseKind;
import org.ecomhub.orders.internal.BenchHost;
import org.ecomhub.orders.internal.QuietLog;
import org.ecomhub.testsupport.QuietProgress;

/** Stock push of {@code skus} changed FBM SKUs through the plugin's stock export (feeds) against the simulator. */
public final class StockBenchmark {

    public static Row run(Path work, int skus, double speed) throws Exception {
        int listings = skus * 5 / 4; // the simulator makes every fifth generated listing FBA
        try (Sandbox amazon = new Sandbox(speed, List.of(Marketplace.UK))) {
            amazon.simulator.generate(0, listings, java.time.Duration.ofHours(1));
            Map<String, List<ProductMapping>> mappings = new TreeMap<>();
            TreeMap<String, StockLevel> stock = new TreeMap<>();
            List<ProductMapping> uk = new ArrayList<>();
            for (int i = 1; i <= listings; i++) {
                String sku = String.format("SIM-%04d", i);
                FulfilmentChannel channel = i % 5 == 0 ? FulfilmentChannel.FBA : FulfilmentChannel.FBM;
                uk.add(new ProductMapping("UK1", sku, "", sku, Marketplace.UK, channel, 2));
                stock.put(sku, new StockLevel(sku, "MAIN", BigDecimal.valueOf(i % 97), BigDecimal.ZERO));
            }
            uk.sort(Comparator.comparing(ProductMapping::sellerSku));
            mappings.put("UK1", uk);
            StoreConfiguration d = StoreConfiguration.defaults(new StoreSettings("UK1", Marketplace.UK,
                    Sandbox.SELLER, true, BuyerDetails.NONE), true);
            StoreConfiguration store = new StoreConfiguration(d.store(), d.fbm(), d.fba(), d.products(), d.tax(),
                    new StockSettings("UK1", true, false, List.of("MAIN"), true));
            Path db = Files.createTempDirectory(work, "stock");
            StockExportEngine exporter = new StockExportEngine(BenchHost.h2(db.resolve("plugin")),
                    new Mappings(mappings), catalog(), inventory(stock), events(), new QuietLog(), amazon.clock,
                    new ListingsSender());
            amazon.mark();
            long t0 = System.nanoTime();
            StockExportResult r = exporter.export(new StockExportRequest(new PollGroup(Sandbox.SELLER, Region.EU),
                    List.of(store), true, Map.of()), amazon.client, new QuietProgress());
            double real = (System.nanoTime() - t0) / 1e9;
            Map<String, Long> calls = amazon.calls();
            long n = Sandbox.operationCalls(calls);
            double sim = amazon.span().toSeconds() / 60.0;
            return new Row("stock push " + skus + " SKUs", "plugin (JSON_LISTINGS_FEED)", speed, n, sim, real,
                    r.accepted() + " accepted, " + r.rejected() + " rejected, " + r.feedIds().size() + " feeds",
                    "-", r.accepted() == skus ? "all accepted" : "NOT ALL ACCEPTED", calls.toString(),
                    amazon.split());
        }
    }

    private record Mappings(Map<String, List<ProductMapping>> byStore) implements ProductMappings {
        @Override
        public Optional<ProductMapping> find(String storeAlias, String sellerSku) {
            return ofStore(storeAlias).stream().filter(m -> m.sellerSku().equals(sellerSku)).findFirst();
        }

        @Override
        public List<ProductMapping> ofStore(String storeAlias) {
            return byStore.getOrDefault(storeAlias, List.of());
        }

        @Override
        public ProductListPage list(ProductListQuery query) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ProductMapping resolveForOrder(StoreConfiguration store, OrderedProduct product, IdempotencyKey key) {
            throw new UnsupportedOperationException();
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
            case "stockLevels" -> stock.containsKey((String) args[0]) ? List.of(stock.get((String) args[0])) : List.of();
            default -> throw new UnsupportedOperationException(name);
        });
    }

    private static HostEvents events() {
        return proxy(HostEvents.class, (name, args) -> name.equals("latestSequence") ? 0L : List.of());
    }

    private interface Handler {
        Object handle(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Handler handler) {
        return (T) Proxy.newProxyInstance(StockBenchmark.class.getClassLoader(), new Class<?>[] {type},
                (p, m, args) -> handler.handle(m.getName(), args));
    }

}
