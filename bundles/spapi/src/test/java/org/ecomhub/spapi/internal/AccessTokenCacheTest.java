package org.ecomhub.spapi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.ecomhub.testsupport.SteppedClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AccessTokenCacheTest {
    private final SteppedClock clock = new SteppedClock(Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    @DisplayName("API-01: the access token is cached and renewed 5 minutes before it expires")
    void renewedBeforeExpiry() {
        AccessTokenCache cache = new AccessTokenCache(clock);
        AtomicInteger refreshes = new AtomicInteger();
        var refresh = (java.util.function.Supplier<LwaClient.AccessToken>) () -> new LwaClient.AccessToken(
                "Atza|t" + refreshes.incrementAndGet(), Duration.ofHours(1));
        assertEquals("Atza|t1", cache.get(refresh));
        clock.step(Duration.ofMinutes(54));
        assertEquals("Atza|t1", cache.get(refresh));
        clock.step(Duration.ofMinutes(1));
        assertEquals("Atza|t2", cache.get(refresh), "renewed at 55 minutes, before Amazon's 60");
        cache.invalidate("Atza|t1");
        assertEquals("Atza|t2", cache.get(refresh), "a stale rejection does not drop the newer token");
        cache.invalidate("Atza|t2");
        assertEquals("Atza|t3", cache.get(refresh));
    }

    @Test
    @DisplayName("API-01: concurrent callers of one seller trigger one refresh at a time and share its token")
    void oneRefreshAtATime() throws Exception {
        AccessTokenCache cache = new AccessTokenCache(clock);
        AtomicInteger refreshes = new AtomicInteger();
        AtomicInteger concurrent = new AtomicInteger();
        AtomicInteger maxConcurrent = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        var refresh = (java.util.function.Supplier<LwaClient.AccessToken>) () -> {
            int now = concurrent.incrementAndGet();
            maxConcurrent.accumulateAndGet(now, Math::max);
            try {
                Thread.sleep(50); // a slow LWA: others must queue, not call again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            concurrent.decrementAndGet();
            return new LwaClient.AccessToken("Atza|shared" + refreshes.incrementAndGet(), Duration.ofHours(1));
        };
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return cache.get(refresh);
                }));
            }
            start.countDown();
            for (Future<String> f : results) {
                assertEquals("Atza|shared1", f.get(5, TimeUnit.SECONDS));
            }
            assertEquals(1, refreshes.get());
            assertEquals(1, maxConcurrent.get());
        } finally {
            pool.shutdownNow();
        }
    }
}
