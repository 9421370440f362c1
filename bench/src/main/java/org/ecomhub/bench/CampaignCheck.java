package org.ecomhub.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecomhub.amazon.api.spapi.ConnectionSettings;
import org.ecomhub.amazon.api.spapi.Marketplace;
import org.ecomhub.amazon.api.spapi.Region;
import org.ecomhub.amazon.api.spapi.SellingPartnerClient;
import org.ecomhub.amazon.api.spapi.model.Order;
import org.ecomhub.amazon.api.spapi.model.OrderSearch;
import org.ecomhub.host.api.SalesOrder;
import org.ecomhub.host.api.SalesOrderLine;
import org.ecomhub.host.embedded.internal.EmbeddedSalesOrders;
import org.ecomhub.host.embedded.internal.HostDatabase;
import org.ecomhub.orders.internal.BenchHost;
import org.ecomhub.spapi.internal.SellingPartnerConnector;
import org.ecomhub.spapi.simulator.internal.SimulatorSettings;
import org.h2.jdbcx.JdbcDataSource;

/**
 * After the app stopped: Amazon's orders (searchOrders by order date, faults off) against the host read through
 * host-embedded's own classes on the app's database, and the plugin's ledger. Lost = an order Amazon shows as
 * Unshipped / Partially shipped / Shipped that is neither in the host nor recorded FAILED or SKIPPED; doubled = an
 * Amazon order in more than one host order, or a line reference twice.
 */
final class CampaignCheck {
    record Result(int amazon, int eligible, int imported, int failed, int skipped, int lost, int doubled,
            List<String> examples) {
        String summary() {
            return String.format("Amazon orders %d, eligible (Unshipped/Partially shipped/Shipped) %d: in the host"
                    + " exactly once %d, FAILED in the ledger %d, SKIPPED by settings %d, LOST %d, DOUBLED %d%s",
                    amazon, eligible, imported, failed, skipped, lost, doubled,
                    examples.isEmpty() ? "" : "; e.g. " + examples);
        }
    }

    private static final Set<String> ELIGIBLE = Set.of("UNSHIPPED", "PARTIALLY_SHIPPED", "SHIPPED");
    private final Path dir;
    private final int simPort;
    private final SharedClock clock;

    CampaignCheck(Path dir, int simPort, SharedClock clock) {
        this.dir = dir;
        this.simPort = simPort;
        this.clock = clock;
    }

    Result check(Instant from) throws Exception {
        List<Order> amazon = amazonOrders(from);
        JdbcDataSource ds = BenchHost.h2(dir.resolve("app/ecomhub-db/ecomhub"));
        EmbeddedSalesOrders sales = new EmbeddedSalesOrders(new HostDatabase(ds, clock));
        Map<String, Integer> hostOrdersPerAmazonOrder = new HashMap<>();
        Map<String, Integer> lineRefs = new HashMap<>();
        String after = null;
        while (true) {
            List<SalesOrder> page = sales.orders(after, 500);
            for (SalesOrder o : page) {
                java.util.Set<String> ids = new java.util.HashSet<>();
                for (SalesOrderLine l : o.lines()) {
                    lineRefs.merge(l.externalReference(), 1, Integer::sum);
                    ids.add(l.externalReference().split("/")[0]);
                }
                ids.add(o.externalReference());
                ids.forEach(id -> hostOrdersPerAmazonOrder.merge(id, 1, Integer::sum));
            }
            if (page.size() < 500) {
                break;
            }
            after = page.get(page.size() - 1).orderNumber();
        }
        Map<String, String> ledger = new TreeMap<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT ORDER_ID, STATE FROM AMZ_ORDER_LEDGER")) {
            while (rs.next()) {
                ledger.put(rs.getString(1), rs.getString(2));
            }
        }
        int eligible = 0;
        int imported = 0;
        int failed = 0;
        int skipped = 0;
        int lost = 0;
        int doubled = 0;
        List<String> examples = new ArrayList<>();
        for (Order o : amazon) {
            int inHost = hostOrdersPerAmazonOrder.getOrDefault(o.orderId(), 0);
            if (inHost > 1) {
                doubled++;
                examples.add(o.orderId() + " in " + inHost + " host orders");
            }
            if (!ELIGIBLE.contains(o.fulfillmentStatus())) {
                continue;
            }
            eligible++;
            String state = ledger.get(o.orderId());
            if (inHost == 1) {
                imported++;
            } else if ("FAILED".equals(state)) {
                failed++;
            } else if ("SKIPPED".equals(state)) {
                skipped++;
            } else if (inHost == 0) {
                lost++;
                if (examples.size() < 10) {
                    examples.add(o.orderId() + " " + o.fulfillmentStatus() + " ledger " + state);
                }
            }
        }
        long doubledLines = lineRefs.values().stream().filter(n -> n > 1).count();
        doubled += (int) doubledLines;
        return new Result(amazon.size(), eligible, imported, failed, skipped, lost, doubled, examples);
    }

    private List<Order> amazonOrders(Instant from) {
        SellingPartnerConnector connector = new SellingPartnerConnector(clock, d -> Thread.sleep(Math.max(1,
                (long) (d.toMillis() / clock.speed()))), () -> 0.5, Duration.ofSeconds(30));
        try {
            SellingPartnerClient client = connector.client(SimulatorSettings.DEFAULT_SELLER_ID, Region.EU,
                    new ConnectionSettings(SimulatorSettings.DEFAULT_CLIENT_ID,
                            () -> SimulatorSettings.DEFAULT_CLIENT_SECRET, () -> SimulatorSettings.DEFAULT_REFRESH_TOKEN,
                            java.net.URI.create("http://127.0.0.1:" + simPort),
                            java.net.URI.create("http://127.0.0.1:" + simPort + "/auth/o2/token"),
                            "ecomhub-campaign/1.0 (Language=Java/17)", null));
            List<Order> out = new ArrayList<>();
            client.searchAllOrders(OrderSearch.created(from, clock.instant().minus(Duration.ofMinutes(3)),
                    List.of(Marketplace.UK.id(), Marketplace.DE.id(), Marketplace.FR.id()), false),
                    page -> out.addAll(page.orders()));
            return out;
        } finally {
            connector.close();
        }
    }

    /** "n ACTIVE at version" for org.ecomhub.orders in the Web Console's bundles.json. */
    static String ordersBundles(String bundlesJson) {
        if (bundlesJson == null) {
            return "unknown (console did not answer)";
        }
        Matcher m = Pattern.compile("\\{[^{}]*\"symbolicName\":\"org\\.ecomhub\\.orders\"[^{}]*\\}")
                .matcher(bundlesJson);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            String b = m.group();
            Matcher v = Pattern.compile("\"version\":\"([^\"]*)\"").matcher(b);
            Matcher s = Pattern.compile("\"state\":\"([^\"]*)\"").matcher(b);
            found.add((s.find() ? s.group(1) : "?") + "@" + (v.find() ? v.group(1) : "?"));
        }
        long active = found.stream().filter(f -> f.startsWith("Active@")).count();
        if (found.size() == 1 && active == 1) {
            return "1 ACTIVE at " + found.get(0).substring("Active@".length());
        }
        return found.toString();
    }
}
