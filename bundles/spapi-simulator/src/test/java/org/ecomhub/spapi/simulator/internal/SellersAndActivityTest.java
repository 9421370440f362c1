package org.ecomhub.spapi.simulator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A second seller account, the injected-fault counters and the poll activity the fault campaign reads. */
class SellersAndActivityTest {
    private static final String UK = "A1F83G8C2ARO7P";
    private static final String DE = "A1PA6795UKMFR9";
    private static final String FR = "A13V1IB3VIYZZH";
    private static final String SECOND = "A3SIMSELLER0002";
    private static final String SECOND_TOKEN = "Atzr|sim-refresh-token-0002";
    private SimulatorHarness h;

    @AfterEach
    void stop() {
        h.close();
    }

    private static SimulatorSettings ukAndDe() {
        SimulatorSettings d = SimulatorSettings.defaults();
        return new SimulatorSettings(d.host(), d.port(), d.seed(), d.clientId(), d.clientSecret(), d.applicationId(),
                d.sellerId(), d.refreshToken(), d.redirectUri(), d.accessTokenLife(), d.rateMultiplier(), d.indexLag(),
                d.reportDelay(), d.reportLag(), d.feedDelay(), List.of(UK, DE));
    }

    @Test
    @DisplayName("STORE-06 API-06: a seller registered at /_admin/sellers logs in with its own refresh token and sells only in its marketplaces")
    void secondSellerHasItsOwnTokenAndMarketplaces() throws Exception {
        h = new SimulatorHarness(ukAndDe(), 0, 10);
        SimulatorHarness.Reply added = h.form("/_admin/sellers?sellerId=" + SECOND + "&refreshToken="
                + SimulatorHarness.enc(SECOND_TOKEN) + "&marketplaceIds=" + FR + "&listings=10", "");
        assertEquals(200, added.status(), added.text());
        loginAs(SECOND_TOKEN);
        assertEquals(Set.of(FR), participations());
        h.login();
        assertEquals(Set.of(UK, DE), participations(), "the first seller still sells in UK and DE");
        assertEquals(200, h.get("/_admin/listings/" + FR + "/SIM-0001?sellerId=" + SECOND).status());
        assertEquals(404, h.get("/_admin/listings/" + FR + "/SIM-0001").status(), "the first seller has no FR listing");
    }

    @Test
    @DisplayName("STORE-06: /_admin/sellers refuses a malformed seller, an unknown marketplace and a token of another seller, and changes nothing")
    void badSellersAreRefused() throws Exception {
        h = new SimulatorHarness(ukAndDe(), 0, 10);
        assertEquals(400, h.form("/_admin/sellers?sellerId=bad&refreshToken=" + SimulatorHarness.enc(SECOND_TOKEN)
                + "&marketplaceIds=" + FR, "").status());
        assertEquals(400, h.form("/_admin/sellers?sellerId=" + SECOND + "&refreshToken="
                + SimulatorHarness.enc(SECOND_TOKEN) + "&marketplaceIds=XX", "").status());
        assertEquals(400, h.form("/_admin/sellers?sellerId=" + SECOND + "&refreshToken="
                + SimulatorHarness.enc(SimulatorSettings.DEFAULT_REFRESH_TOKEN) + "&marketplaceIds=" + FR, "").status());
        SimulatorHarness.Reply r = h.form("/auth/o2/token", "grant_type=refresh_token&refresh_token="
                + SimulatorHarness.enc(SECOND_TOKEN) + "&client_id=" + SimulatorHarness.enc(
                        SimulatorSettings.DEFAULT_CLIENT_ID) + "&client_secret=" + SimulatorHarness.enc(
                        SimulatorSettings.DEFAULT_CLIENT_SECRET));
        assertEquals(400, r.status(), "the refused seller's token is not known: " + r.text());
    }

    @Test
    @DisplayName("ORD-10 HOST-08: with two sellers the live stream takes turns, each order in its seller's marketplaces and seen only by that seller")
    void liveOrdersSpreadOverSellers() throws Exception {
        h = new SimulatorHarness(ukAndDe(), 0, 10);
        h.sim.addSeller(SECOND, SECOND_TOKEN, List.of(FR), 10);
        h.sim.liveOrders(20);
        Instant start = h.clock.instant();
        h.clock.step(Duration.ofMinutes(62));
        h.login();
        JsonNode first = search(start);
        loginAs(SECOND_TOKEN);
        JsonNode second = search(start);
        long made = h.sim.state.orders.size();
        long bySecond = h.sim.state.orders.values().stream().filter(o -> o.sellerId.equals(SECOND)).count();
        assertEquals(20, made, "20 per hour in one hour");
        assertEquals(10, bySecond, "the sellers take turns");
        Set<String> firstMarkets = new HashSet<>();
        first.forEach(o -> firstMarkets.add(o.get("salesChannel").get("marketplaceId").asText()));
        assertTrue(first.size() > 0 && second.size() > 0, first.size() + " / " + second.size());
        second.forEach(o -> assertEquals(FR, o.get("salesChannel").get("marketplaceId").asText()));
        assertTrue(Set.of(UK, DE).containsAll(firstMarkets), firstMarkets.toString());
        assertEquals(first.size() + second.size(), h.sim.state.orders.values().stream()
                .filter(o -> o.lastUpdatedTime.isBefore(h.clock.instant().minusSeconds(120))).count(),
                "each seller sees its own orders, none of the other's");
    }

    @Test
    @DisplayName("API-07: injected faults are counted per kind at /_admin/faults; Amazon's own throttling is not a fault")
    void faultsAreCountedPerKind() throws Exception {
        h = new SimulatorHarness(ukAndDe(), 0, 10);
        h.login();
        assertEquals(0L, h.get("/_admin/faults").json().get("503").asLong());
        h.sim.faults().set(0, 0, 1, 0, 0, 0, 0);
        SimulatorHarness.Reply r = h.get("/sellers/v1/marketplaceParticipations");
        assertEquals(503, r.status());
        h.sim.faults().set(1, 0, 0, 0, 0, 0, 0);
        assertEquals(429, h.get("/sellers/v1/marketplaceParticipations").status());
        h.sim.faults().clear();
        JsonNode counts = h.get("/_admin/faults").json();
        assertEquals(1L, counts.get("503").asLong(), counts.toString());
        assertEquals(1L, counts.get("429").asLong(), counts.toString());
        assertEquals(0L, counts.get("reset").asLong(), counts.toString());
        assertEquals(6, counts.size(), "every kind is listed: " + counts);
    }

    @Test
    @DisplayName("ORD-13: /_admin/activity tells when orders last changed and which polls came after it, per seller")
    void activityShowsLastChangeAndPolls() throws Exception {
        h = new SimulatorHarness(ukAndDe(), 0, 10);
        h.sim.liveOrders(6);
        Instant start = h.clock.instant();
        h.clock.step(Duration.ofMinutes(15));
        h.login();
        search(start); // brings the stream up to now: one order, made at 10 minutes
        h.sim.liveOrders(0);
        h.clock.step(Duration.ofMinutes(40));
        h.login();
        search(start);
        JsonNode a = h.get("/_admin/activity").json();
        // one order arrived at 10 minutes and moved on 30 minutes later
        assertEquals(start.plus(Duration.ofMinutes(40)).toString(), a.get("lastOrderChange").asText());
        JsonNode polls = a.get("polls").get(SimulatorSettings.DEFAULT_SELLER_ID);
        assertEquals(2, polls.size(), a.toString());
        assertEquals(h.clock.instant().minusSeconds(120).toString(), polls.get(1).get("windowEnd").asText());
        assertEquals(h.clock.instant().toString(), polls.get(1).get("at").asText());
    }

    @Test
    @DisplayName("ORD-11: POST /_admin/orders places one Unshipped FBM order for an unlisted SKU, for the given seller and marketplace only; the live stream never orders that SKU")
    void oneOrderForANewListing() throws Exception {
        h = new SimulatorHarness(ukAndDe(), 0, 10);
        h.sim.addSeller(SECOND, SECOND_TOKEN, List.of(FR), 10);
        assertEquals(400, h.form("/_admin/orders?sellerId=" + SECOND + "&marketplaceId=" + UK + "&sku=NEW-1", "")
                .status(), "the second seller does not sell in UK");
        assertEquals(400, h.form("/_admin/orders?sellerId=" + SECOND + "&marketplaceId=" + FR + "&sku=bad%20sku", "")
                .status());
        SimulatorHarness.Reply r = h.form("/_admin/orders?sellerId=" + SECOND + "&marketplaceId=" + FR
                + "&sku=SIM-NEW-0001", "");
        assertEquals(200, r.status(), r.text());
        String id = r.json().get("orderId").asText();
        assertEquals(404, h.get("/_admin/listings/" + FR + "/SIM-NEW-0001?sellerId=" + SECOND).status(),
                "a listing closed since: not listed");
        h.clock.step(Duration.ofMinutes(3));
        loginAs(SECOND_TOKEN);
        JsonNode found = search(h.clock.instant().minus(Duration.ofMinutes(4)));
        assertEquals(1, found.size(), found.toString());
        assertEquals(id, found.get(0).get("orderId").asText());
        assertEquals("UNSHIPPED", found.get(0).path("fulfillment").path("fulfillmentStatus").asText());
        found.get(0).get("orderItems").forEach(i -> assertEquals("SIM-NEW-0001",
                i.path("product").path("sellerSku").asText()));
        h.sim.liveOrders(60);
        h.clock.step(Duration.ofHours(2));
        h.login();
        search(h.clock.instant().minus(Duration.ofMinutes(200)));
        assertTrue(h.sim.state.orders.size() > 100, "the stream ran");
        assertEquals(1, h.sim.state.orders.values().stream()
                .filter(o -> o.items.stream().anyMatch(i -> i.sku.equals("SIM-NEW-0001"))).count(),
                "only the placed order has the unlisted SKU");
    }

    private void loginAs(String refreshToken) throws Exception {
        SimulatorHarness.Reply r = h.form("/auth/o2/token", "grant_type=refresh_token&refresh_token="
                + SimulatorHarness.enc(refreshToken) + "&client_id=" + SimulatorHarness.enc(
                        SimulatorSettings.DEFAULT_CLIENT_ID) + "&client_secret=" + SimulatorHarness.enc(
                        SimulatorSettings.DEFAULT_CLIENT_SECRET));
        assertEquals(200, r.status(), r.text());
        h.token = r.json().get("access_token").asText();
    }

    private Set<String> participations() throws Exception {
        SimulatorHarness.Reply r = h.get("/sellers/v1/marketplaceParticipations");
        assertEquals(200, r.status(), r.text());
        Set<String> ids = new HashSet<>();
        r.json().get("payload").forEach(p -> ids.add(p.get("marketplace").get("id").asText()));
        return ids;
    }

    private JsonNode search(Instant since) throws Exception {
        String q = "/orders/2026-01-01/orders?lastUpdatedAfter=" + since.minusSeconds(1) + "&lastUpdatedBefore="
                + h.clock.instant().minusSeconds(120) + "&includedData=FULFILLMENT";
        SimulatorHarness.Reply r = h.get(q);
        assertEquals(200, r.status(), r.text());
        return r.json().get("orders");
    }
}
