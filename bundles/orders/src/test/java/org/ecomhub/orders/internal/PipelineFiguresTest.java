package org.ecomhub.orders.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.ecomhub.amazon.api.orders.PollSummary;
import org.ecomhub.amazon.api.spapi.ConnectionSettings;
import org.ecomhub.amazon.api.spapi.Marketplace;
import org.ecomhub.amazon.api.spapi.Region;
import org.ecomhub.amazon.api.spapi.SellingPartnerClient;
import org.ecomhub.spapi.internal.SellingPartnerConnector;
import org.ecomhub.spapi.simulator.internal.SimulatorSettings;
import org.ecomhub.spapi.simulator.internal.SpApiSimulator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * API-07 figures for the closing note, not a timed test: SP-API calls per 1,000 imported orders for the live poll and
 * for a report back-fill (asserted against the cheapest-path budget), and orders per second through the pipeline on
 * the reference host (printed only).
 */
class PipelineFiguresTest {

    @TempDir
    Path dir;

    /** @param read orders Amazon returned (searchOrders and report rows' orders), imported or not */
    private record Figures(PollSummary summary, Map<String, Long> calls, double seconds, long read) {
        long per1000(String op) {
            return Math.round(calls.getOrDefault(op, 0L) * 1000.0 / Math.max(1, read));
        }
    }

    private Figures run(Path d, Duration installedAgo, Duration spread) throws IOException {
        Harness h = new Harness(d);
        try (SpApiSimulator sim = new SpApiSimulator(SimulatorSettings.defaults(), h.clock)) {
            sim.generate(4000, 50, spread);
            SellingPartnerConnector connector = new SellingPartnerConnector(h.clock, h.clock::step, () -> 0.5,
                    Duration.ofSeconds(30));
            try {
                SellingPartnerClient client = connector.client(SimulatorSettings.DEFAULT_SELLER_ID, Region.EU,
                        new ConnectionSettings(SimulatorSettings.DEFAULT_CLIENT_ID,
                                () -> SimulatorSettings.DEFAULT_CLIENT_SECRET,
                                () -> SimulatorSettings.DEFAULT_REFRESH_TOKEN, sim.baseUri(), sim.lwaUri(), "bench/1.0",
                                null));
                var installed = h.clock.instant().minus(installedAgo);
                List<org.ecomhub.amazon.api.store.Store> stores = List.of(
                        TestStore.of("UKSHOP", Marketplace.UK, installed, SimulatorSettings.DEFAULT_SELLER_ID),
                        TestStore.of("DESHOP", Marketplace.DE, installed, SimulatorSettings.DEFAULT_SELLER_ID));
                Map<String, Long> before = sim.counters();
                long t0 = System.nanoTime(); // wall time of the measurement only; the pipeline runs on the Clock
                java.util.concurrent.atomic.AtomicLong read = new java.util.concurrent.atomic.AtomicLong();
                SellingPartnerClient counting = (SellingPartnerClient) java.lang.reflect.Proxy.newProxyInstance(
                        getClass().getClassLoader(), new Class<?>[] {SellingPartnerClient.class}, (p, m, a) -> {
                            try {
                                if (m.getName().equals("searchAllOrders")) {
                                    @SuppressWarnings("unchecked")
                                    java.util.function.Consumer<org.ecomhub.amazon.api.spapi.model.OrderPage> c =
                                            (java.util.function.Consumer<org.ecomhub.amazon.api.spapi.model.OrderPage>) a[1];
                                    a[1] = (java.util.function.Consumer<org.ecomhub.amazon.api.spapi.model.OrderPage>)
                                            page -> {
                                                read.addAndGet(page.orders().size());
                                                c.accept(page);
                                            };
                                }
                                Object r = m.invoke(client, a);
                                if (m.getName().equals("parseOrdersReport")) {
                                    read.addAndGet(((List<?>) r).stream().map(row -> ((org.ecomhub.amazon.api.spapi.model
                                            .OrderReportRow) row).amazonOrderId()).distinct().count());
                                }
                                return r;
                            } catch (java.lang.reflect.InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
                PollSummary s = h.importer.poll(stores, counting, Harness.progress());
                double seconds = (System.nanoTime() - t0) / 1e9;
                Map<String, Long> after = new java.util.TreeMap<>(sim.counters());
                before.forEach((k, v) -> after.merge(k, -v, Long::sum));
                return new Figures(s, after, seconds, read.get());
            } finally {
                connector.close();
            }
        }
    }

    @Test
    @DisplayName("API-05 API-06 API-07: calls per 1,000 orders: live poll about 10 searchOrders pages, report back-fill a handful of report calls")
    void callsPerThousandOrders() throws IOException {
        Figures report = run(dir.resolve("report"), Duration.ofDays(4), Duration.ofDays(3));
        Figures live = run(dir.resolve("live"), Duration.ofHours(23), Duration.ofHours(22));
        System.out.printf("live poll: %s; %d orders read; calls %s; searchOrders per 1000 orders %d; %.0f orders/s%n",
                live.summary(), live.read(), live.calls(), live.per1000("searchOrders"), live.summary().imported() / live.seconds());
        System.out.printf("report back-fill: %s; %d orders read; calls %s; report calls per 1000 orders %d; %.0f orders/s%n",
                report.summary(), report.read(), report.calls(), report.per1000("createReport") + report.per1000("getReport")
                        + report.per1000("getReportDocument"), report.summary().imported() / report.seconds());
        assertTrue(live.summary().imported() > 200, live.summary().toString());
        assertTrue(live.per1000("searchOrders") <= 12, "a page holds 100 orders: " + live.calls());
        assertTrue(live.per1000("getOrder") == 0, "no per-order calls when nothing fails: " + live.calls());
        assertTrue(report.summary().imported() > 500, report.summary().toString());
        assertTrue(report.calls().getOrDefault("searchOrders", 0L) <= 2, "only the live overlap: " + report.calls());
    }
}
