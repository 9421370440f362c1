package org.ecomhub.spapi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.ecomhub.testsupport.SteppedClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BackoffAndBreakerTest {

    @Test
    @DisplayName("API-03: backoff grows exponentially, is capped, and jitters between half and all of the step")
    void backoff() {
        Backoff low = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), () -> 0.0);
        Backoff high = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), () -> 0.999_999);
        assertEquals(Duration.ofMillis(500), low.delay(0));
        assertTrue(high.delay(0).toMillis() >= 999 && high.delay(0).toMillis() <= 1000);
        assertEquals(Duration.ofSeconds(4), low.delay(3));
        assertEquals(Duration.ofSeconds(30), low.delay(10), "capped at 60 s, half of it at least");
        assertTrue(high.delay(30).compareTo(Duration.ofSeconds(60)) <= 0);
    }

    @Test
    @DisplayName("API-03: the circuit breaker opens after 5 failures, lets one trial through later, closes on success")
    void breaker() {
        SteppedClock clock = new SteppedClock(Instant.parse("2026-01-01T00:00:00Z"));
        CircuitBreaker breaker = new CircuitBreaker(clock, 5, Duration.ofSeconds(60));
        for (int i = 0; i < 4; i++) {
            assertTrue(breaker.allow());
            breaker.failure();
        }
        assertTrue(breaker.allow());
        breaker.failure();
        assertFalse(breaker.allow(), "open after 5 failures in a row");
        assertEquals(Duration.ofSeconds(60), breaker.remaining());
        clock.step(Duration.ofSeconds(61));
        assertTrue(breaker.allow(), "half-open: one trial");
        assertFalse(breaker.allow(), "only one trial at a time");
        breaker.failure();
        assertFalse(breaker.allow(), "a failed trial re-opens it");
        clock.step(Duration.ofSeconds(61));
        assertTrue(breaker.allow());
        breaker.success();
        assertTrue(breaker.allow());
        assertFalse(breaker.isOpen());
    }
}
