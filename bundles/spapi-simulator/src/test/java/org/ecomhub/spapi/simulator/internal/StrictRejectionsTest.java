package org.ecomhub.spapi.simulator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The simulator rejects what Amazon rejects, with Amazon's status and error body. */
class StrictRejectionsTest {
    static final String US = "ATVPDKIKX0DER";
    static final String SELLER = SimulatorSettings.DEFAULT_SELLER_ID;
    private SimulatorHarness h;

    @AfterEach
    void stop() {
        if (h != null) {
            h.close();
        }
    }

    private SimulatorHarness start(SimulatorSettings settings, int orders, int listings) throws Exception {
        h = new SimulatorHarness(settings, orders, listings);
        h.login();
        return h;
    }

    private Instant now() {
        return h.clock.instant();
    }

    private static void rejected(SimulatorHarness.Reply r, int status, String code) {
        assertEquals(status, r.status(), r.text());
        assertEquals(code, r.json().path("errors").get(0).path("code").asText(), r.text());
    }

    @Test
    @DisplayName("API-01: calls without, with an unknown, or with an expired x-amz-access-token are refused (403)")
    void accessToken() throws Exception {
        start(SimulatorSettings.defaults(), 5, 5);
        String query = "/sellers/v1/marketplaceParticipations";
        h.token = null;
        rejected(h.get(query), 403, "Unauthorized");
        h.token = "Atza|made-up";
        rejected(h.get(query), 403, "Unauthorized");
        h.login();
        assertEquals(200, h.get(query).status());
        h.clock.step(Duration.ofMinutes(61));
        SimulatorHarness.Reply expired = h.get(query);
        rejected(expired, 403, "Unauthorized");
        assertTrue(expired.text().contains("expired"));
    }

    @Test
    @DisplayName("API-04 ORD-13: searchOrders rejects Before within 2 minutes of now, mixed axes, no axis, bad dates")
    void timeAxes() throws Exception {
        start(SimulatorSettings.defaults(), 5, 5);
        String after = "lastUpdatedAfter=" + now().minus(Duration.ofHours(1));
        rejected(h.get("/orders/2026-01-01/orders?" + after + "&lastUpdatedBefore=" + now().minusSeconds(90)), 400,
                "InvalidInput");
        assertEquals(200, h.get("/orders/2026-01-01/orders?" + after + "&lastUpdatedBefore="
                + now().minusSeconds(121)).status());
        rejected(h.get("/orders/2026-01-01/orders?" + after + "&createdBefore=" + now().minus(Duration.ofMinutes(5))),
                400, "InvalidInput");
        rejected(h.get("/orders/2026-01-01/orders?" + after + "&createdAfter=" + now().minus(Duration.ofHours(2))), 400,
                "InvalidInput");
        rejected(h.get("/orders/2026-01-01/orders?marketplaceIds=" + US), 400, "InvalidInput");
        rejected(h.get("/orders/2026-01-01/orders?lastUpdatedAfter=yesterday"), 400, "InvalidInput");
        rejected(h.get("/orders/2026-01-01/orders?lastUpdatedAfter=" + now().minusSeconds(60)), 400, "InvalidInput");
    }

    @Test
    @DisplayName("API-04: maxResultsPerPage over 100, more than 50 marketplace ids, unknown values and parameters")
    void parameters() throws Exception {
        start(SimulatorSettings.defaults().withRateMultiplier(100), 5, 5);
        String base = "/orders/2026-01-01/orders?lastUpdatedAfter=" + now().minus(Duration.ofHours(1));
        rejected(h.get(base + "&maxResultsPerPage=101"), 400, "InvalidInput");
        assertEquals(200, h.get(base + "&maxResultsPerPage=100").status());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            ids.add(US);
        }
        rejected(h.get(base + "&marketplaceIds=" + String.join(",", ids)), 400, "InvalidInput");
        assertEquals(200, h.get(base + "&marketplaceIds=" + String.join(",", ids.subList(0, 50))).status());
        rejected(h.get(base + "&marketplaceIds=XXNOTAMARKET"), 400, "InvalidInput");
        rejected(h.get(base + "&fulfillmentStatuses=Shipped"), 400, "InvalidInput");
        rejected(h.get(base + "&includedData=EVERYTHING"), 400, "InvalidInput");
        rejected(h.get(base + "&lastUpdateAfter=x"), 400, "InvalidInput");
    }

    @Test
    @DisplayName("API-04: a pagination token with changed filters, unknown, or older than 24 h is rejected")
    void paginationTokens() throws Exception {
        start(SimulatorSettings.defaults().withRateMultiplier(100), 250, 10);
        String filters = "lastUpdatedAfter=" + now().minus(Duration.ofHours(49)) + "&lastUpdatedBefore="
                + now().minus(Duration.ofMinutes(3));
        SimulatorHarness.Reply first = h.get("/orders/2026-01-01/orders?" + filters);
        String token = first.json().path("pagination").path("nextToken").asText();
        assertFalse(token.isEmpty());
        String encoded = SimulatorHarness.enc(token);
        SimulatorHarness.Reply second = h.get("/orders/2026-01-01/orders?" + filters + "&maxResultsPerPage=50"
                + "&includedData=FULFILLMENT&paginationToken=" + encoded);
        assertEquals(200, second.status(), "maxResultsPerPage and includedData may change between pages");
        rejected(h.get("/orders/2026-01-01/orders?" + filters + "&fulfilledBy=MERCHANT&paginationToken=" + encoded),
                400, "InvalidInput");
        rejected(h.get("/orders/2026-01-01/orders?" + filters + "&paginationToken=bogus"), 400, "InvalidInput");
        h.clock.step(Duration.ofHours(25));
        h.login();
        rejected(h.get("/orders/2026-01-01/orders?" + filters + "&paginationToken=" + encoded), 400, "InvalidInput");
    }

    @Test
    @DisplayName("API-04: windows come back unsorted, and an order shows only after the index lag")
    void unsortedAndIndexLag() throws Exception {
        start(SimulatorSettings.defaults().withTimes(Duration.ofHours(1), Duration.ofMinutes(5), Duration.ofMinutes(5),
                Duration.ZERO, Duration.ofMinutes(3)), 60, 10);
        String filters = "lastUpdatedAfter=" + now().minus(Duration.ofHours(49)) + "&lastUpdatedBefore="
                + now().minus(Duration.ofMinutes(3));
        JsonNode orders = h.get("/orders/2026-01-01/orders?" + filters).json().get("orders");
        List<String> times = new ArrayList<>();
        orders.forEach(o -> times.add(o.get("lastUpdatedTime").asText()));
        List<String> sorted = new ArrayList<>(times);
        sorted.sort(null);
        assertNotEquals(sorted, times, "Amazon does not sort a window");
        String id = orders.get(0).get("orderId").asText();
        Instant touched = now();
        h.raw(HttpRequest.newBuilder(h.sim.baseUri().resolve("/_admin/orders/" + id + "/status?to=CANCELLED"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        h.clock.step(Duration.ofMinutes(3));
        String window = "lastUpdatedAfter=" + touched.minusSeconds(1) + "&lastUpdatedBefore=" + now().minusSeconds(120);
        assertEquals(0, h.get("/orders/2026-01-01/orders?" + window).json().get("orders").size(),
                "updated 3 minutes ago, index lag 5 minutes");
        h.clock.step(Duration.ofMinutes(3));
        String later = "lastUpdatedAfter=" + touched.minusSeconds(1) + "&lastUpdatedBefore=" + now().minusSeconds(120);
        JsonNode found = h.get("/orders/2026-01-01/orders?" + later + "&includedData=FULFILLMENT").json().get("orders");
        assertEquals(1, found.size());
        assertEquals("CANCELLED", found.get(0).path("fulfillment").path("fulfillmentStatus").asText());
    }

    @Test
    @DisplayName("ORD-09: a dataset is returned only when includedData asks for it, like Amazon")
    void includedDataGating() throws Exception {
        start(SimulatorSettings.defaults(), 40, 10);
        String filters = "lastUpdatedAfter=" + now().minus(Duration.ofHours(49)) + "&lastUpdatedBefore="
                + now().minus(Duration.ofMinutes(3));
        JsonNode bare = h.get("/orders/2026-01-01/orders?" + filters).json().get("orders");
        for (JsonNode o : bare) {
            for (String dataset : List.of("buyer", "recipient", "proceeds", "fulfillment")) {
                assertFalse(o.has(dataset), dataset + " without includedData");
            }
            assertTrue(o.has("orderItems") && o.has("salesChannel"));
            o.get("orderItems").forEach(i -> assertFalse(i.has("proceeds") || i.has("fulfillment")));
        }
        JsonNode full = h.get("/orders/2026-01-01/orders?" + filters + "&includedData=BUYER,RECIPIENT,PROCEEDS,FULFILLMENT")
                .json().get("orders");
        boolean anyBuyer = false;
        for (JsonNode o : full) {
            assertTrue(o.has("fulfillment"));
            anyBuyer |= o.has("buyer");
        }
        assertTrue(anyBuyer);
    }

    @Test
    @DisplayName("API-04: listing search pages stop at 1,000 results even when more listings exist")
    void listingSearchLimit() throws Exception {
        start(SimulatorSettings.defaults().withRateMultiplier(1000), 0, 1010);
        String base = "/listings/2021-08-01/items/" + SELLER + "?marketplaceIds=" + US + "&pageSize=20";
        int seen = 0;
        String token = null;
        do {
            SimulatorHarness.Reply page = h.get(base + (token == null ? "" : "&pageToken=" + SimulatorHarness.enc(token)));
            assertEquals(200, page.status(), page.text());
            assertEquals(1010, page.json().get("numberOfResults").asInt());
            seen += page.json().get("items").size();
            token = page.json().path("pagination").path("nextToken").asText(null);
        } while (token != null);
        assertEquals(1000, seen, "the rest needs the merchant listings report");
        rejected(h.get(base.replace("pageSize=20", "pageSize=21")), 400, "InvalidInput");
    }

    @Test
    @DisplayName("API-05: a feed over 25,000 messages is FATAL; a 6th JSON_LISTINGS_FEED in 5 minutes is a 429")
    void feedLimits() throws Exception {
        start(SimulatorSettings.defaults(), 0, 5);
        StringBuilder big = new StringBuilder("{\"header\":{\"sellerId\":\"" + SELLER + "\",\"version\":\"2.0\"},\"messages\":[");
        for (int i = 1; i <= 25_001; i++) {
            big.append(i > 1 ? "," : "").append("{\"messageId\":").append(i).append(",\"sku\":\"SIM-0001\","
                    + "\"operationType\":\"PATCH\",\"productType\":\"PRODUCT\",\"patches\":[]}");
        }
        big.append("]}");
        String feedId = submit(big.toString()).json().get("feedId").asText();
        h.clock.step(Duration.ofMinutes(4));
        JsonNode feed = h.get("/feeds/2021-06-30/feeds/" + feedId).json();
        assertEquals("FATAL", feed.get("processingStatus").asText());
        JsonNode doc = h.get("/feeds/2021-06-30/documents/" + feed.get("resultFeedDocumentId").asText()).json();
        String report = h.raw(HttpRequest.newBuilder(URI.create(doc.get("url").asText())).GET().build()).text();
        assertTrue(report.contains("MAX_MESSAGES_EXCEEDED"));
        h.clock.step(Duration.ofMinutes(6));
        String small = "{\"header\":{\"sellerId\":\"" + SELLER + "\",\"version\":\"2.0\"},\"messages\":[]}";
        for (int i = 0; i < 5; i++) {
            assertEquals(202, submit(small).status());
        }
        rejected(submit(small), 429, "QuotaExceeded");
        h.clock.step(Duration.ofMinutes(5));
        assertEquals(202, submit(small).status(), "the window has passed");
    }

    private SimulatorHarness.Reply submit(String content) throws Exception {
        JsonNode doc = h.call("POST", "/feeds/2021-06-30/documents", Map.of("contentType", "application/json")).json();
        SimulatorHarness.Reply up = h.raw(HttpRequest.newBuilder(URI.create(doc.get("url").asText()))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(content)).build());
        assertEquals(200, up.status());
        return h.call("POST", "/feeds/2021-06-30/feeds", Map.of("feedType", "JSON_LISTINGS_FEED", "marketplaceIds",
                List.of(US), "inputFeedDocumentId", doc.get("feedDocumentId").asText()));
    }

    @Test
    @DisplayName("API-05: a presigned URL used after 5 minutes is refused; createFeed without uploaded content too")
    void expiredPresignedUrl() throws Exception {
        start(SimulatorSettings.defaults(), 0, 5);
        JsonNode doc = h.call("POST", "/feeds/2021-06-30/documents", Map.of("contentType", "application/json")).json();
        h.clock.step(Duration.ofMinutes(6));
        SimulatorHarness.Reply up = h.raw(HttpRequest.newBuilder(URI.create(doc.get("url").asText()))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertEquals(403, up.status());
        assertTrue(up.text().contains("Request has expired"));
        rejected(h.call("POST", "/feeds/2021-06-30/feeds", Map.of("feedType", "JSON_LISTINGS_FEED", "marketplaceIds",
                List.of(US), "inputFeedDocumentId", doc.get("feedDocumentId").asText())), 400, "InvalidInput");
    }

    @Test
    @DisplayName("STORE-06: an OAuth code is single use and stale after 5 minutes; wrong client secret is invalid_client")
    void oauthCodes() throws Exception {
        start(SimulatorSettings.defaults(), 0, 0);
        String code1 = consent();
        String grant = "grant_type=authorization_code&client_id=" + SimulatorHarness.enc(SimulatorSettings.DEFAULT_CLIENT_ID)
                + "&client_secret=" + SimulatorHarness.enc(SimulatorSettings.DEFAULT_CLIENT_SECRET) + "&code=";
        SimulatorHarness.Reply ok = h.form("/auth/o2/token", grant + code1);
        assertEquals(200, ok.status());
        assertTrue(ok.json().get("refresh_token").asText().startsWith("Atzr|"));
        SimulatorHarness.Reply reused = h.form("/auth/o2/token", grant + code1);
        assertEquals(400, reused.status());
        assertEquals("invalid_grant", reused.json().get("error").asText());
        String code2 = consent();
        h.clock.step(Duration.ofMinutes(6));
        assertEquals("invalid_grant", h.form("/auth/o2/token", grant + code2).json().get("error").asText());
        SimulatorHarness.Reply badClient = h.form("/auth/o2/token", "grant_type=refresh_token&client_id="
                + SimulatorHarness.enc(SimulatorSettings.DEFAULT_CLIENT_ID) + "&client_secret=nope&refresh_token=x");
        assertEquals(401, badClient.status());
        assertEquals("invalid_client", badClient.json().get("error").asText());
        SimulatorHarness.Reply wrongApp = h.raw(HttpRequest.newBuilder(h.sim.baseUri().resolve(
                "/apps/authorize/consent?application_id=other&state=s")).GET().build());
        assertEquals(400, wrongApp.status());
    }

    private String consent() throws Exception {
        SimulatorHarness.Reply r = h.raw(HttpRequest.newBuilder(h.sim.baseUri().resolve("/apps/authorize/consent?application_id="
                + SimulatorSettings.DEFAULT_APPLICATION_ID + "&state=abc")).GET().build());
        assertEquals(302, r.status());
        String location = r.raw().headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("state=abc") && location.contains("selling_partner_id=" + SELLER));
        return location.substring(location.indexOf("spapi_oauth_code=") + "spapi_oauth_code=".length());
    }

    @Test
    @DisplayName("SHIP-01: confirmShipment rejects a non-ISO ship date (Amazon's sandbox case) and unknown items")
    void confirmShipmentValidation() throws Exception {
        start(SimulatorSettings.defaults(), 80, 10);
        String filters = "lastUpdatedAfter=" + now().minus(Duration.ofHours(49)) + "&lastUpdatedBefore="
                + now().minus(Duration.ofMinutes(3)) + "&fulfilledBy=MERCHANT&fulfillmentStatuses=UNSHIPPED";
        JsonNode order = h.get("/orders/2026-01-01/orders?" + filters).json().get("orders").get(0);
        String id = order.get("orderId").asText();
        String item = order.get("orderItems").get(0).get("orderItemId").asText();
        Map<String, Object> pkg = new java.util.HashMap<>(Map.of("packageReferenceId", "1", "carrierCode", "FedEx",
                "trackingNumber", "1Z", "shipDate", "02/21/2022", "orderItems", List.of(Map.of("orderItemId", item,
                        "quantity", 1))));
        String path = "/orders/v0/orders/" + id + "/shipmentConfirmation";
        String market = order.get("salesChannel").get("marketplaceId").asText();
        rejected(h.call("POST", path, Map.of("marketplaceId", market, "packageDetail", pkg)), 400, "InvalidInput");
        pkg.put("shipDate", now().minus(Duration.ofMinutes(1)).toString());
        pkg.put("orderItems", List.of(Map.of("orderItemId", "nope", "quantity", 1)));
        rejected(h.call("POST", path, Map.of("marketplaceId", market, "packageDetail", pkg)), 400, "InvalidInput");
        pkg.put("orderItems", List.of(Map.of("orderItemId", item, "quantity", 1)));
        assertEquals(204, h.call("POST", path, Map.of("marketplaceId", market, "packageDetail", pkg)).status());
    }
}
