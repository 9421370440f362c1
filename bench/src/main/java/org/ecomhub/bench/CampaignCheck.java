package org.ecomhub.bench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecomhub.amazon.api.spapi.ConnectionSettings;
import org.ecomhub.amazon.api.spapi.Region;
import org.ecomhub.amazon.api.spapi.SellingPartnerClient;
import org.ecomhub.amazon.api.spapi.model.Order;
import org.ecomhub.amazon.api.spapi.model.OrderItem;
import org.ecomhub.amazon.api.spapi.model.OrderSearch;
import org.ecomhub.amazon.api.spapi.model.ProceedsBreakdown;
import org.ecomhub.host.api.ChargeLine;
import org.ecomhub.host.api.SalesOrder;
import org.ecomhub.host.api.SalesOrderLine;
import org.ecomhub.host.embedded.internal.EmbeddedSalesOrders;
import org.ecomhub.host.embedded.internal.HostDatabase;
import org.ecomhub.orders.internal.BenchHost;
import org.ecomhub.spapi.internal.SellingPartnerConnector;
import org.ecomhub.spapi.simulator.internal.SimulatorSettings;
import org.h2.jdbcx.JdbcDataSource;

/**
 * After the app stopped: Amazon's orders (searchOrders by order date per seller account, faults off) against the host
 * read through host-embedded's own classes on the app's database, the plugin's ledger and connection log, and what
 * "find missing orders" listed before the stop. Lost = an order Amazon shows as Unshipped / Partially shipped /
 * Shipped that is neither in the host nor recorded FAILED or SKIPPED; doubled = an Amazon order in more than one
 * host order, or a line reference twice. Totals (ORD-12): the host's lines and charges of an Amazon order (their
 * references start with its id, in an individual or a consolidated order) against Amazon's order total.
 */
final class CampaignCheck {
    record Result(int amazon, int eligible, int imported, int failed, int skipped, int lost, int doubled,
            int totalsChecked, int totalsMismatched, int totalsExcepted, int grandTotalDiffers,
            int consolidatedHostOrders, int consolidatedAmazonOrders, int linesNotOnce, int failedNotInLog,
            int failedNotFoundMissing, int foundMissing, List<String> examples, Map<String, String> ledger) {
        String summary() {
            return String.format("Amazon orders %d, eligible (Unshipped/Partially shipped/Shipped) %d: in the host"
                    + " exactly once %d, FAILED in the ledger %d, SKIPPED by settings %d, LOST %d, DOUBLED %d%n"
                    + "totals (ORD-12): %d checked to the cent, %d MISMATCHED, %d ORD-12 exceptions left out"
                    + " (grandTotal differs from the breakdowns in %d)%n"
                    + "consolidated (ORD-02): %d host orders holding %d Amazon orders; Amazon orders whose lines are"
                    + " not held exactly once: %d%n"
                    + "failed (ORD-11): %d FAILED, %d of them NOT in the connection log, %d NOT listed by find"
                    + " missing orders; find missing orders listed %d%s",
                    amazon, eligible, imported, failed, skipped, lost, doubled, totalsChecked, totalsMismatched,
                    totalsExcepted, grandTotalDiffers, consolidatedHostOrders, consolidatedAmazonOrders, linesNotOnce,
                    failed, failedNotInLog, failedNotFoundMissing, foundMissing,
                    examples.isEmpty() ? "" : "; e.g. " + examples);
        }

        /** The ledger state of an order; "absent" when the ledger does not hold it. */
        String ledgerState(String orderId) {
            return orderId == null ? null : ledger.getOrDefault(orderId, "absent");
        }

        boolean ok() {
            return eligible > 0 && lost == 0 && doubled == 0 && totalsMismatched == 0 && linesNotOnce == 0
                    && failedNotInLog == 0 && failedNotFoundMissing == 0;
        }
    }

    private static final Set<String> ELIGIBLE = Set.of("UNSHIPPED", "PARTIALLY_SHIPPED", "SHIPPED");
    /** ORD-12: the categories of Amazon's order total (TAX only where prices exclude tax). */
    private static final Set<String> TOTAL_TYPES = Set.of("ITEM", "SHIPPING", "GIFT_WRAP", "COD_FEE", "DISCOUNT",
            "OTHER");
    /** ORD-10: a consolidated order's reference, {@code <alias>-<FBM|FBA>-<currency>-<yyyy-MM-dd>[-n]}. */
    private static final Pattern CONSOLIDATED =
            Pattern.compile("[A-Z0-9]+-(FBM|FBA)-[A-Z]{3}-\\d{4}-\\d{2}-\\d{2}(-\\d+)?");
    private final Path dir;
    private final int simPort;
    private final SharedClock clock;
    private final Map<String, Order> amazonById = new HashMap<>();

    CampaignCheck(Path dir, int simPort, SharedClock clock) {
        this.dir = dir;
        this.simPort = simPort;
        this.clock = clock;
    }

    /**
     * @param foundMissing what "find missing orders" listed per store before the app stopped (null: it did not run)
     */
    Result check(Instant from, Map<String, List<String>> foundMissing) throws Exception {
        List<Order> amazon = amazonOrders(from);
        amazon.forEach(o -> amazonById.put(o.orderId(), o));
        JdbcDataSource ds = BenchHost.h2(dir.resolve("app/ecomhub-db/ecomhub"));
        EmbeddedSalesOrders sales = new EmbeddedSalesOrders(new HostDatabase(ds, clock));
        Map<String, Integer> hostOrdersPerAmazonOrder = new HashMap<>();
        Map<String, Integer> lineRefs = new HashMap<>();
        Map<String, org.ecomhub.host.api.Money> hostTotals = new HashMap<>();
        Set<String> inConsolidated = new HashSet<>();
        int consolidatedHostOrders = 0;
        String after = null;
        while (true) {
            List<SalesOrder> page = sales.orders(after, 500);
            for (SalesOrder o : page) {
                Set<String> ids = new HashSet<>();
                for (SalesOrderLine l : o.lines()) {
                    lineRefs.merge(l.externalReference(), 1, Integer::sum);
                    String id = amazonId(l.externalReference());
                    ids.add(id);
                    hostTotals.merge(id, l.total(), org.ecomhub.host.api.Money::plus);
                }
                for (ChargeLine c : o.charges()) {
                    hostTotals.merge(amazonId(c.externalReference()), c.total(), org.ecomhub.host.api.Money::plus);
                }
                boolean consolidated = CONSOLIDATED.matcher(o.externalReference()).matches();
                if (consolidated) {
                    consolidatedHostOrders++;
                    inConsolidated.addAll(ids);
                } else {
                    ids.add(o.externalReference());
                }
                ids.forEach(id -> hostOrdersPerAmazonOrder.merge(id, 1, Integer::sum));
            }
            if (page.size() < 500) {
                break;
            }
            after = page.get(page.size() - 1).orderNumber();
        }
        Map<String, String> ledger = new TreeMap<>();
        Set<String> inErrorLog = new HashSet<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT ORDER_ID, STATE FROM AMZ_ORDER_LEDGER")) {
                while (rs.next()) {
                    ledger.put(rs.getString(1), rs.getString(2));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT DISTINCT AMAZON_ID FROM ECOMHUB_CONNECTION_LOG"
                    + " WHERE LOG_LEVEL = 'ERROR' AND AMAZON_ID IS NOT NULL")) {
                while (rs.next()) {
                    inErrorLog.add(rs.getString(1));
                }
            }
        }
        Set<String> listedMissing = new HashSet<>();
        if (foundMissing != null) {
            foundMissing.values().forEach(listedMissing::addAll);
        }
        int eligible = 0;
        int imported = 0;
        int failed = 0;
        int skipped = 0;
        int lost = 0;
        int doubled = 0;
        int checked = 0;
        int mismatched = 0;
        int excepted = 0;
        int grandDiffers = 0;
        int linesNotOnce = 0;
        int failedNotInLog = 0;
        int failedNotListed = 0;
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
                String lines = linesHeldOnce(o, lineRefs);
                if (lines != null) {
                    linesNotOnce++;
                    example(examples, lines);
                }
                org.ecomhub.amazon.api.spapi.model.Money total = amazonTotal(o);
                if (o.items().stream().anyMatch(OrderItem::marketplaceFacilitatorTax)) {
                    excepted++; // TAX-06: Amazon collects that tax itself
                    continue;
                }
                checked++;
                org.ecomhub.host.api.Money host = hostTotals.get(o.orderId());
                if (host == null || host.amount().compareTo(total.amount()) != 0
                        || !host.currency().equals(total.currencyCode())) {
                    mismatched++;
                    example(examples, o.orderId() + " total: host " + host + ", Amazon " + total.amount() + " "
                            + total.currencyCode());
                }
                if (o.grandTotal() != null && o.grandTotal().amount().compareTo(total.amount()) != 0) {
                    grandDiffers++;
                }
            } else if ("FAILED".equals(state)) {
                failed++;
                if (!inErrorLog.contains(o.orderId())) {
                    failedNotInLog++;
                    example(examples, o.orderId() + " FAILED but no ERROR entry in the connection log");
                }
                if (!listedMissing.contains(o.orderId())) {
                    failedNotListed++;
                    example(examples, o.orderId() + " FAILED but not listed by find missing orders");
                }
            } else if ("SKIPPED".equals(state)) {
                skipped++;
            } else if (inHost == 0) {
                lost++;
                example(examples, o.orderId() + " " + o.fulfillmentStatus() + " ledger " + state);
            }
        }
        long doubledLines = lineRefs.values().stream().filter(n -> n > 1).count();
        doubled += (int) doubledLines;
        int consolidatedAmazonOrders = (int) inConsolidated.stream().filter(amazonById::containsKey).count();
        return new Result(amazon.size(), eligible, imported, failed, skipped, lost, doubled, checked, mismatched,
                excepted, grandDiffers, consolidatedHostOrders, consolidatedAmazonOrders, linesNotOnce,
                failedNotInLog, failedNotListed, listedMissing.size(), examples, ledger);
    }

    /** The Amazon order id of a host line's or charge's reference ({@code <order id>/<item id>[/<kind>]}). */
    private static String amazonId(String reference) {
        int slash = reference.indexOf('/');
        return slash < 0 ? reference : reference.substring(0, slash);
    }

    /** Null when every item of the order is one host line with its full quantity; otherwise what is wrong. */
    private static String linesHeldOnce(Order o, Map<String, Integer> lineRefs) {
        for (OrderItem i : o.items()) {
            int n = lineRefs.getOrDefault(o.orderId() + "/" + i.orderItemId(), 0);
            if (n != 1) {
                return o.orderId() + " item " + i.orderItemId() + " held by " + n + " host lines";
            }
        }
        long lines = lineRefs.keySet().stream().filter(r -> r.startsWith(o.orderId() + "/")).count();
        return lines == o.items().size() ? null : o.orderId() + " has " + lines + " host lines for "
                + o.items().size() + " items";
    }

    /** ORD-12: the items' ITEM, SHIPPING, GIFT_WRAP, COD_FEE, DISCOUNT and OTHER proceeds (EU: VAT inside). */
    static org.ecomhub.amazon.api.spapi.model.Money amazonTotal(Order o) {
        BigDecimal sum = BigDecimal.ZERO;
        String currency = o.grandTotal() == null ? null : o.grandTotal().currencyCode();
        for (OrderItem i : o.items()) {
            for (ProceedsBreakdown b : i.breakdowns()) {
                if (TOTAL_TYPES.contains(b.type()) && b.subtotal() != null) {
                    sum = sum.add(b.subtotal().amount());
                    currency = b.subtotal().currencyCode();
                }
            }
        }
        return new org.ecomhub.amazon.api.spapi.model.Money(sum, currency == null ? "?" : currency);
    }

    private static void example(List<String> examples, String text) {
        if (examples.size() < 10) {
            examples.add(text);
        }
    }

    /** Every order of every campaign seller created since {@code from}, each seller with its own token. */
    private List<Order> amazonOrders(Instant from) {
        SellingPartnerConnector connector = new SellingPartnerConnector(clock, d -> Thread.sleep(Math.max(1,
                (long) (d.toMillis() / clock.speed()))), () -> 0.5, Duration.ofSeconds(30));
        try {
            List<Order> out = new ArrayList<>();
            for (String seller : CampaignStore.sellers()) {
                String token = CampaignStore.ALL.stream().filter(s -> s.sellerId().equals(seller)).findFirst()
                        .orElseThrow().refreshToken();
                SellingPartnerClient client = connector.client(seller, Region.EU, new ConnectionSettings(
                        SimulatorSettings.DEFAULT_CLIENT_ID, () -> SimulatorSettings.DEFAULT_CLIENT_SECRET,
                        () -> token, java.net.URI.create("http://127.0.0.1:" + simPort),
                        java.net.URI.create("http://127.0.0.1:" + simPort + "/auth/o2/token"),
                        "ecomhub-campaign/1.0 (Language=Java/17)", null));
                client.searchAllOrders(OrderSearch.created(from, clock.instant().minus(Duration.ofMinutes(3)),
                        CampaignStore.marketplacesOf(seller), false), page -> out.addAll(page.orders()));
            }
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
