package org.ecomhub.spapi.simulator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;

import org.ecomhub.testsupport.SteppedClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SimulatorComponentTest {

    /** The configuration annotation with its defaults, overridden by {@code values}. */
    static SimulatorConfig config(Map<String, Object> values) {
        return (SimulatorConfig) Proxy.newProxyInstance(SimulatorConfig.class.getClassLoader(),
                new Class<?>[] {SimulatorConfig.class}, (proxy, method, args) -> {
                    if (values.containsKey(method.getName())) {
                        return values.get(method.getName());
                    }
                    return method.getDefaultValue() != null ? method.getDefaultValue() : method.invoke(proxy, args);
                });
    }

    @Test
    @DisplayName("SEC-02 HOST-08: the DS component binds to 127.0.0.1, generates its data and injects configured faults")
    void component() throws Exception {
        SteppedClock clock = new SteppedClock(Instant.parse("2026-06-01T12:00:00Z"));
        SimulatorComponent component = new SimulatorComponent(clock, config(Map.of("port", 0, "orders", 7,
                "fault_share429", 1.0)));
        try {
            SpApiSimulator sim = component.simulator();
            assertEquals(InetAddress.getLoopbackAddress().getHostAddress(), sim.baseUri().getHost());
            assertEquals(7, sim.state.orders.size());
            HttpResponse<String> token = HttpClient.newHttpClient().send(HttpRequest.newBuilder(sim.lwaUri())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=refresh_token&refresh_token="
                            + SimulatorHarness.enc(SimulatorSettings.DEFAULT_REFRESH_TOKEN) + "&client_id="
                            + SimulatorHarness.enc(SimulatorSettings.DEFAULT_CLIENT_ID) + "&client_secret="
                            + SimulatorSettings.DEFAULT_CLIENT_SECRET)).build(), HttpResponse.BodyHandlers.ofString());
            String access = SimulatorHarness.JSON.readTree(token.body()).get("access_token").asText();
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    sim.baseUri().resolve("/sellers/v1/marketplaceParticipations")).header("x-amz-access-token", access)
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(429, r.statusCode(), "fault.share429=1 from the configuration");
            assertTrue(r.body().contains("QuotaExceeded"));
        } finally {
            component.deactivate();
        }
    }
}
