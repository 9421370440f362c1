package org.ecomhub.spapi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import okhttp3.OkHttpClient;

import org.ecomhub.amazon.api.spapi.ConnectionSettings;
import org.ecomhub.amazon.api.spapi.Marketplace;
import org.ecomhub.amazon.api.spapi.Region;
import org.ecomhub.amazon.api.spapi.SellingPartnerClients;
import org.ecomhub.testsupport.SteppedClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EndpointsAndPollingTest {
    private final SteppedClock clock = new SteppedClock(Instant.parse("2026-01-01T00:00:00Z"));

    /** FACTS §2: every marketplace id and the region that serves it. */
    private static final Map<String, Region> FACTS = Map.ofEntries(
            Map.entry("A2EUQ1WTGCTBG2", Region.NA), Map.entry("ATVPDKIKX0DER", Region.NA),
            Map.entry("A1AM78C64UM0Y8", Region.NA), Map.entry("A2Q3Y263D00KWC", Region.NA),
            Map.entry("A28R8C7NBKEWEA", Region.EU), Map.entry("A1RKKUPIHCS9HS", Region.EU),
            Map.entry("A1F83G8C2ARO7P", Region.EU), Map.entry("A13V1IB3VIYZZH", Region.EU),
            Map.entry("AMEN7PMS3EDWL", Region.EU), Map.entry("A1805IZSGTT6HS", Region.EU),
            Map.entry("A1PA6795UKMFR9", Region.EU), Map.entry("APJ6JRA9NG5V4", Region.EU),
            Map.entry("A2NODRKZP88ZB9", Region.EU), Map.entry("AE08WJ6YKNBMC", Region.EU),
            Map.entry("A1C3SOZRARQ6R3", Region.EU), Map.entry("ARBP9OOSHTCHU", Region.EU),
            Map.entry("A33AVAJ2PDY3EV", Region.EU), Map.entry("A17E79C6D8DWNP", Region.EU),
            Map.entry("A2VIGQ35RCS4UG", Region.EU), Map.entry("A21TJRUUN4KGV", Region.EU),
            Map.entry("A19VAU5U5O7RUS", Region.FE), Map.entry("A39IBJ37TRP1C6", Region.FE),
            Map.entry("A1VC38T7YXB528", Region.FE));

    @Test
    @DisplayName("API-02: every marketplace of FACTS §2 maps to its region's host")
    void marketplaceToEndpoint() {
        assertEquals(23, Marketplace.values().length);
        FACTS.forEach((id, region) -> assertEquals(region, Marketplace.regionOf(id).orElseThrow(), id));
        assertEquals(URI.create("https://sellingpartnerapi-eu.amazon.com"),
                Marketplace.byId("A1PA6795UKMFR9").orElseThrow().region().endpoint());
        assertEquals(Marketplace.UK, Marketplace.byCountry("UK").orElseThrow());
        assertEquals(Marketplace.UK, Marketplace.byCountry("GB").orElseThrow());
        assertTrue(Marketplace.regionOf("NOPE").isEmpty());
    }

    @Test
    @DisplayName("API-02: calls go to the region's Amazon host unless an endpoint override (sandbox, simulator) is set")
    void endpointOverride() {
        ConnectionSettings amazon = ConnectionSettings.amazon("id", () -> "s", () -> "r", null);
        SellerChannel fe = channel(amazon, Region.FE);
        assertEquals("https://sellingpartnerapi-fe.amazon.com/orders/2026-01-01/orders",
                fe.url("/orders/2026-01-01/orders").build().toString());
        assertEquals(URI.create("https://api.amazon.com/auth/o2/token"), amazon.effectiveLwaEndpoint());
        ConnectionSettings local = amazon.withEndpoints(URI.create("http://127.0.0.1:8765"),
                URI.create("http://127.0.0.1:8765/auth/o2/token"));
        assertEquals("http://127.0.0.1:8765/listings/2021-08-01/items",
                channel(local, Region.EU).url("/listings/2021-08-01/items").build().toString());
        assertFalse(local.toString().contains("\"s\""));
    }

    @Test
    @DisplayName("STORE-06: the consent page is the marketplace's Seller Central with app id and state")
    void consentPage() {
        assertEquals(URI.create("https://sellercentral.amazon.de/apps/authorize/consent?application_id=amzn1.sp.solution.x"
                + "&state=s+1&version=beta"), SellingPartnerClients.consentPage(Marketplace.DE, "amzn1.sp.solution.x",
                        "s 1", true));
    }

    @Test
    @DisplayName("API-05: status polls start at the expected time (5 min, then learnt), then 60 s doubling to 5 min")
    void pollingSchedule() {
        StatusPolling polling = new StatusPolling();
        assertEquals(Duration.ofMinutes(5), polling.firstWait("report", null));
        assertEquals(List.of(60L, 120L, 240L, 300L, 300L), List.of(StatusPolling.nextWait(0).getSeconds(),
                StatusPolling.nextWait(1).getSeconds(), StatusPolling.nextWait(2).getSeconds(),
                StatusPolling.nextWait(3).getSeconds(), StatusPolling.nextWait(9).getSeconds()));
        polling.learn("report", Duration.ofMinutes(1));
        assertEquals(Duration.ofMinutes(1), polling.firstWait("report", null), "learnt from the last one");
        polling.learn("report", Duration.ofMinutes(3));
        assertEquals(Duration.ofMinutes(2), polling.firstWait("report", null), "then a moving average");
        assertEquals(Duration.ofMinutes(5), polling.firstWait("feed", null), "learnt per kind");
    }

    private SellerChannel channel(ConnectionSettings settings, Region region) {
        return new SellerChannel("A1", region, settings, new OkHttpClient(), new ObjectMapper(), clock, clock::step,
                new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), () -> 0.5));
    }
}
