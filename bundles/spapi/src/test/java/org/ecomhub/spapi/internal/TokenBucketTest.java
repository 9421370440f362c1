package org.ecomhub.spapi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.ecomhub.amazon.api.spapi.SpOperation;
import org.ecomhub.testsupport.SteppedClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TokenBucketTest {
    private final SteppedClock clock = new SteppedClock(Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    @DisplayName("API-03: a bucket seeded with searchOrders' plan sends its burst at once, then one call per 1/rate")
    void burstThenRate() {
        TokenBucket bucket = new TokenBucket(clock, SpOperation.SEARCH_ORDERS.defaultRate(),
                SpOperation.SEARCH_ORDERS.defaultBurst());
        for (int i = 0; i < 20; i++) {
            assertEquals(Duration.ZERO, bucket.reserve(), "call " + i + " of the burst waits");
        }
        Duration wait = bucket.reserve();
        assertEquals(1 / 0.0056, wait.toMillis() / 1000.0, 0.01);
        // a second caller queues behind the first
        assertEquals(2 / 0.0056, bucket.reserve().toMillis() / 1000.0, 0.01);
    }

    @Test
    @DisplayName("API-03: x-amzn-RateLimit-Limit re-rates the bucket; refill follows the new rate")
    void rerate() {
        TokenBucket bucket = new TokenBucket(clock, 0.5, 1);
        bucket.reserve();
        assertEquals(Duration.ofSeconds(2), bucket.reserve());
        bucket.rerate(5);
        clock.step(Duration.ofSeconds(2));
        // the 2 s already owed plus the new rate: balance -1 + 2 s * 5/s = capped at burst 1
        assertEquals(Duration.ZERO, bucket.reserve());
        assertEquals(5.0, bucket.rate());
    }

    @Test
    @DisplayName("API-03: a 429 drains our view of the bucket; the estimate for a batch follows the plan")
    void drainAndEstimate() {
        TokenBucket bucket = new TokenBucket(clock, 2, 2);
        assertEquals(Duration.ZERO, bucket.timeFor(2));
        assertEquals(Duration.ofSeconds(4), bucket.timeFor(10));
        bucket.drain();
        assertTrue(bucket.available() <= 0);
        assertEquals(Duration.ofMillis(500), bucket.reserve());
    }
}
