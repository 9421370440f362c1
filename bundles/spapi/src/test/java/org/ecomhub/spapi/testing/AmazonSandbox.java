package org.ecomhub.spapi.testing;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.ecomhub.amazon.api.spapi.ConnectionSettings;
import org.ecomhub.amazon.api.spapi.Region;
import org.ecomhub.amazon.api.spapi.SellingPartnerClient;
import org.ecomhub.amazon.api.spapi.model.ListingsPatch;
import org.ecomhub.spapi.internal.SellingPartnerConnector;
import org.ecomhub.spapi.simulator.internal.SimulatorSettings;
import org.ecomhub.spapi.simulator.internal.SpApiSimulator;
import org.ecomhub.testsupport.SteppedClock;

/**
 * The SP-API simulator on loopback and the real connector, both on one stepped clock: the connector's waits move
 * the clock, so report and feed delays pass in milliseconds. Shared with other modules' tests through spapi's
 * test-jar (it needs both the connector and the simulator, which test-support cannot depend on).
 */
public final class AmazonSandbox implements AutoCloseable {

    public static final String SELLER = SimulatorSettings.DEFAULT_SELLER_ID;

    public final SteppedClock clock = new SteppedClock(Instant.parse("2026-11-20T10:00:00Z"));
    public final SpApiSimulator simulator;
    public final SellingPartnerConnector connector;
    public final SellingPartnerClient client;
    private final HttpClient http = HttpClient.newHttpClient();

    public AmazonSandbox(int listingsPerMarketplace) throws IOException {
        this(SimulatorSettings.defaults(), listingsPerMarketplace);
    }

    public AmazonSandbox(SimulatorSettings settings, int listingsPerMarketplace) throws IOException {
        simulator = new SpApiSimulator(settings, clock);
        simulator.generate(0, listingsPerMarketplace, Duration.ofHours(1));
        connector = new SellingPartnerConnector(clock, clock::step, () -> 0.5, Duration.ofSeconds(5));
        client = connector.client(SELLER, Region.EU, new ConnectionSettings(SimulatorSettings.DEFAULT_CLIENT_ID,
                () -> SimulatorSettings.DEFAULT_CLIENT_SECRET, () -> SimulatorSettings.DEFAULT_REFRESH_TOKEN,
                simulator.baseUri(), simulator.lwaUri(), "ecomhub-test/1.0 (Language=Java/17)", null));
    }

    /** The simulator's view of a listing, as JSON text (admin endpoint). */
    public String listing(String marketplaceId, String sku) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                simulator.baseUri().resolve("/_admin/listings/" + marketplaceId + "/" + sku)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return r.body();
    }

    /** What Amazon does itself when an order is placed: its quantity goes down. */
    public void patchQuantity(String marketplaceId, String sku, int quantity) {
        client.patchListingsItem(sku, marketplaceId, "PRODUCT", List.of(ListingsPatch.merchantStock(quantity, null)));
    }

    /** How often the simulator served an operation, e.g. "getListingsItem". */
    public long calls(String operation) {
        return simulator.counters().getOrDefault(operation, 0L);
    }

    @Override
    public void close() {
        connector.close();
        simulator.close();
    }
}
