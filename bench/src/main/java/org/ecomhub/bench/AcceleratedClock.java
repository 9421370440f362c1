package org.ecomhub.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Simulated time that runs {@code speed} times faster than the wall clock, shared by plugin and simulator. Waits
 * really wait (shortened by the same factor), so nothing is instant: host work costs simulated time too.
 */
public final class AcceleratedClock extends Clock {
    private final Instant start;
    private final double speed;
    private final long t0 = System.nanoTime();

    public AcceleratedClock(Instant start, double speed) {
        if (speed < 1) {
            throw new IllegalArgumentException("speed must be at least 1");
        }
        this.start = start;
        this.speed = speed;
    }

    public double speed() {
        return speed;
    }

    /** Sleeps {@code simulated} of simulated time. */
    public void sleep(Duration simulated) throws InterruptedException {
        long nanos = (long) (simulated.toNanos() / speed);
        if (nanos > 0) {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        }
    }

    @Override
    public Instant instant() {
        return start.plusNanos((long) ((System.nanoTime() - t0) * speed));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
