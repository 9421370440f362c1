package org.ecomhub.spapi.simulator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LiveOrdersTest {
    private SimulatorHarness h;

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    @DisplayName("ORD-13 HOST-08: live orders arrive on the clock as PENDING and move on after 30 minutes, stamped when due")
    void lifecycle() throws Exception {
        h = new SimulatorHarness(SimulatorSettings.defaults(), 0, 20);
        h.sim.liveOrders(12);
        h.login();
        Instant start = h.clock.instant();
        h.clock.step(Duration.ofMinutes(33));
        JsonNode first = search(start);
        assertEquals(6, first.size(), "12 per hour: 6 arrived by 30 minutes (the window ends 2 minutes before now)");
        first.forEach(o -> assertEquals("PENDING", o.path("fulfillment").path("fulfillmentStatus").asText()));
        h.clock.step(Duration.ofMinutes(40));
        h.login(); // the first access token has expired by now
        JsonNode later = search(start);
        assertTrue(later.size() >= 14);
        long movedOn = 0;
        for (JsonNode o : later) {
            String status = o.path("fulfillment").path("fulfillmentStatus").asText();
            if (!"PENDING".equals(status)) {
                movedOn++;
                assertTrue(status.equals("UNSHIPPED") && o.path("fulfillment").path("fulfilledBy").asText().equals("MERCHANT")
                        || status.equals("SHIPPED") && o.path("fulfillment").path("fulfilledBy").asText().equals("AMAZON"));
                assertEquals(Instant.parse(o.get("createdTime").asText()).plus(LiveOrders.PENDING_FOR),
                        Instant.parse(o.get("lastUpdatedTime").asText()), "stamped when it was due");
            }
        }
        assertTrue(movedOn >= 6);
    }

    @Test
    @DisplayName("HOST-08: a stream stopped with rate 0 makes no new orders, but the ones it made still move on")
    void stoppedStreamStillMovesItsOrdersOn() throws Exception {
        h = new SimulatorHarness(SimulatorSettings.defaults(), 0, 20);
        h.sim.liveOrders(12);
        h.login();
        Instant start = h.clock.instant();
        h.clock.step(Duration.ofMinutes(33));
        assertEquals(6, search(start).size());
        h.sim.liveOrders(0);
        h.clock.step(Duration.ofMinutes(40));
        h.login();
        JsonNode later = search(start);
        assertEquals(6, later.size(), "no new orders once stopped");
        later.forEach(o -> assertTrue(!"PENDING".equals(o.path("fulfillment").path("fulfillmentStatus").asText()),
                "moved on after 30 minutes: " + o));
    }

    @Test
    @DisplayName("HOST-08: stopping the stream keeps the orders that were due before the stop, even if no request came between")
    void stoppingKeepsTheOrdersDueBeforeIt() throws Exception {
        h = new SimulatorHarness(SimulatorSettings.defaults(), 0, 20);
        h.sim.liveOrders(12);
        Instant start = h.clock.instant();
        h.clock.step(Duration.ofMinutes(31));
        h.sim.liveOrders(0); // no SP-API request since the start
        h.clock.step(Duration.ofMinutes(10));
        h.login();
        search(start);
        assertEquals(6, h.sim.state.orders.size(), "the 6 orders due by 30 minutes were made");
        assertEquals(start.plus(Duration.ofMinutes(30)), h.sim.state.orders.values().stream()
                .map(o -> o.createdTime).max(Instant::compareTo).orElseThrow());
    }

    private JsonNode search(Instant since) throws Exception {
        String q = "/orders/2026-01-01/orders?lastUpdatedAfter=" + since.minusSeconds(1) + "&lastUpdatedBefore="
                + h.clock.instant().minusSeconds(120) + "&includedData=FULFILLMENT";
        SimulatorHarness.Reply r = h.get(q);
        assertEquals(200, r.status(), r.text());
        return r.json().get("orders");
    }
}
