package org.ecomhub.stores.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

// covers HOST-08: benchmarks and the fault campaign run on an accelerated clock
class AcceleratedClockTest {

    private static final Instant START = Instant.parse("2026-01-05T08:00:00Z");
    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong realNanos = new AtomicLong(123_456_789L); // nanoTime has an arbitrary origin

    @Test
    @DisplayName("HOST-08: the clock starts at the configured instant")
    void startsAtStart() {
        AcceleratedClock clock = new AcceleratedClock(START, 60, realNanos::get);

        assertEquals(START, clock.instant());
        assertEquals(START.toEpochMilli(), clock.millis());
    }

    @Test
    @DisplayName("HOST-08: at speed 60 one real second is one simulated minute")
    void runsAtItsSpeed() {
        AcceleratedClock clock = new AcceleratedClock(START, 60, realNanos::get);

        realNanos.addAndGet(SECOND);
        assertEquals(START.plus(Duration.ofMinutes(1)), clock.instant());

        realNanos.addAndGet(59 * SECOND + SECOND / 2);
        assertEquals(START.plus(Duration.ofMinutes(60)).plusSeconds(30), clock.instant());
    }

    @Test
    @DisplayName("HOST-08: a week of simulated time passes in under three real hours at speed 60")
    void aSimulatedWeekIsShort() {
        AcceleratedClock clock = new AcceleratedClock(START, 60, realNanos::get);

        realNanos.addAndGet(Duration.ofDays(7).dividedBy(60).toNanos());
        assertEquals(START.plus(Duration.ofDays(7)), clock.instant());
    }

    @Test
    @DisplayName("HOST-08: fractional speeds slow time down")
    void fractionalSpeed() {
        AcceleratedClock clock = new AcceleratedClock(START, 0.5, realNanos::get);

        realNanos.addAndGet(10 * SECOND);
        assertEquals(START.plusSeconds(5), clock.instant());
    }

    @Test
    @DisplayName("HOST-08: simulated time never goes backwards, also far into a long run")
    void isMonotonic() {
        AcceleratedClock clock = new AcceleratedClock(START, 3600, realNanos::get);
        Random random = new Random(42);
        Instant previous = clock.instant();
        for (int i = 0; i < 100_000; i++) {
            realNanos.addAndGet(random.nextInt(5_000_000)); // 0..5 ms real, sometimes not at all
            Instant now = clock.instant();
            Instant before = previous;
            assertFalse(now.isBefore(before), () -> now + " came after " + before);
            previous = now;
        }
        // 100,000 steps of 2.5 ms on average, times 3600: about ten simulated days
        assertFalse(previous.isBefore(START.plus(Duration.ofDays(9))));
    }

    @Test
    void anotherZoneSharesTheTimeline() {
        AcceleratedClock clock = new AcceleratedClock(START, 60, realNanos::get);
        realNanos.addAndGet(SECOND);
        Clock berlin = clock.withZone(ZoneId.of("Europe/Berlin"));

        realNanos.addAndGet(SECOND);
        assertEquals(clock.instant(), berlin.instant());
        assertEquals(START.plusSeconds(120), berlin.instant());
        assertEquals(ZoneId.of("Europe/Berlin"), berlin.getZone());
    }

    @Test
    void refusesSpeedsThatAreNotPositive() {
        assertThrows(IllegalArgumentException.class, () -> new AcceleratedClock(START, 0, realNanos::get));
        assertThrows(IllegalArgumentException.class, () -> new AcceleratedClock(START, -2, realNanos::get));
        assertThrows(IllegalArgumentException.class, () -> new AcceleratedClock(START, Double.NaN, realNanos::get));
    }
}
