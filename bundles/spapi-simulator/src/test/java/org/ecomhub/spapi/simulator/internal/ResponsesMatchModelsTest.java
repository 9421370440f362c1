package org.ecomhub.spapi.simulator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every JSON reply the simulator serves conforms to Amazon's copied OpenAPI models (src/test/resources/sp-api). */
class ResponsesMatchModelsTest {
    static final String US = "ATVPDKIKX0DER";
    static final String ALL_ORDER_DATA = "BUYER,RECIPIENT,PROCEEDS,EXPENSE,PROMOTION,CANCELLATION,FULFILLMENT,PACKAGES,TAX";
    private SimulatorHarness h;

    @BeforeEach
    void start() throws Exception {
        h = new SimulatorHarness(SimulatorSettings.defaults(), 120, 30);
        h.login();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private void conforms(String model, String path, String method, SimulatorHarness.Reply reply) throws Exception {
        List<String> problems = ModelValidator.load(model).validate(path, method, reply.status(), reply.json());
        assertTrue(problems.isEmpty(), method + " " + path + " " + reply.status() + ": " + problems);
    }

    private String window() {
        Instant now = h.clock.instant();
        return "lastUpdatedAfter=" + now.minus(Duration.ofHours(49)) + "&lastUpdatedBefore="
                + now.minus(Duration.ofMinutes(3));
    }

    @Test
    @DisplayName("API-04: searchOrders and getOrder with every dataset match orders-2026-01-01")
    void orders() throws Exception {
        SimulatorHarness.Reply page = h.get("/orders/2026-01-01/orders?" + window() + "&includedData=" + ALL_ORDER_DATA);
        assertEquals(200, page.status());
        conforms("orders-2026-01-01", "/orders/2026-01-01/orders", "get", page);
        assertEquals(100, page.json().get("orders").size());
        for (JsonNode o : page.json().get("orders")) {
            if (h.sim.counters().getOrDefault("getOrder", 0L) == 25) {
                break; // within getOrder's burst of 30
            }
            SimulatorHarness.Reply one = h.get("/orders/2026-01-01/orders/" + o.get("orderId").asText()
                    + "?includedData=" + ALL_ORDER_DATA);
            assertEquals(200, one.status());
            conforms("orders-2026-01-01", "/orders/2026-01-01/orders/{orderId}", "get", one);
        }
        SimulatorHarness.Reply bad = h.get("/orders/2026-01-01/orders/TEST_CASE_400");
        assertEquals(400, bad.status());
        conforms("orders-2026-01-01", "/orders/2026-01-01/orders/{orderId}", "get", bad);
    }

    @Test
    @DisplayName("API-05: reports replies match reports-2021-06-30 at every stage")
    void reports() throws Exception {
        SimulatorHarness.Reply created = h.call("POST", "/reports/2021-06-30/reports", Map.of("reportType",
                "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL", "marketplaceIds", List.of(US),
                "dataStartTime", h.clock.instant().minus(Duration.ofDays(2)).toString()));
        assertEquals(202, created.status());
        conforms("reports-2021-06-30", "/reports/2021-06-30/reports", "post", created);
        String id = created.json().get("reportId").asText();
        SimulatorHarness.Reply queued = h.get("/reports/2021-06-30/reports/" + id);
        assertEquals("IN_QUEUE", queued.json().get("processingStatus").asText());
        conforms("reports-2021-06-30", "/reports/2021-06-30/reports/{reportId}", "get", queued);
        h.clock.step(Duration.ofMinutes(3));
        assertEquals("IN_PROGRESS", h.get("/reports/2021-06-30/reports/" + id).json().get("processingStatus").asText());
        h.clock.step(Duration.ofMinutes(3));
        SimulatorHarness.Reply done = h.get("/reports/2021-06-30/reports/" + id);
        assertEquals("DONE", done.json().get("processingStatus").asText());
        conforms("reports-2021-06-30", "/reports/2021-06-30/reports/{reportId}", "get", done);
        SimulatorHarness.Reply doc = h.get("/reports/2021-06-30/documents/" + done.json().get("reportDocumentId").asText());
        conforms("reports-2021-06-30", "/reports/2021-06-30/documents/{reportDocumentId}", "get", doc);
        assertEquals("GZIP", doc.json().get("compressionAlgorithm").asText());
    }

    @Test
    @DisplayName("API-05: feed replies match feeds-2021-06-30 through the whole JSON_LISTINGS_FEED flow")
    void feeds() throws Exception {
        SimulatorHarness.Reply doc = h.call("POST", "/feeds/2021-06-30/documents",
                Map.of("contentType", "application/json; charset=UTF-8"));
        assertEquals(201, doc.status());
        conforms("feeds-2021-06-30", "/feeds/2021-06-30/documents", "post", doc);
        String feed = "{\"header\":{\"sellerId\":\"" + SimulatorSettings.DEFAULT_SELLER_ID + "\",\"version\":\"2.0\"},"
                + "\"messages\":[{\"messageId\":1,\"sku\":\"SIM-0001\",\"operationType\":\"PATCH\",\"productType\":\"PRODUCT\","
                + "\"patches\":[{\"op\":\"merge\",\"path\":\"/attributes/fulfillment_availability\",\"value\":"
                + "[{\"fulfillment_channel_code\":\"DEFAULT\",\"quantity\":3}]}]}]}";
        SimulatorHarness.Reply upload = h.raw(HttpRequest.newBuilder(java.net.URI.create(doc.json().get("url").asText()))
                .header("Content-Type", "application/json; charset=UTF-8").PUT(HttpRequest.BodyPublishers.ofString(feed))
                .build());
        assertEquals(200, upload.status());
        SimulatorHarness.Reply created = h.call("POST", "/feeds/2021-06-30/feeds", Map.of("feedType",
                "JSON_LISTINGS_FEED", "marketplaceIds", List.of(US), "inputFeedDocumentId",
                doc.json().get("feedDocumentId").asText()));
        assertEquals(202, created.status());
        conforms("feeds-2021-06-30", "/feeds/2021-06-30/feeds", "post", created);
        h.clock.step(Duration.ofMinutes(4));
        SimulatorHarness.Reply done = h.get("/feeds/2021-06-30/feeds/" + created.json().get("feedId").asText());
        assertEquals("DONE", done.json().get("processingStatus").asText());
        conforms("feeds-2021-06-30", "/feeds/2021-06-30/feeds/{feedId}", "get", done);
        SimulatorHarness.Reply result = h.get("/feeds/2021-06-30/documents/" + done.json().get("resultFeedDocumentId").asText());
        conforms("feeds-2021-06-30", "/feeds/2021-06-30/documents/{feedDocumentId}", "get", result);
        SimulatorHarness.Reply report = h.raw(HttpRequest.newBuilder(java.net.URI.create(result.json().get("url").asText()))
                .GET().build());
        assertEquals(1, report.json().path("summary").path("messagesAccepted").asInt());
    }

    @Test
    @DisplayName("STK-01 LIST-01: listings replies (get, patch, search) match listings-items-2021-08-01")
    void listings() throws Exception {
        String seller = SimulatorSettings.DEFAULT_SELLER_ID;
        SimulatorHarness.Reply item = h.get("/listings/2021-08-01/items/" + seller + "/SIM-0005?marketplaceIds=" + US
                + "&includedData=summaries,attributes,issues,offers,fulfillmentAvailability");
        assertEquals(200, item.status());
        conforms("listings-items-2021-08-01", "/listings/2021-08-01/items/{sellerId}/{sku}", "get", item);
        SimulatorHarness.Reply patched = h.call("PATCH", "/listings/2021-08-01/items/" + seller + "/SIM-0001?marketplaceIds="
                + US, Map.of("productType", "PRODUCT", "patches", List.of(Map.of("op", "merge", "path",
                "/attributes/fulfillment_availability", "value", List.of(Map.of("fulfillment_channel_code", "DEFAULT",
                        "quantity", 9))))));
        assertEquals("ACCEPTED", patched.json().get("status").asText());
        conforms("listings-items-2021-08-01", "/listings/2021-08-01/items/{sellerId}/{sku}", "patch", patched);
        SimulatorHarness.Reply invalid = h.call("PATCH", "/listings/2021-08-01/items/" + seller + "/NOPE?marketplaceIds="
                + US, Map.of("productType", "PRODUCT", "patches", List.of(Map.of("op", "merge", "path",
                "/attributes/fulfillment_availability", "value", List.of(Map.of("fulfillment_channel_code", "DEFAULT",
                        "quantity", 9))))));
        assertEquals("INVALID", invalid.json().get("status").asText());
        conforms("listings-items-2021-08-01", "/listings/2021-08-01/items/{sellerId}/{sku}", "patch", invalid);
        SimulatorHarness.Reply search = h.get("/listings/2021-08-01/items/" + seller + "?marketplaceIds=" + US
                + "&pageSize=20&includedData=summaries,offers,fulfillmentAvailability");
        conforms("listings-items-2021-08-01", "/listings/2021-08-01/items/{sellerId}", "get", search);
        assertTrue(search.json().has("pagination"));
        SimulatorHarness.Reply missing = h.get("/listings/2021-08-01/items/" + seller + "/NOPE?marketplaceIds=" + US);
        assertEquals(404, missing.status());
        conforms("listings-items-2021-08-01", "/listings/2021-08-01/items/{sellerId}/{sku}", "get", missing);
    }

    @Test
    @DisplayName("DATA-01 FBA-01: catalog, FBA inventory and sellers replies match their models")
    void catalogInventorySellers() throws Exception {
        SimulatorHarness.Reply search = h.get("/catalog/2022-04-01/items?identifiers=B0SIM00001,B0SIM00002"
                + "&identifiersType=ASIN&marketplaceIds=" + US + "&includedData=summaries,identifiers,productTypes");
        assertEquals(2, search.json().get("items").size());
        conforms("catalog-items-2022-04-01", "/catalog/2022-04-01/items", "get", search);
        SimulatorHarness.Reply one = h.get("/catalog/2022-04-01/items/B0SIM00001?marketplaceIds=" + US
                + "&includedData=summaries,identifiers,productTypes");
        conforms("catalog-items-2022-04-01", "/catalog/2022-04-01/items/{asin}", "get", one);
        SimulatorHarness.Reply fba = h.get("/fba/inventory/v1/summaries?details=true&granularityType=Marketplace"
                + "&granularityId=" + US + "&marketplaceIds=" + US);
        assertFalse(fba.json().path("payload").path("inventorySummaries").isEmpty());
        conforms("fba-inventory-v1", "/fba/inventory/v1/summaries", "get", fba);
        SimulatorHarness.Reply sellers = h.get("/sellers/v1/marketplaceParticipations");
        conforms("sellers-v1", "/sellers/v1/marketplaceParticipations", "get", sellers);
    }

    @Test
    @DisplayName("API-03: a 429 carries Amazon's error body and the rate header")
    void throttledReply() throws Exception {
        SimulatorHarness.Reply last = null;
        for (int i = 0; i < 21; i++) {
            last = h.get("/orders/2026-01-01/orders?" + window());
        }
        assertEquals(429, last.status());
        assertEquals("QuotaExceeded", last.json().path("errors").get(0).path("code").asText());
        assertEquals("0.0056", last.raw().headers().firstValue("x-amzn-RateLimit-Limit").orElseThrow());
        conforms("orders-2026-01-01", "/orders/2026-01-01/orders", "get", last);
    }
}
