package org.ecomhub.spapi.simulator.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

/**
 * Feeds 2021-06-30 for JSON_LISTINGS_FEED: feed documents behind presigned URLs (5 minutes), createFeed with the
 * per-region limit of 5 listings feeds in 5 minutes, processing after {@code feedDelay} with a processing report
 * (per-message errors for unknown SKUs and bad patches; FATAL over 25,000 messages or unreadable JSON).
 */
final class FeedsApi {
    static final int MAX_MESSAGES = 25_000;
    static final int LISTINGS_FEEDS_PER_WINDOW = 5;
    private final SpApiSimulator sim;

    FeedsApi(SpApiSimulator sim) {
        this.sim = sim;
    }

    static String documentUrl(SpApiSimulator sim, SimState.Document d) {
        return sim.baseUri() + "/_documents/" + d.id + "?X-Amz-Expires=" + d.urlExpires.getEpochSecond()
                + "&X-Amz-Signature=sim";
    }

    void createDocument(Exchange ex, SpApiSimulator.Caller caller) throws IOException {
        ex.allowOnly();
        String contentType = OrdersApi.text(ex.json(), "contentType");
        if (contentType == null) {
            throw ApiError.invalid("contentType is required");
        }
        SimState.Document d = new SimState.Document();
        d.id = "amzn1.tortuga.4.sim." + sim.state.nextId("f");
        d.contentType = contentType;
        d.upload = true;
        d.urlExpires = sim.clock.instant().plus(ReportsApi.URL_LIFE);
        sim.state.documents.put(d.id, d);
        ex.sendJson(201, Exchange.JSON.createObjectNode().put("feedDocumentId", d.id).put("url", documentUrl(sim, d)));
    }

    void create(Exchange ex, SpApiSimulator.Caller caller) throws IOException {
        ex.allowOnly();
        JsonNode body = ex.json();
        String type = OrdersApi.text(body, "feedType");
        String input = OrdersApi.text(body, "inputFeedDocumentId");
        JsonNode ids = body.path("marketplaceIds");
        if (type == null || input == null || !ids.isArray() || ids.isEmpty() || ids.size() > 25) {
            throw ApiError.invalid("feedType, inputFeedDocumentId and 1 to 25 marketplaceIds are required");
        }
        List<String> marketplaces = new ArrayList<>();
        ids.forEach(n -> marketplaces.add(Markets.require(n.asText()).id()));
        SimState.Document doc = sim.state.documents.get(input);
        if (doc == null || !doc.upload || doc.content == null) {
            throw ApiError.invalid("inputFeedDocumentId " + input + " has no uploaded content");
        }
        Instant now = sim.clock.instant();
        if ("JSON_LISTINGS_FEED".equals(type)) {
            String region = Markets.require(marketplaces.get(0)).region();
            Deque<Instant> times = sim.state.feedTimes(region);
            synchronized (times) {
                while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(TokenBuckets.window()))) {
                    times.pollFirst();
                }
                if (times.size() >= LISTINGS_FEEDS_PER_WINDOW) {
                    throw new ApiError(429, "QuotaExceeded",
                            "You exceeded your quota of 5 JSON_LISTINGS_FEED submissions in 5 minutes for this region.");
                }
                times.addLast(now);
            }
        }
        SimState.FeedJob f = new SimState.FeedJob();
        f.feedId = sim.state.nextId("");
        f.feedType = type;
        f.sellerId = caller.sellerId();
        f.marketplaceIds = marketplaces;
        f.inputDocumentId = input;
        f.created = now;
        f.doneAt = now.plus(sim.settings.feedDelay());
        sim.state.feeds.put(f.feedId, f);
        ex.sendJson(202, Exchange.JSON.createObjectNode().put("feedId", f.feedId));
    }

    void get(Exchange ex, SpApiSimulator.Caller caller) throws IOException {
        ex.allowOnly();
        String id = ex.segment(3);
        SimState.FeedJob f = sim.state.feeds.get(id);
        if (f == null || !f.sellerId.equals(caller.sellerId())) {
            throw ApiError.notFound("Feed " + id + " not found");
        }
        settle(f);
        ObjectNode n = Exchange.JSON.createObjectNode().put("feedId", f.feedId).put("feedType", f.feedType);
        ArrayNode m = n.putArray("marketplaceIds");
        f.marketplaceIds.forEach(m::add);
        n.put("createdTime", OrderJson.time(f.created)).put("processingStatus", f.status);
        if (f.processingStart != null) {
            n.put("processingStartTime", OrderJson.time(f.processingStart));
        }
        if (f.processingEnd != null) {
            n.put("processingEndTime", OrderJson.time(f.processingEnd));
        }
        if (f.resultDocumentId != null) {
            n.put("resultFeedDocumentId", f.resultDocumentId);
        }
        ex.sendJson(200, n);
    }

    void document(Exchange ex, SpApiSimulator.Caller caller) throws IOException {
        ex.allowOnly("enableContentEncodingUrlHeader");
        String id = ex.segment(3);
        SimState.Document d = sim.state.documents.get(id);
        if (d == null || d.content == null) {
            throw ApiError.notFound("Feed document " + id + " not found");
        }
        d.urlExpires = sim.clock.instant().plus(ReportsApi.URL_LIFE);
        ObjectNode n = Exchange.JSON.createObjectNode().put("feedDocumentId", id).put("url", documentUrl(sim, d));
        if (d.gzip) {
            n.put("compressionAlgorithm", "GZIP");
        }
        ex.sendJson(200, n);
    }

    /** The presigned URLs: PUT uploads a feed document, GET downloads a report or result document. */
    void serveDocument(HttpExchange http) throws IOException {
        try {
            String id = http.getRequestURI().getPath().substring("/_documents/".length());
            SimState.Document d = sim.state.documents.get(id);
            sim.state.count("presigned" + http.getRequestMethod());
            if (d == null || d.urlExpires == null || sim.clock.instant().isAfter(d.urlExpires)) {
                s3Error(http, 403, "AccessDenied", "Request has expired");
                return;
            }
            if ("PUT".equals(http.getRequestMethod()) && d.upload) {
                String type = http.getRequestHeaders().getFirst("Content-Type");
                if (type == null || !sameType(type, d.contentType)) {
                    s3Error(http, 403, "SignatureDoesNotMatch", "Content-Type differs from createFeedDocument");
                    return;
                }
                d.content = http.getRequestBody().readAllBytes();
                http.sendResponseHeaders(200, -1);
            } else if ("GET".equals(http.getRequestMethod()) && d.content != null) {
                http.getResponseHeaders().set("Content-Type", d.contentType);
                http.sendResponseHeaders(200, d.content.length);
                http.getResponseBody().write(d.content);
            } else {
                s3Error(http, 405, "MethodNotAllowed", "The method is not allowed for this resource");
            }
        } finally {
            http.close();
        }
    }

    private static boolean sameType(String a, String b) {
        return a.replace(" ", "").equalsIgnoreCase(b.replace(" ", ""));
    }

    private static void s3Error(HttpExchange http, int status, String code, String message) throws IOException {
        byte[] xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code><Message>" + message
                + "</Message></Error>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        http.getResponseHeaders().set("Content-Type", "application/xml");
        http.sendResponseHeaders(status, xml.length);
        http.getResponseBody().write(xml);
    }

    /** Moves a feed along; at the end applies its messages once and writes the processing report. */
    private void settle(SimState.FeedJob f) throws IOException {
        Instant now = sim.clock.instant();
        if (!"IN_QUEUE".equals(f.status) && !"IN_PROGRESS".equals(f.status)) {
            return;
        }
        Instant halfway = f.created.plus(Duration.between(f.created, f.doneAt).dividedBy(2));
        if (now.isBefore(halfway)) {
            return;
        }
        f.processingStart = halfway;
        f.status = "IN_PROGRESS";
        if (now.isBefore(f.doneAt)) {
            return;
        }
        f.processingEnd = f.doneAt;
        ObjectNode report = Exchange.JSON.createObjectNode();
        report.putObject("header").put("sellerId", f.sellerId).put("version", "2.0").put("feedId", f.feedId);
        ArrayNode issues = report.putArray("issues");
        int[] counts = new int[4]; // processed, accepted, invalid, warnings
        if (!"JSON_LISTINGS_FEED".equals(f.feedType)) {
            f.status = "FATAL";
            issue(issues, 0, null, "FEED_TYPE_NOT_SUPPORTED", "This feed type is no longer accepted; use JSON_LISTINGS_FEED", null);
        } else {
            JsonNode doc;
            try {
                doc = Exchange.JSON.readTree(sim.state.documents.get(f.inputDocumentId).content);
            } catch (IOException e) {
                doc = null;
            }
            if (doc == null || !doc.path("messages").isArray() || !doc.path("header").isObject()) {
                f.status = "FATAL";
                issue(issues, 0, null, "INVALID_JSON", "The feed document is not a valid listings feed", null);
            } else if (doc.get("messages").size() > MAX_MESSAGES) {
                f.status = "FATAL";
                issue(issues, 0, null, "MAX_MESSAGES_EXCEEDED",
                        "A feed may carry at most " + MAX_MESSAGES + " messages", null);
            } else if (!f.sellerId.equals(doc.path("header").path("sellerId").asText())) {
                f.status = "FATAL";
                issue(issues, 0, null, "INVALID_SELLER", "header.sellerId does not match the caller", null);
            } else {
                synchronized (sim.state.lock) {
                    for (JsonNode msg : doc.get("messages")) {
                        counts[0]++;
                        String error = apply(f, msg);
                        if (error == null) {
                            counts[1]++;
                        } else {
                            counts[2]++;
                            issue(issues, msg.path("messageId").asInt(), msg.path("sku").asText(null), "4000001",
                                    error, null);
                        }
                    }
                }
                f.status = "DONE";
            }
        }
        ObjectNode summary = report.putObject("summary");
        summary.put("errors", issues.size()).put("warnings", 0).put("messagesProcessed", counts[0])
                .put("messagesAccepted", counts[1]).put("messagesInvalid", counts[2]);
        SimState.Document d = new SimState.Document();
        d.id = "amzn1.tortuga.4.sim." + sim.state.nextId("res");
        d.contentType = "application/json";
        d.content = Exchange.JSON.writeValueAsBytes(report);
        sim.state.documents.put(d.id, d);
        f.resultDocumentId = d.id;
    }

    private static void issue(ArrayNode issues, int messageId, String sku, String code, String message, String attr) {
        ObjectNode i = issues.addObject().put("messageId", messageId);
        if (sku != null) {
            i.put("sku", sku);
        }
        i.put("code", code).put("severity", "ERROR").put("message", message);
        if (attr != null) {
            i.put("attributeName", attr);
        }
    }

    /** Applies one PATCH message to every marketplace of the feed; returns an error message or null. */
    private String apply(SimState.FeedJob f, JsonNode msg) {
        String sku = msg.path("sku").asText(null);
        if (sku == null || !"PATCH".equals(msg.path("operationType").asText()) || !msg.path("patches").isArray()
                || msg.path("productType").asText("").isEmpty()) {
            return "A PATCH message needs sku, productType and patches";
        }
        List<SimListing> targets = new ArrayList<>();
        for (String marketplaceId : f.marketplaceIds) {
            SimListing l = sim.state.listings.get(SimState.listingKey(f.sellerId, marketplaceId, sku));
            if (l != null) {
                targets.add(l);
            }
        }
        if (targets.isEmpty()) {
            return "SKU " + sku + " does not exist in this marketplace";
        }
        for (SimListing l : targets) {
            String error = ListingsApi.applyPatches(l, msg.get("patches"), sim.clock.instant());
            if (error != null) {
                return error;
            }
        }
        return null;
    }
}
