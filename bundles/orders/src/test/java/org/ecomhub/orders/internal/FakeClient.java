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

    @Override
    public void confirmShipment(String orderId, ShipmentConfirmation confirmation) {
        confirmations.add(Map.entry(orderId, confirmation));
    }
    @Override public String createReport(ReportRequest request) { throw new UnsupportedOperationException(); }
    @Override public Report getReport(String reportId) { throw new UnsupportedOperationException(); }
    @Override public Report awaitReport(String reportId, Duration expected) { throw new UnsupportedOperationException(); }
    @Override public String downloadReportDocument(String reportDocumentId) { throw new UnsupportedOperationException(); }
    @Override public List<OrderReportRow> parseOrdersReport(String tsv) { throw new UnsupportedOperationException(); }
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
