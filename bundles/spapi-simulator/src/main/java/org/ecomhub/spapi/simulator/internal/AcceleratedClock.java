package org.ecomhub.spapi.simulator.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that runs {@code factor} times faster than the system clock from a start instant (standalone runs). */
public final class AcceleratedClock extends Clock {
    private final Instant start;
    private final long startNanos;
    private final double factor;

    public AcceleratedClock(Instant start, double factor) {
        this.start = start;
        this.startNanos = System.nanoTime();
        this.factor = factor;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        long elapsed = System.nanoTime() - startNanos;
        return start.plus(Duration.ofNanos((long) (elapsed * factor)));
    }
}
