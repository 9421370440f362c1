package org.ecomhub.spapi.simulator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Amazon's sandbox trigger values answer with the models' examples; ordinary requests are untouched. */
class SandboxExamplesTest {
    private SimulatorHarness h;

    @BeforeEach
    void start() throws Exception {
        h = new SimulatorHarness(SimulatorSettings.defaults(), 10, 5);
        h.login();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    @DisplayName("API-03 API-04: sandbox triggers (TEST_CASE_400, BadSKU, getOrder 171-..., getReport ID323) return the examples")
    void triggers() throws Exception {
        SimulatorHarness.Reply bad = h.get("/orders/2026-01-01/orders/TEST_CASE_400");
        assertEquals(400, bad.status());
        assertEquals("InvalidInput", bad.json().path("errors").get(0).path("code").asText());
        SimulatorHarness.Reply brazil = h.get("/orders/2026-01-01/orders/171-9876543-2109876?includedData="
                + "BUYER,RECIPIENT,PROCEEDS,EXPENSE,PROMOTION,CANCELLATION,FULFILLMENT,PACKAGES");
        assertEquals(200, brazil.status());
        assertEquals("A2Q3Y263D00KWC", brazil.json().path("order").path("salesChannel").path("marketplaceId").asText());
        SimulatorHarness.Reply report = h.get("/reports/2021-06-30/reports/ID323");
        assertEquals("ReportId1", report.json().path("reportId").asText());
        SimulatorHarness.Reply badSku = h.call("PATCH", "/listings/2021-08-01/items/" + SimulatorSettings.DEFAULT_SELLER_ID
                + "/BadSKU?marketplaceIds=ATVPDKIKX0DER", Map.of("productType", "PRODUCT", "patches", List.of()));
        assertEquals(400, badSku.status());
        SimulatorHarness.Reply v0 = h.get("/orders/v0/orders/TEST_CASE_200");
        assertEquals(200, v0.status(), "served from the v0 model although the simulator has no v0 getOrder");
        assertTrue(v0.json().has("payload"));
    }

    @Test
    @DisplayName("API-04: a request without trigger values gets the simulator's own state")
    void ordinaryRequests() throws Exception {
        SimulatorHarness.Reply missing = h.get("/orders/2026-01-01/orders/999-0000000-0000000");
        assertEquals(404, missing.status());
        SimulatorHarness.Reply sellers = h.get("/sellers/v1/marketplaceParticipations");
        assertEquals(4, sellers.json().path("payload").size(), "not the sandbox's single BestSellerStore");
    }
}
