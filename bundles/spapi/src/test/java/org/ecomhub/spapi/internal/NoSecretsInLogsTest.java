package org.ecomhub.spapi.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.ecomhub.amazon.api.spapi.ConnectionSettings;
import org.ecomhub.amazon.api.spapi.Region;
import org.ecomhub.amazon.api.spapi.SellingPartnerClient;
import org.ecomhub.amazon.api.spapi.SpApiException;
import org.ecomhub.amazon.api.spapi.model.Order;
import org.ecomhub.amazon.api.spapi.model.OrderSearch;
import org.ecomhub.spapi.simulator.internal.SimulatorSettings;
import org.ecomhub.spapi.simulator.internal.SpApiSimulator;
import org.ecomhub.testsupport.SteppedClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Runs a faulty session at DEBUG and searches the log, exceptions and toString output for secrets and buyer data. */
class NoSecretsInLogsTest {

    @Test
    @DisplayName("SEC-01 LOG-04 ORD-09: no client secret, refresh or access token, buyer e-mail or name in logs or errors")
    void nothingLeaks() throws IOException {
        SteppedClock clock = new SteppedClock(Instant.parse("2026-06-01T12:00:00Z"));
        List<String> seen = new ArrayList<>();
        try (SpApiSimulator sim = new SpApiSimulator(SimulatorSettings.defaults(), clock)) {
            sim.generate(150, 10, Duration.ofHours(24));
            SellingPartnerConnector connector = new SellingPartnerConnector(clock, clock::step, () -> 0.5,
                    Duration.ofSeconds(2));
            ConnectionSettings settings = new ConnectionSettings(SimulatorSettings.DEFAULT_CLIENT_ID,
                    () -> SimulatorSettings.DEFAULT_CLIENT_SECRET, () -> SimulatorSettings.DEFAULT_REFRESH_TOKEN,
                    sim.baseUri(), sim.lwaUri(), "leak-test/1.0", null);
            seen.add(settings.toString());
            SellingPartnerClient client = connector.client(SimulatorSettings.DEFAULT_SELLER_ID, Region.NA, settings);
            sim.faults().set(0.2, 0.1, 0.1, 0.05, 0.05, 0, 0);
            List<Order> orders = new ArrayList<>();
            client.searchAllOrders(OrderSearch.lastUpdated(clock.instant().minus(Duration.ofHours(25)),
                    clock.instant().minus(Duration.ofMinutes(3)), List.of(), true), page -> {
                        orders.addAll(page.orders());
                        sim.expireAccessTokens();
                    });
            orders.forEach(o -> seen.add(o.toString() + o.buyer() + o.deliveryAddress()));
            sim.faults().clear();
            SellingPartnerClient revoked = connector.client("A-X", Region.EU, new ConnectionSettings(
                    SimulatorSettings.DEFAULT_CLIENT_ID, () -> SimulatorSettings.DEFAULT_CLIENT_SECRET,
                    () -> "Atzr|revoked-0001", sim.baseUri(), sim.lwaUri(), "leak-test/1.0", null));
            SpApiException e = assertThrows(SpApiException.class, revoked::getMarketplaceParticipations);
            seen.add(e.toString());
            connector.close();
        }
        Path log = Path.of("target/spapi-test.log");
        assertTrue(Files.exists(log), "tests log to target/spapi-test.log");
        seen.add(Files.readString(log));
        for (String text : seen) {
            for (String secret : List.of(SimulatorSettings.DEFAULT_CLIENT_SECRET, "Atzr|", "Atza|",
                    "@marketplace.amazon", "Sim Buyer", "Sim Street")) {
                assertFalse(text.contains(secret), "leaked " + secret);
            }
        }
    }
}
