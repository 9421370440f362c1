package org.ecomhub.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The campaign's accelerated clock, the same in every process: simulated time {@code start} at the wall-clock
 * instant {@code wallEpochMillis}, running {@code speed} times faster. A process started later computes the same
 * simulated now from the same three numbers.
 */
public final class SharedClock extends Clock {
    private final Instant start;
    private final long wallEpochMillis;
    private final double speed;

    public SharedClock(Instant start, long wallEpochMillis, double speed) {
        this.start = start;
        this.wallEpochMillis = wallEpochMillis;
        this.speed = speed;
    }

    public double speed() {
        return speed;
    }

    @Override
    public Instant instant() {
        return start.plusMillis((long) ((System.currentTimeMillis() - wallEpochMillis) * speed));
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
