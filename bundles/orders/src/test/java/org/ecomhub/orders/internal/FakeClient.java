package org.ecomhub.orders.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.ecomhub.amazon.api.spapi.Region;
import org.ecomhub.amazon.api.spapi.SellingPartnerClient;
import org.ecomhub.amazon.api.spapi.SpApiRejectedException;
import org.ecomhub.amazon.api.spapi.SpOperation;
import org.ecomhub.amazon.api.spapi.model.*;

/** Amazon's order state in memory: searchOrders filters as Amazon does; calls are counted. */
final class FakeClient implements SellingPartnerClient {
    final Map<String, Order> orders = new ConcurrentHashMap<>();
    final AtomicInteger searches = new AtomicInteger();
    final AtomicInteger gets = new AtomicInteger();
    final List<OrderSearch> searchLog = new ArrayList<>();
    /** Orders whose single-order reply Amazon sends broken: getOrder throws this for them. */
    final Map<String, RuntimeException> brokenReplies = new ConcurrentHashMap<>();

    void put(Order o) {
        orders.put(o.orderId(), o);
    }

    @Override
    public String sellerId() {
        return TestStore.SELLER;
    }

    @Override
    public Region region() {
        return Region.EU;
    }

    @Override
    public SellingPartnerClient forAccount(String account) {
        return this;
    }

    @Override
    public OrderPage searchOrders(OrderSearch search, String paginationToken) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void searchAllOrders(OrderSearch s, Consumer<OrderPage> pageConsumer) {
        searches.incrementAndGet();
        searchLog.add(s);
        List<Order> found = new ArrayList<>();
        for (Order o : orders.values()) {
            boolean market = s.marketplaceIds().isEmpty() || s.marketplaceIds().contains(o.marketplaceId());
            boolean time = s.lastUpdatedAfter() != null
                    ? !o.lastUpdatedTime().isBefore(s.lastUpdatedAfter())
                            && (s.lastUpdatedBefore() == null || o.lastUpdatedTime().isBefore(s.lastUpdatedBefore()))
                    : !o.createdTime().isBefore(s.createdAfter())
                            && (s.createdBefore() == null || o.createdTime().isBefore(s.createdBefore()));
            if (market && time) {
                found.add(s.buyerDetails() ? o : withoutBuyer(o));
            }
        }
        found.sort(Comparator.comparing(Order::orderId));
        pageConsumer.accept(new OrderPage(found, null));
    }

    @Override
    public Order getOrder(String orderId, boolean buyerDetails) {
        gets.incrementAndGet();
        if (brokenReplies.containsKey(orderId)) {
            throw brokenReplies.get(orderId);
        }
        Order o = orders.get(orderId);
        if (o == null) {
            throw new SpApiRejectedException("getOrder", 404, List.of(new SpApiRejectedException.SpApiError("NotFound", "Order not found", null)));
        }
        return buyerDetails ? o : withoutBuyer(o);
    }

    private static Order withoutBuyer(Order o) {
        return new Order(o.orderId(), o.sellerOrderId(), o.createdTime(), o.lastUpdatedTime(), o.marketplaceId(),
                o.channelName(), o.programs(), o.fulfillmentStatus(), o.fulfilledBy(), o.fulfillmentServiceLevel(),
                o.grandTotal(), o.proceeds(), null, null, o.items());
    }

    final List<Map.Entry<String, ShipmentConfirmation>> confirmations = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** How many of the next confirmShipment calls fail as Amazon being unavailable (503). */
    final java.util.concurrent.atomic.AtomicInteger confirmFailures = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public void confirmShipment(String orderId, ShipmentConfirmation confirmation) {
        if (confirmFailures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new org.ecomhub.amazon.api.spapi.SpApiTransientException("confirmShipment", 503, null,
                    "Service unavailable", null);
        }
        confirmations.add(Map.entry(orderId, confirmation));
    }
    final List<ReportRequest> reports = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** The orders report as Amazon builds it from the same orders (FACTS §12): a row per item, money per row. */
    @Override
    public String createReport(ReportRequest request) {
        reports.add(request);
        return "R" + reports.size();
    }

    @Override
    public Report getReport(String reportId) {
        return new Report(reportId, ReportRequest.ORDERS_BY_LAST_UPDATE, "DONE", null, null, null, null, null,
                "D" + reportId.substring(1));
    }

    @Override
    public Report awaitReport(String reportId, Duration expected) {
        return getReport(reportId);
    }

    @Override
    public String downloadReportDocument(String reportDocumentId) {
        return reportDocumentId;
    }

    @Override
    public List<OrderReportRow> parseOrdersReport(String documentId) {
        ReportRequest r = reports.get(Integer.parseInt(documentId.substring(1)) - 1);
        List<OrderReportRow> rows = new ArrayList<>();
        orders.values().stream().sorted(Comparator.comparing(Order::orderId))
                .filter(o -> r.marketplaceIds().contains(o.marketplaceId()))
                .filter(o -> !o.lastUpdatedTime().isBefore(r.dataStartTime()) && o.lastUpdatedTime().isBefore(r.dataEndTime()))
                .forEach(o -> rows.addAll(rows(o)));
        return rows;
    }

    private static List<OrderReportRow> rows(Order o) {
        List<OrderReportRow> rows = new ArrayList<>();
        Map<String, Integer> seen = new java.util.HashMap<>();
        String status = switch (o.fulfillmentStatus()) {
            case "UNSHIPPED" -> "Unshipped";
            case "PARTIALLY_SHIPPED" -> "PartiallyShipped";
            case "SHIPPED" -> "Shipped";
            case "CANCELLED" -> "Canceled";
            default -> "Pending";
        };
        for (OrderItem i : o.items()) {
            int n = seen.merge(i.sellerSku(), 1, Integer::sum);
            Map<String, java.math.BigDecimal> m = new java.util.HashMap<>();
            Map<String, java.math.BigDecimal> t = new java.util.HashMap<>();
            for (ProceedsBreakdown b : i.breakdowns()) {
                if (b.type().equals("TAX")) {
                    java.math.BigDecimal rest = b.subtotal().amount();
                    for (ProceedsBreakdown.Detail d : b.details()) {
                        t.merge(d.subtype(), d.value().amount(), java.math.BigDecimal::add);
                        rest = rest.subtract(d.value().amount());
                    }
                    t.merge("ITEM", rest, java.math.BigDecimal::add);
                } else {
                    m.merge(b.type(), b.subtotal().amount(), java.math.BigDecimal::add);
                }
            }
            String currency = i.breakdowns().isEmpty() ? "GBP" : i.breakdowns().get(0).subtotal().currencyCode();
            rows.add(new OrderReportRow(o.orderId(), null, o.createdTime(), o.lastUpdatedTime(), status,
                    "AMAZON".equals(o.fulfilledBy()) ? "Amazon" : "Merchant", "Amazon.co.uk",
                    o.fulfillmentServiceLevel(), i.title(), i.sellerSku(), i.asin(), status, i.quantityOrdered(),
                    currency, m.get("ITEM"), t.get("ITEM"), m.get("SHIPPING"), t.get("SHIPPING"), m.get("GIFT_WRAP"),
                    t.get("GIFT_WRAP"), m.get("DISCOUNT"), null, null, null, null, null, null, false, null, null, n));
        }
        return rows;
    }
    @Override public List<MerchantListingRow> parseMerchantListingsReport(String tsv) { throw new UnsupportedOperationException(); }
    @Override public FeedSubmission submitListingsFeed(List<String> marketplaceIds, List<ListingsFeedMessage> messages) { throw new UnsupportedOperationException(); }
    @Override public Feed getFeed(String feedId) { throw new UnsupportedOperationException(); }
    @Override public FeedResult awaitFeed(String feedId, Duration expected) { throw new UnsupportedOperationException(); }
    @Override public List<CatalogItem> getCatalogItems(String marketplaceId, String identifiersType, List<String> identifiers) { throw new UnsupportedOperationException(); }
    @Override public ListingsItem getListingsItem(String sku, String marketplaceId) { throw new UnsupportedOperationException(); }
    @Override public ListingsSubmission patchListingsItem(String sku, String marketplaceId, String productType, List<ListingsPatch> patches) { throw new UnsupportedOperationException(); }
    @Override public ListingsPage searchListingsItems(ListingsSearch search, String pageToken) { throw new UnsupportedOperationException(); }
    @Override public List<InventorySummary> getInventorySummaries(String marketplaceId, Instant since) { throw new UnsupportedOperationException(); }
    @Override public List<MarketplaceParticipation> getMarketplaceParticipations() { throw new UnsupportedOperationException(); }
    @Override public List<CallCount> callCounts() { return List.of(); }
    @Override public Duration estimate(Map<SpOperation, Integer> plannedCalls) { return Duration.ZERO; }
}
