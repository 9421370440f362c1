package org.ecomhub.stores.internal;

import static org.ecomhub.stores.internal.StoresFixture.DE;
import static org.ecomhub.stores.internal.StoresFixture.SELLER;
import static org.ecomhub.stores.internal.StoresFixture.UK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.ecomhub.amazon.api.log.FixAction;
import org.ecomhub.amazon.api.spapi.SpApiAuthorizationException;
import org.ecomhub.amazon.api.store.Actor;
import org.ecomhub.amazon.api.store.JobEngine;
import org.ecomhub.amazon.api.store.JobKind;
import org.ecomhub.amazon.api.store.JobRequest;
import org.ecomhub.amazon.api.store.JobResult;
import org.ecomhub.amazon.api.store.JobResult.Status;
import org.ecomhub.amazon.api.store.JobTarget;
import org.ecomhub.amazon.api.store.PollGroup;
import org.ecomhub.amazon.api.store.Progress;
import org.ecomhub.amazon.api.store.StoreJob;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobSchedulerTest {

    private static final Actor ADMIN = Actor.shell("admin");

    @TempDir
    Path dir;

    private StoresFixture f;
    private final List<JobRequest> requests = new CopyOnWriteArrayList<>();
    private volatile JobEngine engine;
    private ExecutorService pool;
    private JobScheduler scheduler;
    private LeaseTable leases;
    private PollGroup group;

    @BeforeEach
    void start() throws Exception {
        f = new StoresFixture(dir);
        pool = Executors.newFixedThreadPool(3);
        leases = new LeaseTable(f.db);
        scheduler = new JobScheduler(f.clock, f.registry, kind -> Optional.ofNullable(engine)
                .filter(e -> e.kinds().contains(kind)), leases, f.tables, f.log, pool);
        f.registry.jobControl(scheduler);
        f.registry.install("EU1", UK, SELLER, ADMIN);
        f.registry.install("EU2", DE, SELLER, ADMIN);
        group = f.published.get("EU1").pollGroup();
        f.vault.put(SecretVault.refreshTokenName(group), "Atzr|token-for-the-scheduler-tests-0123456789");
        f.auth.authorised(group, f.clock.instant());
    }

    @AfterEach
    void stop() throws Exception {
        scheduler.close(Duration.ofSeconds(5));
        f.close();
    }

    private JobEngine engine(Set<JobKind> kinds, JobBody body) {
        return new JobEngine() {
            @Override
            public Set<JobKind> kinds() {
                return kinds;
            }

            @Override
            public StoreJob prepare(JobRequest request) {
                requests.add(request);
                return new StoreJob() {
                    @Override
                    public JobKind kind() {
                        return request.kind();
                    }

                    @Override
                    public JobTarget target() {
                        return request.target();
                    }

                    @Override
                    public JobResult run(Progress progress) throws Exception {
                        return body.run(request, progress);
                    }
                };
            }
        };
    }

    interface JobBody {
        JobResult run(JobRequest request, Progress progress) throws Exception;
    }

    private static JobResult await(CompletableFuture<JobResult> future) throws Exception {
        return future.get(10, TimeUnit.SECONDS);
    }

    @Test
    @DisplayName("HOST-05, STORE-09: until an engine is installed a manual job reports 'not installed', and health shows it")
    void notInstalled() throws Exception {
        f.registry.enable("EU1", false, ADMIN);
        JobResult result = await(scheduler.submit(JobKind.PRODUCT_IMPORT, "EU1", Map.of(), line -> { }));
        assertEquals(Status.NOT_INSTALLED, result.status());
        assertTrue(result.message().contains("not installed"));

        scheduler.tick();
        awaitIdle();
        assertEquals(Status.NOT_INSTALLED, f.registry.health("EU1").orElseThrow().lastOrderPoll().orElseThrow().status());
    }

    @Test
    @DisplayName("STORE-04: nothing runs for a store that is OFF")
    void offStoreDoesNotRun() throws Exception {
        engine = engine(Set.of(JobKind.ORDER_POLL, JobKind.PRODUCT_IMPORT), (r, p) -> JobResult.done("ok", 1));
        scheduler.tick();
        awaitIdle();
        assertTrue(requests.isEmpty(), "no poll for a group without an ON store");
        assertEquals(Status.STORE_OFF, await(scheduler.submit(JobKind.PRODUCT_IMPORT, "EU1", Map.of(), l -> { })).status());
    }

    @Test
    @DisplayName("HOST-08, ORD-10: the order poll runs once per group at the poll interval on the Clock, with every ON store of the group")
    void pollsOnTheClock() throws Exception {
        engine = engine(Set.of(JobKind.ORDER_POLL), (r, p) -> JobResult.done("polled", 0));
        f.registry.enable("EU1", false, ADMIN);
        f.registry.enable("EU2", false, ADMIN);

        scheduler.tick();
        awaitIdle();
        scheduler.tick();
        awaitIdle();
        assertEquals(1, requests.size(), "one poll for the group, not one per store, and not again before 5 minutes");
        assertEquals(JobTarget.group(group), requests.get(0).target());
        assertEquals(List.of("EU1", "EU2"), requests.get(0).stores().stream().map(s -> s.alias()).toList());
        assertEquals(Optional.of(StoresFixture.T0.plus(Duration.ofMinutes(5))), scheduler.nextRun("EU1"));

        f.clock.step(Duration.ofMinutes(5));
        scheduler.tick();
        awaitIdle();
        assertEquals(2, requests.size());
        assertEquals(Status.DONE, f.registry.health("EU2").orElseThrow().lastOrderPoll().orElseThrow().status());
    }

    @Test
    @DisplayName("HOST-03, HOST-08: after a restart or bundle update the poll keeps its rhythm from the last run instead of running at once")
    void rhythmSurvivesRestart() throws Exception {
        engine = engine(Set.of(JobKind.ORDER_POLL), (r, p) -> JobResult.done("polled", 0));
        f.registry.enable("EU1", false, ADMIN);
        scheduler.tick();
        awaitIdle();
        f.clock.step(Duration.ofMinutes(2));
        JobScheduler updated = new JobScheduler(f.clock, f.registry, kind -> Optional.ofNullable(engine)
                .filter(e -> e.kinds().contains(kind)), leases, f.tables, f.log, pool);

        updated.tick();
        awaitIdle();
        assertEquals(1, requests.size(), "not again 2 minutes after the last poll");
        f.clock.step(Duration.ofMinutes(3));
        updated.tick();
        awaitIdle();
        assertEquals(2, requests.size(), "5 minutes after the last poll");
    }

    @Test
    @DisplayName("STK-05: the stock export runs only when a store exports, at the integration's frequency")
    void stockExport() throws Exception {
        engine = engine(Set.of(JobKind.STOCK_EXPORT), (r, p) -> JobResult.done("exported", 3));
        f.registry.enable("EU1", false, ADMIN);
        scheduler.tick();
        awaitIdle();
        assertTrue(requests.isEmpty());

        f.registry.changeSettings("EU1", org.ecomhub.amazon.api.settings.StockSettings.PID, Map.of("export", "true"), ADMIN);
        scheduler.tick();
        awaitIdle();
        f.clock.step(Duration.ofMinutes(59));
        scheduler.tick();
        awaitIdle();
        assertEquals(1, requests.size());
        f.clock.step(Duration.ofMinutes(1));
        scheduler.tick();
        awaitIdle();
        assertEquals(2, requests.size(), "MINUTES_60 by default");
    }

    @Test
    @DisplayName("STORE-04: a store turned OFF stops its running job at once (at its next checkpoint)")
    void offStopsRunningJob() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        engine = engine(Set.of(JobKind.MISSING_ORDERS), (r, p) -> {
            running.countDown();
            while (true) {
                p.checkpoint();
                Thread.onSpinWait();
            }
        });
        f.registry.enable("EU1", false, ADMIN);
        CompletableFuture<JobResult> future = scheduler.submit(JobKind.MISSING_ORDERS, "EU1", Map.of(), l -> { });
        assertTrue(running.await(10, TimeUnit.SECONDS));
        assertEquals(1, scheduler.backlog("EU1"));

        f.registry.disable("EU1", ADMIN);

        JobResult result = await(future);
        assertEquals(Status.CANCELLED, result.status());
        assertTrue(result.message().contains("turned OFF"), result.message());
    }

    @Test
    @DisplayName("ORD-10: order-writing jobs of one seller and region exclude each other through the lease row")
    void leaseExcludes() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        engine = engine(Set.of(JobKind.MISSING_ORDERS, JobKind.ORDER_IMPORT), (r, p) -> {
            if (r.kind() == JobKind.MISSING_ORDERS) {
                running.countDown();
                release.await(10, TimeUnit.SECONDS);
            }
            return JobResult.done("ok", 0);
        });
        f.registry.enable("EU1", false, ADMIN);
        f.registry.enable("EU2", false, ADMIN);
        CompletableFuture<JobResult> first = scheduler.submit(JobKind.MISSING_ORDERS, "EU1", Map.of(), l -> { });
        assertTrue(running.await(10, TimeUnit.SECONDS));

        JobResult second = await(scheduler.submit(JobKind.ORDER_IMPORT, "EU2", Map.of("orders", "1"), l -> { }));
        assertEquals(Status.LEASE_BUSY, second.status(), "EU2 shares the seller and region");

        release.countDown();
        assertEquals(Status.DONE, await(first).status());
        assertEquals(Status.DONE, await(scheduler.submit(JobKind.ORDER_IMPORT, "EU2", Map.of(), l -> { })).status(),
                "free again once the first job ended");
    }

    @Test
    @DisplayName("ORD-10: a lease is renewed while its holder runs and can be taken over only after it expired on the Clock")
    void leaseExpiry() {
        Instant now = f.clock.instant();
        assertTrue(leases.tryAcquire(group, "node-a", now, now.plus(JobScheduler.LEASE_TTL)));
        assertFalse(leases.tryAcquire(group, "node-b", now, now.plus(JobScheduler.LEASE_TTL)));
        assertTrue(leases.renew(group, "node-a", now.plus(Duration.ofMinutes(3))));
        Instant later = now.plus(Duration.ofMinutes(2).plusSeconds(30));
        assertFalse(leases.tryAcquire(group, "node-b", later, later.plus(JobScheduler.LEASE_TTL)), "renewed");
        Instant expired = now.plus(Duration.ofMinutes(4));
        assertTrue(leases.tryAcquire(group, "node-b", expired, expired.plus(JobScheduler.LEASE_TTL)));
        assertFalse(leases.renew(group, "node-a", expired.plus(JobScheduler.LEASE_TTL)), "node-a lost it");
    }

    @Test
    @DisplayName("STORE-07: invalid_grant during a job pauses the group: needs re-authorisation, an ERROR with the fix, no more polls")
    void invalidGrantPausesTheGroup() throws Exception {
        engine = engine(Set.of(JobKind.ORDER_POLL), (r, p) -> {
            throw new SpApiAuthorizationException("searchOrders", SpApiAuthorizationException.Reason.INVALID_GRANT, "invalid_grant");
        });
        f.registry.enable("EU1", false, ADMIN);
        scheduler.tick();
        awaitIdle();

        assertEquals("needs re-authorisation", f.registry.health("EU1").orElseThrow().status());
        assertEquals(FixAction.REAUTHORISE, f.log.errors().get(0).fix());
        assertEquals(Status.NOT_AUTHORISED, f.registry.health("EU1").orElseThrow().lastOrderPoll().orElseThrow().status());

        f.clock.step(Duration.ofMinutes(10));
        scheduler.tick();
        awaitIdle();
        assertEquals(1, requests.size(), "paused");
    }

    @Test
    @DisplayName("HOST-05: a manual job reports progress; an unknown store is a clear error")
    void manualJobProgress() throws Exception {
        engine = engine(Set.of(JobKind.PRODUCT_IMPORT), (r, p) -> {
            p.report("importing listings, refresh_token=Atzr|secret-looking-value-123");
            p.step(1, 2);
            for (int i = 1; i <= 1000; i++) {
                p.step(i, 1000);
            }
            return JobResult.done("2 products", 2);
        });
        f.registry.enable("EU1", false, ADMIN);
        List<String> lines = new CopyOnWriteArrayList<>();
        JobResult result = await(scheduler.submit(JobKind.PRODUCT_IMPORT, "EU1", Map.of(), lines::add));

        assertEquals(Status.DONE, result.status());
        assertEquals(2, result.count());
        assertTrue(lines.contains("1 of 2"));
        assertTrue(lines.contains("1000 of 1000"));
        assertTrue(lines.size() < 30, "a line per 5 %, not per item: " + lines.size());
        assertFalse(lines.get(0).contains("secret-looking"), "progress lines are masked: " + lines.get(0));
        assertThrows(IllegalArgumentException.class, () -> scheduler.submit(JobKind.PRODUCT_IMPORT, "NOPE", Map.of(), l -> { }));
    }

    /** Waits until no run is queued or running (the pool is real). */
    private void awaitIdle() {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(5))
                .until(() -> scheduler.backlog("EU1") == 0 && scheduler.backlog("EU2") == 0 && !busy());
    }

    private boolean busy() {
        return ((java.util.concurrent.ThreadPoolExecutor) pool).getActiveCount() > 0
                || !((java.util.concurrent.ThreadPoolExecutor) pool).getQueue().isEmpty();
    }
}
