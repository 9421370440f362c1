package org.ecomhub.bench;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.ecomhub.amazon.api.spapi.ConnectionSettings;
import org.ecomhub.amazon.api.spapi.Marketplace;
import org.ecomhub.amazon.api.spapi.Region;
import org.ecomhub.amazon.api.spapi.SellingPartnerClient;
import org.ecomhub.spapi.internal.SellingPartnerConnector;
import org.ecomhub.spapi.simulator.internal.SimulatorSettings;
import org.ecomhub.spapi.simulator.internal.SpApiSimulator;

/**
 * The real simulator on 127.0.0.1 (Amazon's published usage plans, reports and feeds that take 5 simulated minutes)
 * and the real connector, both on one {@link AcceleratedClock}. Counts calls as API-07 does and the simulated span
 * from the first to the last SP-API request.
 */
public final class Sandbox implements AutoCloseable {
    public static final String SELLER = SimulatorSettings.DEFAULT_SELLER_ID;
    public static final Instant START = Instant.parse("2026-11-20T10:00:00Z");
    public static final Duration REPORT_DELAY = Duration.ofMinutes(5);
    public static final Duration REPORT_LAG = Duration.ZERO;
    public static final Duration FEED_DELAY = Duration.ofMinutes(5);
    public static final double RATE_MULTIPLIER = 1.0;

    public final AcceleratedClock clock;
    public final SpApiSimulator simulator;
    private final SellingPartnerConnector connector;
    private final SellingPartnerClient raw;
    public final SellingPartnerClient client;
    private final AtomicReference<Instant> first = new AtomicReference<>();
    private final AtomicReference<Instant> last = new AtomicReference<>();
    private final java.util.concurrent.atomic.AtomicLong simInside = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong realInside = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong firstReal = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong lastReal = new java.util.concurrent.atomic.AtomicLong();
    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);
    private Map<String, Long> before = Map.of();

    public Sandbox(double speed, List<Marketplace> marketplaces) throws IOException {
        clock = new AcceleratedClock(START, speed);
        SimulatorSettings d = SimulatorSettings.defaults().withTimes(Duration.ofHours(1), Duration.ZERO, REPORT_DELAY,
                REPORT_LAG, FEED_DELAY).withRateMultiplier(RATE_MULTIPLIER);
        SimulatorSettings s = new SimulatorSettings("127.0.0.1", 0, d.seed(), d.clientId(), d.clientSecret(),
                d.applicationId(), d.sellerId(), d.refreshToken(), d.redirectUri(), d.accessTokenLife(),
                d.rateMultiplier(), d.indexLag(), d.reportDelay(), d.reportLag(), d.feedDelay(),
                marketplaces.stream().map(Marketplace::id).toList());
        simulator = new SpApiSimulator(s, clock);
        connector = new SellingPartnerConnector(clock, clock::sleep, () -> 0.5, Duration.ofSeconds(60));
        raw = connector.client(SELLER, Region.EU, new ConnectionSettings(SimulatorSettings.DEFAULT_CLIENT_ID,
                () -> SimulatorSettings.DEFAULT_CLIENT_SECRET, () -> SimulatorSettings.DEFAULT_REFRESH_TOKEN,
                simulator.baseUri(), simulator.lwaUri(), "ecomhub-bench/1.0 (Language=Java/17)", null));
        client = (SellingPartnerClient) Proxy.newProxyInstance(Sandbox.class.getClassLoader(),
                new Class<?>[] {SellingPartnerClient.class}, (p, m, a) -> {
                    Instant in = clock.instant();
                    long inReal = System.nanoTime();
                    if (first.compareAndSet(null, in)) {
                        firstReal.set(inReal);
                    }
                    boolean outer = depth.get()[0]++ == 0;
                    try {
                        return m.invoke(raw, a);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    } finally {
                        depth.get()[0]--;
                        Instant out = clock.instant();
                        long outReal = System.nanoTime();
                        if (outer) {
                            simInside.addAndGet(Duration.between(in, out).toNanos());
                            realInside.addAndGet(outReal - inReal);
                        }
                        last.set(out);
                        lastReal.set(outReal);
                    }
                });
    }

    /** Starts counting calls and the span afresh. */
    public void mark() {
        before = simulator.counters();
        first.set(null);
        last.set(null);
        simInside.set(0);
        realInside.set(0);
    }

    /**
     * Simulated time spent inside SP-API requests since {@link #mark()}: Amazon-bound time (usage-plan waits, report
     * and feed processing, the requests themselves).
     */
    public Duration insideRequests() {
        return Duration.ofNanos(simInside.get());
    }

    /** Real time the plugin and host worked between the first and the last SP-API request (outside requests). */
    public double workBetweenRealSeconds() {
        if (first.get() == null) {
            return 0;
        }
        return (lastReal.get() - firstReal.get() - realInside.get()) / 1e9;
    }

    /** Real time since the last SP-API request (the plugin's and host's work after it). */
    public double sinceLastRealSeconds() {
        return first.get() == null ? 0 : (System.nanoTime() - lastReal.get()) / 1e9;
    }

    /** SP-API operation calls since {@link #mark()}: LWA, consent and presigned transfers are counted apart (API-07). */
    public Map<String, Long> calls() {
        Map<String, Long> out = new TreeMap<>();
        simulator.counters().forEach((k, v) -> {
            long n = v - before.getOrDefault(k, 0L);
            if (n > 0) {
                out.put(k, n);
            }
        });
        return out;
    }

    public static long operationCalls(Map<String, Long> calls) {
        return calls.entrySet().stream().filter(e -> !isTransfer(e.getKey())).mapToLong(Map.Entry::getValue).sum();
    }

    static boolean isTransfer(String key) {
        return key.equals("lwa") || key.equals("consent") || key.startsWith("presigned");
    }

    /** Simulated span from the first to the last SP-API request since {@link #mark()}. */
    public Duration span() {
        Instant f = first.get();
        Instant l = last.get();
        return f == null || l == null ? Duration.ZERO : Duration.between(f, l);
    }

    /** The span's split for the table; call right after the run's last request and work. */
    public Row.Span split() {
        return new Row.Span(insideRequests().toMillis() / 60_000.0, workBetweenRealSeconds(), sinceLastRealSeconds());
    }

    public static String settingsText() {
        return "simulator: Amazon's published default usage plans (rate multiplier " + RATE_MULTIPLIER
                + "), report " + REPORT_DELAY.toMinutes() + " simulated min to generate + lag " + REPORT_LAG.toMinutes()
                + " min, feed " + FEED_DELAY.toMinutes() + " simulated min to process, no index lag, no faults";
    }

    @Override
    public void close() {
        connector.close();
        simulator.close();
    }
}
