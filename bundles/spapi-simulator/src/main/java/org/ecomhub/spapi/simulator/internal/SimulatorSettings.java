package org.ecomhub.spapi.simulator.internal;

import java.time.Duration;
import java.util.List;

/**
 * Everything the simulator is started with. The application and one seller are known from the start; the admin
 * endpoint can add data. Defaults suit tests: no lags, Amazon's usage plans, no faults.
 *
 * @param rateMultiplier multiplies every usage plan's rate and burst (1 = Amazon's published plans)
 * @param indexLag       an order shows in searchOrders only this long after its lastUpdatedTime
 * @param reportDelay    simulated time a report takes from createReport to DONE
 * @param reportLag      orders updated within this time before a report is processed are missing from it
 * @param feedDelay      simulated time a feed takes from createFeed to DONE
 */
public record SimulatorSettings(String host, int port, long seed, String clientId, String clientSecret,
        String applicationId, String sellerId, String refreshToken, String redirectUri, Duration accessTokenLife,
        double rateMultiplier, Duration indexLag, Duration reportDelay, Duration reportLag, Duration feedDelay,
        List<String> marketplaceIds) {

    public static final String DEFAULT_CLIENT_ID = "amzn1.application-oa2-client.simulator";
    public static final String DEFAULT_CLIENT_SECRET = "sim-client-secret";
    public static final String DEFAULT_APPLICATION_ID = "amzn1.sp.solution.simulator";
    public static final String DEFAULT_SELLER_ID = "A3SIMSELLER0001";
    public static final String DEFAULT_REFRESH_TOKEN = "Atzr|sim-refresh-token-0001";

    public SimulatorSettings {
        marketplaceIds = List.copyOf(marketplaceIds);
    }

    public static SimulatorSettings defaults() {
        return new SimulatorSettings("127.0.0.1", 0, 42L, DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET,
                DEFAULT_APPLICATION_ID, DEFAULT_SELLER_ID, DEFAULT_REFRESH_TOKEN, "https://localhost/oauth",
                Duration.ofHours(1), 1.0, Duration.ZERO, Duration.ofMinutes(5), Duration.ZERO, Duration.ofMinutes(3),
                List.of("ATVPDKIKX0DER", "A2EUQ1WTGCTBG2", "A1F83G8C2ARO7P", "A1PA6795UKMFR9"));
    }

    public SimulatorSettings withPort(int newPort) {
        return new SimulatorSettings(host, newPort, seed, clientId, clientSecret, applicationId, sellerId,
                refreshToken, redirectUri, accessTokenLife, rateMultiplier, indexLag, reportDelay, reportLag,
                feedDelay, marketplaceIds);
    }

    public SimulatorSettings withSeed(long newSeed) {
        return new SimulatorSettings(host, port, newSeed, clientId, clientSecret, applicationId, sellerId,
                refreshToken, redirectUri, accessTokenLife, rateMultiplier, indexLag, reportDelay, reportLag,
                feedDelay, marketplaceIds);
    }

    public SimulatorSettings withTimes(Duration tokenLife, Duration newIndexLag, Duration newReportDelay,
            Duration newReportLag, Duration newFeedDelay) {
        return new SimulatorSettings(host, port, seed, clientId, clientSecret, applicationId, sellerId,
                refreshToken, redirectUri, tokenLife, rateMultiplier, newIndexLag, newReportDelay, newReportLag,
                newFeedDelay, marketplaceIds);
    }

    public SimulatorSettings withRateMultiplier(double multiplier) {
        return new SimulatorSettings(host, port, seed, clientId, clientSecret, applicationId, sellerId,
                refreshToken, redirectUri, accessTokenLife, multiplier, indexLag, reportDelay, reportLag, feedDelay,
                marketplaceIds);
    }

    @Override
    public String toString() {
        return "SimulatorSettings[host=" + host + ", port=" + port + ", seed=" + seed + ", clientId=" + clientId
                + ", sellerId=" + sellerId + ", secrets=<hidden>]";
    }
}
