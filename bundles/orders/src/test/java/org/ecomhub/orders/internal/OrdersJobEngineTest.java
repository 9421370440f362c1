package org.ecomhub.orders.internal;

import static org.ecomhub.orders.internal.AmazonOrders.item;
import static org.ecomhub.orders.internal.AmazonOrders.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.ecomhub.amazon.api.spapi.ConnectionSettings;
import org.ecomhub.amazon.api.spapi.Marketplace;
import org.ecomhub.amazon.api.spapi.RefreshToken;
import org.ecomhub.amazon.api.spapi.Region;
import org.ecomhub.amazon.api.spapi.SellingPartnerClient;
import org.ecomhub.amazon.api.spapi.SellingPartnerClients;
import org.ecomhub.amazon.api.store.JobKind;
import org.ecomhub.amazon.api.store.JobRequest;
import org.ecomhub.amazon.api.store.JobResult;
import org.ecomhub.amazon.api.store.JobTarget;
import org.ecomhub.amazon.api.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scheduler's view: the orders job engine runs polls, named imports and missing-order searches. */
class OrdersJobEngineTest {

    static final ConnectionSettings CONNECTION = new ConnectionSettings("client", () -> "s", () -> "r",
            URI.create("http://127.0.0.1:1"), URI.create("http://127.0.0.1:1/auth"), "test/1.0", null);

    @TempDir
    Path dir;
    Harness h;
    TestStore shop;
    OrdersJobEngine engine;

    @BeforeEach
    void setUp() {
        h = new Harness(dir);
        shop = TestStore.of("SHOP1", Marketplace.UK, Harness.T0.minus(Duration.ofHours(12)));
        SellingPartnerClients clients = new SellingPartnerClients() {
            @Override
            public SellingPartnerClient client(String sellerId, Region region, ConnectionSettings settings) {
                return h.amazon;
            }

            @Override
            public RefreshToken exchangeAuthorizationCode(ConnectionSettings settings, String code, URI redirectUri) {
                throw new UnsupportedOperationException();
            }
        };
        engine = new OrdersJobEngine(h.importer, clients, h.clock);
        for (int i = 1; i <= 3; i++) {
            Instant t = h.clock.instant().minus(Duration.ofHours(i));
            h.amazon.put(order("202-" + i, Marketplace.UK.id(), "UNSHIPPED", "MERCHANT", t, t,
                    item("I1", "MUG", 1, "GBP", "10.00", "ITEM", "10.00").build()));
        }
    }

    private JobResult run(JobKind kind, JobTarget target, Map<String, String> args) throws Exception {
        return engine.prepare(new JobRequest(kind, target, List.<Store>of(shop), args, CONNECTION)).run(Harness.progress());
    }

    @Test
    @DisplayName("ORD-13 the scheduled poll of a poll group imports and says how many")
    void poll() throws Exception {
        assertEquals(Set.of(JobKind.ORDER_POLL, JobKind.ORDER_IMPORT, JobKind.MISSING_ORDERS), engine.kinds());
        JobResult r = run(JobKind.ORDER_POLL, JobTarget.group(shop.pollGroup()), Map.of());
        assertEquals(JobResult.Status.DONE, r.status());
        assertEquals(3, r.count());
    }

    @Test
    @DisplayName("DATA-04 import by ids separated by commas or new lines; the 51st id is refused with the reason")
    void importNamed() throws Exception {
        JobResult r = run(JobKind.ORDER_IMPORT, JobTarget.store("SHOP1", shop.pollGroup()),
                Map.of("orders", "202-1,\n202-2"));
        assertEquals(2, r.count());
        String many = String.join(",", java.util.stream.IntStream.range(0, 51).mapToObj(i -> "x" + i).toList());
        JobResult refused = run(JobKind.ORDER_IMPORT, JobTarget.store("SHOP1", shop.pollGroup()), Map.of("orders", many));
        assertEquals(JobResult.Status.FAILED, refused.status());
        assertTrue(refused.message().contains("At most 50"));
    }

    @Test
    @DisplayName("DATA-03 find missing orders lists them, and imports them when asked")
    void findMissing() throws Exception {
        JobResult found = run(JobKind.MISSING_ORDERS, JobTarget.store("SHOP1", shop.pollGroup()), Map.of("days", "1"));
        assertEquals(3, found.count());
        assertTrue(found.message().contains("202-1"));
        JobResult imported = run(JobKind.MISSING_ORDERS, JobTarget.store("SHOP1", shop.pollGroup()),
                Map.of("days", "1", "import", "true"));
        assertEquals(3, imported.count());
        assertEquals(3, h.hostOrders().size());
    }

    @Test
    @DisplayName("STORE-04 the estimate of orders a store turned ON would import counts its marketplace's orders since then")
    void estimate() {
        FakeClient paged = h.amazon;
        OptionalLong n = OrderEstimator.count(PagingClient.of(paged), shop, h.clock.instant().minus(Duration.ofDays(1)),
                h.clock.instant().minus(Duration.ofMinutes(2)));
        assertEquals(OptionalLong.of(3), n);
    }

    /** searchOrders page by page over the fake. */
    static final class PagingClient implements java.lang.reflect.InvocationHandler {
        private final FakeClient fake;

        PagingClient(FakeClient fake) {
            this.fake = fake;
        }

        static SellingPartnerClient of(FakeClient fake) {
            return (SellingPartnerClient) java.lang.reflect.Proxy.newProxyInstance(PagingClient.class.getClassLoader(),
                    new Class<?>[] {SellingPartnerClient.class}, new PagingClient(fake));
        }

        @Override
        public Object invoke(Object proxy, java.lang.reflect.Method method, Object[] args) throws Throwable {
            if (method.getName().equals("searchOrders")) {
                List<org.ecomhub.amazon.api.spapi.model.Order> all = new java.util.ArrayList<>();
                fake.searchAllOrders((org.ecomhub.amazon.api.spapi.model.OrderSearch) args[0],
                        p -> all.addAll(p.orders()));
                return new org.ecomhub.amazon.api.spapi.model.OrderPage(all, null);
            }
            return method.invoke(fake, args);
        }
    }

    @Test
    @DisplayName("HOST-03: an update of the orders bundle stops a running poll at its next order and waits for it; no job starts after")
    void deactivationDrainsRunningJobs() throws Exception {
        java.util.concurrent.CountDownLatch inPoll = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        org.ecomhub.amazon.api.store.Progress blocking = new org.ecomhub.amazon.api.store.Progress() {
            @Override public void report(String message) {
                inPoll.countDown();
                await(release); // the poll is under way when the bundle stops
            }
            @Override public void step(long done, long total) { }
            @Override public boolean cancelled() { return false; }
            @Override public void checkpoint() { }
        };
        var job = engine.prepare(new JobRequest(JobKind.ORDER_POLL, JobTarget.group(shop.pollGroup()),
                List.<Store>of(shop), Map.of(), CONNECTION));
        java.util.concurrent.CompletableFuture<JobResult> running = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> {
                    try {
                        return job.run(blocking);
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
        assertTrue(inPoll.await(10, java.util.concurrent.TimeUnit.SECONDS));
        java.util.concurrent.CompletableFuture<Void> stopping = java.util.concurrent.CompletableFuture.runAsync(() -> {
            try {
                engine.deactivate();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(200); // deactivation is waiting for the job, not returning at once
        assertTrue(!stopping.isDone(), "deactivation waits for the running poll");
        release.countDown();
        stopping.get(10, java.util.concurrent.TimeUnit.SECONDS);
        var failure = org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.ExecutionException.class,
                () -> running.get(10, java.util.concurrent.TimeUnit.SECONDS));
        assertTrue(failure.getCause() instanceof org.ecomhub.amazon.api.store.JobCancelledException, failure.toString());
        assertTrue(failure.getCause().getMessage().contains("orders bundle is stopping"));
        assertEquals(0, h.hostOrders().size(), "the poll stopped at its first order");

        JobResult after = run(JobKind.ORDER_POLL, JobTarget.group(shop.pollGroup()), Map.of());
        assertEquals(JobResult.Status.CANCELLED, after.status());
        assertTrue(after.message().contains("runs again on the next schedule"), after.message());
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
