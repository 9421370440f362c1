package org.ecomhub.spapi.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import okhttp3.HttpUrl;

import org.ecomhub.amazon.api.spapi.Region;
import org.ecomhub.amazon.api.spapi.SellingPartnerClient;
import org.ecomhub.amazon.api.spapi.SpApiMalformedResponseException;
import org.ecomhub.amazon.api.spapi.SpApiRejectedException;
import org.ecomhub.amazon.api.spapi.SpApiTransientException;
import org.ecomhub.amazon.api.spapi.SpOperation;
import org.ecomhub.amazon.api.spapi.model.CallCount;
import org.ecomhub.amazon.api.spapi.model.CatalogItem;
import org.ecomhub.amazon.api.spapi.model.Feed;
import org.ecomhub.amazon.api.spapi.model.FeedResult;
import org.ecomhub.amazon.api.spapi.model.FeedSubmission;
import org.ecomhub.amazon.api.spapi.model.InventorySummary;
import org.ecomhub.amazon.api.spapi.model.ListingsFeedMessage;
import org.ecomhub.amazon.api.spapi.model.ListingsItem;
import org.ecomhub.amazon.api.spapi.model.ListingsPage;
import org.ecomhub.amazon.api.spapi.model.ListingsPatch;
import org.ecomhub.amazon.api.spapi.model.ListingsSearch;
import org.ecomhub.amazon.api.spapi.model.ListingsSubmission;
import org.ecomhub.amazon.api.spapi.model.MarketplaceParticipation;
import org.ecomhub.amazon.api.spapi.model.MerchantListingRow;
import org.ecomhub.amazon.api.spapi.model.Order;
import org.ecomhub.amazon.api.spapi.model.OrderPage;
import org.ecomhub.amazon.api.spapi.model.OrderReportRow;
import org.ecomhub.amazon.api.spapi.model.OrderSearch;
import org.ecomhub.amazon.api.spapi.model.Report;
import org.ecomhub.amazon.api.spapi.model.ReportRequest;
import org.ecomhub.amazon.api.spapi.model.ShipmentConfirmation;

/** {@link SellingPartnerClient} over a shared {@link SellerChannel}, counting calls under one account label. */
final class DefaultSellingPartnerClient implements SellingPartnerClient {
    /** Datasets every order call asks for (FACTS §7). */
    static final String ORDER_DATA = "FULFILLMENT,PROCEEDS,PROMOTION,CANCELLATION,TAX";
    /** Added when buyer details are wanted (ORD-09). */
    static final String BUYER_DATA = "BUYER,RECIPIENT";
    static final int MAX_FEED_MESSAGES = 25_000;
    static final String JSON_CONTENT_TYPE = "application/json; charset=UTF-8";

    private final SellerChannel channel;
    private final String account;

    DefaultSellingPartnerClient(SellerChannel channel, String account) {
        this.channel = channel;
        this.account = account;
    }

    @Override
    public String sellerId() {
        return channel.sellerId();
    }

    @Override
    public Region region() {
        return channel.region();
    }

    @Override
    public SellingPartnerClient forAccount(String newAccount) {
        return new DefaultSellingPartnerClient(channel, newAccount);
    }

    // ---- orders

    @Override
    public OrderPage searchOrders(OrderSearch search, String paginationToken) {
        HttpUrl.Builder url = channel.url("/orders/2026-01-01/orders");
        query(url, "lastUpdatedAfter", search.lastUpdatedAfter());
        query(url, "lastUpdatedBefore", search.lastUpdatedBefore());
        query(url, "createdAfter", search.createdAfter());
        query(url, "createdBefore", search.createdBefore());
        csv(url, "marketplaceIds", search.marketplaceIds());
        csv(url, "fulfillmentStatuses", new ArrayList<>(new java.util.TreeSet<>(search.fulfillmentStatuses())));
        if (search.fulfilledBy() != null) {
            url.addQueryParameter("fulfilledBy", search.fulfilledBy());
        }
        url.addQueryParameter("maxResultsPerPage", Integer.toString(search.maxResultsPerPage()));
        url.addQueryParameter("includedData", includedData(search.buyerDetails()));
        if (paginationToken != null) {
            url.addQueryParameter("paginationToken", paginationToken);
        }
        return channel.call(SpOperation.SEARCH_ORDERS, account, "GET", url.build(), null, body -> {
            if (!body.path("orders").isArray()) {
                throw new SpApiMalformedResponseException("searchOrders", "searchOrders reply lacks orders", null);
            }
            List<Order> orders = JsonReaders.list(body.get("orders"), JsonReaders::order);
            return new OrderPage(orders, JsonReaders.text(body.path("pagination"), "nextToken"));
        });
    }

    @Override
    public void searchAllOrders(OrderSearch search, Consumer<OrderPage> pageConsumer) {
        String token = null;
        do {
            OrderPage page = searchOrders(search, token);
            pageConsumer.accept(page);
            token = page.nextToken();
        } while (token != null);
    }

    @Override
    public Order getOrder(String orderId, boolean buyerDetails) {
        HttpUrl url = channel.url("/orders/2026-01-01/orders").addPathSegment(orderId)
                .addQueryParameter("includedData", includedData(buyerDetails)).build();
        return channel.call(SpOperation.GET_ORDER, account, "GET", url, null, body -> {
            if (!body.path("order").isObject()) {
                throw new SpApiMalformedResponseException("getOrder", "getOrder reply lacks order", null);
            }
            return JsonReaders.order(body.get("order"));
        });
    }

    @Override
    public void confirmShipment(String orderId, ShipmentConfirmation c) {
        ObjectNode body = channel.json().createObjectNode();
        body.put("marketplaceId", c.marketplaceId());
        ObjectNode pkg = body.putObject("packageDetail");
        pkg.put("packageReferenceId", c.packageReferenceId());
        pkg.put("carrierCode", c.carrierCode());
        if (c.carrierName() != null) {
            pkg.put("carrierName", c.carrierName());
        }
        if (c.shippingMethod() != null) {
            pkg.put("shippingMethod", c.shippingMethod());
        }
        pkg.put("trackingNumber", c.trackingNumber());
        pkg.put("shipDate", DateTimeFormatter.ISO_INSTANT.format(c.shipDate()));
        ArrayNode items = pkg.putArray("orderItems");
        for (ShipmentConfirmation.Line line : c.lines()) {
            items.addObject().put("orderItemId", line.orderItemId()).put("quantity", line.quantity());
        }
        HttpUrl url = channel.url("/orders/v0/orders").addPathSegment(orderId)
                .addPathSegment("shipmentConfirmation").build();
        channel.call(SpOperation.CONFIRM_SHIPMENT, account, "POST", url, body, reply -> Boolean.TRUE);
    }

    // ---- reports

    @Override
    public String createReport(ReportRequest request) {
        ObjectNode body = channel.json().createObjectNode();
        body.put("reportType", request.reportType());
        ArrayNode ids = body.putArray("marketplaceIds");
        request.marketplaceIds().forEach(ids::add);
        if (request.dataStartTime() != null) {
            body.put("dataStartTime", DateTimeFormatter.ISO_INSTANT.format(request.dataStartTime()));
        }
        if (request.dataEndTime() != null) {
            body.put("dataEndTime", DateTimeFormatter.ISO_INSTANT.format(request.dataEndTime()));
        }
        if (!request.reportOptions().isEmpty()) {
            ObjectNode options = body.putObject("reportOptions");
            request.reportOptions().forEach(options::put);
        }
        return channel.call(SpOperation.CREATE_REPORT, account, "POST", channel.url("/reports/2021-06-30/reports").build(),
                body, reply -> JsonReaders.required(reply, "reportId", "createReport"));
    }

    @Override
    public Report getReport(String reportId) {
        HttpUrl url = channel.url("/reports/2021-06-30/reports").addPathSegment(reportId).build();
        return channel.call(SpOperation.GET_REPORT, account, "GET", url, null, JsonReaders::report);
    }

    @Override
    public Report awaitReport(String reportId, Duration expected) {
        Instant started = channel.clock().instant();
        Duration wait = channel.polling().firstWait("report", expected);
        for (int n = 0;; n++) {
            pause(wait);
            Report report = getReport(reportId);
            if (report.finished()) {
                channel.polling().learn("report", took(report.createdTime(), report.processingEndTime(), started));
                return report;
            }
            if (Duration.between(started, channel.clock().instant()).compareTo(StatusPolling.GIVE_UP) > 0) {
                throw new SpApiTransientException("getReport", 0, Duration.ofMinutes(30),
                        "report " + reportId + " still " + report.processingStatus() + " after "
                                + StatusPolling.GIVE_UP.toHours() + " h", null);
            }
            wait = StatusPolling.nextWait(n);
        }
    }

    @Override
    public String downloadReportDocument(String reportDocumentId) {
        HttpUrl url = channel.url("/reports/2021-06-30/documents").addPathSegment(reportDocumentId).build();
        JsonNode doc = channel.call(SpOperation.GET_REPORT_DOCUMENT, account, "GET", url, null, body -> {
            JsonReaders.required(body, "url", "getReportDocument");
            return body;
        });
        return fetchDocument(doc);
    }

    @Override
    public List<OrderReportRow> parseOrdersReport(String tsv) {
        return ReportParsers.ordersReport(tsv);
    }

    @Override
    public List<MerchantListingRow> parseMerchantListingsReport(String tsv) {
        return ReportParsers.merchantListingsReport(tsv);
    }

    // ---- feeds

    @Override
    public FeedSubmission submitListingsFeed(List<String> marketplaceIds, List<ListingsFeedMessage> messages) {
        if (messages.isEmpty() || messages.size() > MAX_FEED_MESSAGES) {
            throw new IllegalArgumentException("a listings feed carries 1.." + MAX_FEED_MESSAGES + " messages");
        }
        byte[] content = feedDocument(messages);
        ObjectNode docRequest = channel.json().createObjectNode().put("contentType", JSON_CONTENT_TYPE);
        JsonNode doc = channel.call(SpOperation.CREATE_FEED_DOCUMENT, account, "POST",
                channel.url("/feeds/2021-06-30/documents").build(), docRequest, body -> {
                    JsonReaders.required(body, "feedDocumentId", "createFeedDocument");
                    JsonReaders.required(body, "url", "createFeedDocument");
                    return body;
                });
        String documentId = doc.get("feedDocumentId").asText();
        channel.upload(account, doc.get("url").asText(), JSON_CONTENT_TYPE, content);
        ObjectNode feed = channel.json().createObjectNode();
        feed.put("feedType", "JSON_LISTINGS_FEED");
        ArrayNode ids = feed.putArray("marketplaceIds");
        marketplaceIds.forEach(ids::add);
        feed.put("inputFeedDocumentId", documentId);
        String feedId = channel.call(SpOperation.CREATE_FEED, account, "POST",
                channel.url("/feeds/2021-06-30/feeds").build(), feed,
                body -> JsonReaders.required(body, "feedId", "createFeed"));
        return new FeedSubmission(feedId, documentId, messages.size(), channel.clock().instant());
    }

    private byte[] feedDocument(List<ListingsFeedMessage> messages) {
        ObjectNode root = channel.json().createObjectNode();
        root.putObject("header").put("sellerId", channel.sellerId()).put("version", "2.0").put("issueLocale", "en_US");
        ArrayNode list = root.putArray("messages");
        int id = 1;
        for (ListingsFeedMessage m : messages) {
            ObjectNode msg = list.addObject();
            msg.put("messageId", id++);
            msg.put("sku", m.sku());
            msg.put("operationType", "PATCH");
            msg.put("productType", m.productType());
            msg.set("patches", patches(m.patches()));
        }
        try {
            return channel.json().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write feed document", e);
        }
    }

    private ArrayNode patches(List<ListingsPatch> patches) {
        ArrayNode out = channel.json().createArrayNode();
        for (ListingsPatch p : patches) {
            ObjectNode n = out.addObject().put("op", p.op()).put("path", p.path());
            if (p.value() != null) {
                n.set("value", channel.json().valueToTree(p.value()));
            }
        }
        return out;
    }

    @Override
    public Feed getFeed(String feedId) {
        HttpUrl url = channel.url("/feeds/2021-06-30/feeds").addPathSegment(feedId).build();
        return channel.call(SpOperation.GET_FEED, account, "GET", url, null, JsonReaders::feed);
    }

    @Override
    public FeedResult awaitFeed(String feedId, Duration expected) {
        Instant started = channel.clock().instant();
        Duration wait = channel.polling().firstWait("feed", expected);
        for (int n = 0;; n++) {
            pause(wait);
            Feed feed = getFeed(feedId);
            if (feed.finished()) {
                channel.polling().learn("feed", took(feed.createdTime(), feed.processingEndTime(), started));
                if (feed.resultFeedDocumentId() == null) {
                    return new FeedResult(feed, null);
                }
                HttpUrl url = channel.url("/feeds/2021-06-30/documents").addPathSegment(feed.resultFeedDocumentId())
                        .build();
                JsonNode doc = channel.call(SpOperation.GET_FEED_DOCUMENT, account, "GET", url, null, body -> {
                    JsonReaders.required(body, "url", "getFeedDocument");
                    return body;
                });
                String report = fetchDocument(doc);
                try {
                    return new FeedResult(feed, JsonReaders.processingReport(channel.json().readTree(report)));
                } catch (IOException e) {
                    throw new SpApiMalformedResponseException("getFeedDocument", "processing report is not JSON", e);
                }
            }
            if (Duration.between(started, channel.clock().instant()).compareTo(StatusPolling.GIVE_UP) > 0) {
                throw new SpApiTransientException("getFeed", 0, Duration.ofMinutes(30), "feed " + feedId
                        + " still " + feed.processingStatus() + " after " + StatusPolling.GIVE_UP.toHours() + " h", null);
            }
            wait = StatusPolling.nextWait(n);
        }
    }

    /** Amazon's own processing time when it says so, else how long we waited. */
    private Duration took(Instant created, Instant ended, Instant waitStarted) {
        if (created != null && ended != null && !ended.isBefore(created)) {
            return Duration.between(created, ended);
        }
        return Duration.between(waitStarted, channel.clock().instant());
    }

    private String fetchDocument(JsonNode doc) {
        byte[] bytes = channel.download(account, doc.get("url").asText());
        if ("GZIP".equalsIgnoreCase(JsonReaders.text(doc, "compressionAlgorithm"))) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new SpApiMalformedResponseException("document", "document is not valid GZIP", e);
            }
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    // ---- catalog, listings, FBA, sellers

    @Override
    public List<CatalogItem> getCatalogItems(String marketplaceId, String identifiersType, List<String> identifiers) {
        List<CatalogItem> out = new ArrayList<>();
        for (int from = 0; from < identifiers.size(); from += 20) {
            List<String> chunk = identifiers.subList(from, Math.min(identifiers.size(), from + 20));
            HttpUrl.Builder url = channel.url("/catalog/2022-04-01/items");
            csv(url, "identifiers", chunk);
            url.addQueryParameter("identifiersType", identifiersType);
            url.addQueryParameter("marketplaceIds", marketplaceId);
            url.addQueryParameter("includedData", "summaries,identifiers,productTypes");
            url.addQueryParameter("pageSize", "20");
            if ("SKU".equals(identifiersType)) {
                url.addQueryParameter("sellerId", channel.sellerId());
            }
            out.addAll(channel.call(SpOperation.SEARCH_CATALOG_ITEMS, account, "GET", url.build(), null,
                    body -> JsonReaders.list(body.path("items"), i -> JsonReaders.catalogItem(i, marketplaceId))));
        }
        return out;
    }

    @Override
    public ListingsItem getListingsItem(String sku, String marketplaceId) {
        HttpUrl url = channel.url("/listings/2021-08-01/items").addPathSegment(channel.sellerId()).addPathSegment(sku)
                .addQueryParameter("marketplaceIds", marketplaceId)
                .addQueryParameter("includedData", "summaries,offers,fulfillmentAvailability,issues").build();
        try {
            return channel.call(SpOperation.GET_LISTINGS_ITEM, account, "GET", url, null, JsonReaders::listingsItem);
        } catch (SpApiRejectedException e) {
            if (e.status() == 404) {
                return null;
            }
            throw e;
        }
    }

    @Override
    public ListingsSubmission patchListingsItem(String sku, String marketplaceId, String productType,
            List<ListingsPatch> patches) {
        ObjectNode body = channel.json().createObjectNode();
        body.put("productType", productType == null ? "PRODUCT" : productType);
        body.set("patches", patches(patches));
        HttpUrl url = channel.url("/listings/2021-08-01/items").addPathSegment(channel.sellerId()).addPathSegment(sku)
                .addQueryParameter("marketplaceIds", marketplaceId).build();
        return channel.call(SpOperation.PATCH_LISTINGS_ITEM, account, "PATCH", url, body, JsonReaders::submission);
    }

    @Override
    public ListingsPage searchListingsItems(ListingsSearch search, String pageToken) {
        HttpUrl.Builder url = channel.url("/listings/2021-08-01/items").addPathSegment(channel.sellerId());
        url.addQueryParameter("marketplaceIds", search.marketplaceId());
        if (!search.identifiers().isEmpty()) {
            csv(url, "identifiers", search.identifiers());
            url.addQueryParameter("identifiersType", search.identifiersType());
        }
        url.addQueryParameter("includedData", "summaries,offers,fulfillmentAvailability");
        url.addQueryParameter("pageSize", Integer.toString(search.pageSize()));
        if (pageToken != null) {
            url.addQueryParameter("pageToken", pageToken);
        }
        return channel.call(SpOperation.SEARCH_LISTINGS_ITEMS, account, "GET", url.build(), null,
                body -> new ListingsPage(body.path("numberOfResults").asInt(0),
                        JsonReaders.list(body.path("items"), JsonReaders::listingsItem),
                        JsonReaders.text(body.path("pagination"), "nextToken")));
    }

    @Override
    public List<InventorySummary> getInventorySummaries(String marketplaceId, Instant since) {
        List<InventorySummary> out = new ArrayList<>();
        String token = null;
        do {
            HttpUrl.Builder url = channel.url("/fba/inventory/v1/summaries")
                    .addQueryParameter("details", "true")
                    .addQueryParameter("granularityType", "Marketplace")
                    .addQueryParameter("granularityId", marketplaceId)
                    .addQueryParameter("marketplaceIds", marketplaceId);
            query(url, "startDateTime", since);
            if (token != null) {
                url.addQueryParameter("nextToken", token); // expires 30 s after issue: page at once
            }
            JsonNode body = channel.call(SpOperation.GET_INVENTORY_SUMMARIES, account, "GET", url.build(), null, b -> b);
            out.addAll(JsonReaders.list(body.path("payload").path("inventorySummaries"), JsonReaders::inventory));
            token = JsonReaders.text(body.path("pagination"), "nextToken");
        } while (token != null);
        return out;
    }

    @Override
    public List<MarketplaceParticipation> getMarketplaceParticipations() {
        return channel.call(SpOperation.GET_MARKETPLACE_PARTICIPATIONS, account, "GET",
                channel.url("/sellers/v1/marketplaceParticipations").build(), null,
                body -> JsonReaders.list(body.path("payload"), JsonReaders::participation));
    }

    // ---- accounting

    @Override
    public List<CallCount> callCounts() {
        return channel.ledger().snapshot();
    }

    @Override
    public Duration estimate(Map<SpOperation, Integer> plannedCalls) {
        Duration longest = Duration.ZERO;
        for (Map.Entry<SpOperation, Integer> e : new LinkedHashMap<>(plannedCalls).entrySet()) {
            Duration d = channel.bucket(e.getKey()).timeFor(e.getValue());
            if (d.compareTo(longest) > 0) {
                longest = d;
            }
        }
        return longest;
    }

    // ---- helpers

    private static String includedData(boolean buyerDetails) {
        return buyerDetails ? ORDER_DATA + "," + BUYER_DATA : ORDER_DATA;
    }

    private static void query(HttpUrl.Builder url, String name, Instant value) {
        if (value != null) {
            url.addQueryParameter(name, DateTimeFormatter.ISO_INSTANT.format(value));
        }
    }

    private static void csv(HttpUrl.Builder url, String name, List<String> values) {
        if (!values.isEmpty()) {
            url.addQueryParameter(name, String.join(",", values));
        }
    }

    private void pause(Duration d) {
        try {
            channel.sleeper().sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SpApiTransientException("poll", 0, Duration.ZERO, "waiting interrupted", e);
        }
    }
}
