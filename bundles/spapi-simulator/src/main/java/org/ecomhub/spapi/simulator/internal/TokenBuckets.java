package org.ecomhub.spapi.simulator.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Amazon's usage plans in the simulator: one bucket per seller, application and operation. */
final class TokenBuckets {
    /** Default usage plans of the operations the simulator serves (FACTS §4): rate per second, burst. */
    static final Map<String, double[]> PLANS = Map.ofEntries(
            Map.entry("searchOrders", new double[] {0.0056, 20}),
            Map.entry("getOrder", new double[] {0.5, 30}),
            Map.entry("confirmShipment", new double[] {2, 10}),
            Map.entry("createReport", new double[] {0.0167, 15}),
            Map.entry("getReport", new double[] {2, 15}),
            Map.entry("getReportDocument", new double[] {0.0167, 15}),
            Map.entry("createFeedDocument", new double[] {0.5, 15}),
            Map.entry("createFeed", new double[] {0.0083, 15}),
            Map.entry("getFeed", new double[] {2, 15}),
            Map.entry("getFeedDocument", new double[] {0.0222, 10}),
            Map.entry("searchCatalogItems", new double[] {2, 2}),
            Map.entry("getCatalogItem", new double[] {2, 2}),
            Map.entry("getListingsItem", new double[] {5, 10}),
            Map.entry("patchListingsItem", new double[] {5, 5}),
            Map.entry("searchListingsItems", new double[] {5, 5}),
            Map.entry("getInventorySummaries", new double[] {2, 2}),
            Map.entry("getMarketplaceParticipations", new double[] {0.016, 15}));

    private final Clock clock;
    private final double multiplier;
    private final Map<String, double[]> state = new ConcurrentHashMap<>(); // tokens, last update nanos

    TokenBuckets(Clock clock, double multiplier) {
        this.clock = clock;
        this.multiplier = multiplier;
    }

    double rate(String operation) {
        return PLANS.getOrDefault(operation, new double[] {1, 1})[0] * multiplier;
    }

    /** Takes a token; false when the bucket is empty (the caller answers 429). */
    boolean take(String sellerId, String application, String operation) {
        double[] plan = PLANS.getOrDefault(operation, new double[] {1, 1});
        double rate = plan[0] * multiplier;
        double burst = Math.max(1, Math.floor(plan[1] * multiplier));
        Instant now = clock.instant();
        double nowSeconds = now.getEpochSecond() + now.getNano() / 1e9;
        String key = sellerId + '|' + application + '|' + operation;
        double[] b = state.computeIfAbsent(key, k -> new double[] {burst, nowSeconds});
        synchronized (b) {
            b[0] = Math.min(burst, b[0] + Math.max(0, nowSeconds - b[1]) * rate);
            b[1] = nowSeconds;
            if (b[0] >= 1 - 1e-6) { // tolerate rounding: a client pacing exactly at the rate is not throttled
                b[0] -= 1;
                return true;
            }
            return false;
        }
    }

    void reset() {
        state.clear();
    }

    static Duration window() {
        return Duration.ofMinutes(5);
    }
}
