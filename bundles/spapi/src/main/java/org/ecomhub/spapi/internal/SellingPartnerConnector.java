package org.ecomhub.spapi.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import okhttp3.OkHttpClient;

import org.ecomhub.amazon.api.spapi.ConnectionSettings;
import org.ecomhub.amazon.api.spapi.RefreshToken;
import org.ecomhub.amazon.api.spapi.Region;
import org.ecomhub.amazon.api.spapi.SellingPartnerClient;
import org.ecomhub.amazon.api.spapi.SellingPartnerClients;
import org.ecomhub.amazon.api.spapi.SpApiAuthorizationException;
import org.ecomhub.amazon.api.spapi.SpApiAuthorizationException.Reason;

/**
 * The connector without OSGi: one {@link SellerChannel} per seller, region and application, shared by every client
 * handed out for them. The DS component wraps it; tests build it with a stepped clock and sleeper.
 */
public final class SellingPartnerConnector implements SellingPartnerClients {
    private final Clock clock;
    private final Sleeper sleeper;
    private final Backoff backoff;
    private final OkHttpClient http;
    private final ObjectMapper json;
    private final Map<String, SellerChannel> channels = new ConcurrentHashMap<>();

    public SellingPartnerConnector(Clock clock, Sleeper sleeper, DoubleSupplier random, Duration callTimeout) {
        this.clock = clock;
        this.sleeper = sleeper;
        this.backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), random);
        this.http = new OkHttpClient.Builder()
                .connectTimeout(10, TimeUnit.SECONDS)
                .readTimeout(callTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .callTimeout(callTimeout.toMillis() * 2, TimeUnit.MILLISECONDS)
                .retryOnConnectionFailure(false) // our own retry loop counts every attempt (API-07)
                .followRedirects(false)
                .build();
        this.json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    /** Production wiring: real clock waits, random jitter, 30 s read timeout. */
    public static SellingPartnerConnector create(Clock clock) {
        return new SellingPartnerConnector(clock, new ClockSleeper(clock),
                () -> ThreadLocalRandom.current().nextDouble(), Duration.ofSeconds(30));
    }

    @Override
    public SellingPartnerClient client(String sellerId, Region region, ConnectionSettings settings) {
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(settings, "settings");
        String key = sellerId + '|' + region + '|' + settings.effectiveApplicationId();
        SellerChannel channel = channels.compute(key, (k, existing) -> {
            if (existing == null) {
                return new SellerChannel(sellerId, region, settings, http, json, clock, sleeper, backoff);
            }
            existing.update(settings);
            return existing;
        });
        return new DefaultSellingPartnerClient(channel, sellerId + "/" + region);
    }

    @Override
    public RefreshToken exchangeAuthorizationCode(ConnectionSettings settings, String code, URI redirectUri) {
        String secret = settings.clientSecret().get();
        if (settings.lwaClientId() == null || secret == null || secret.isEmpty()) {
            throw new SpApiAuthorizationException("lwa", Reason.CONFIGURATION, "the LWA client id or secret is not set");
        }
        return new RefreshToken(new LwaClient(http, json)
                .exchangeCode(settings.effectiveLwaEndpoint(), settings.lwaClientId(), secret, code, redirectUri));
    }

    /** Frees connections and threads. */
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
