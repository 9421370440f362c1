package org.ecomhub.stores.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * A clock that starts at a chosen instant and runs {@code speed} times faster than real time (HOST-08), for the
 * benchmarks and the fault campaign: at speed 60 one real second is one simulated minute.
 *
 * <p>Elapsed real time comes from a monotonic nanosecond source ({@link System#nanoTime()} in production), so the
 * simulated time never goes backwards, whatever the wall clock does.
 */
final class AcceleratedClock extends Clock {

    private final Instant start;
    private final double speed;
    private final LongSupplier nanoTime;
    private final long nanoTimeAtStart;
    private final ZoneId zone;

    /**
     * @param start    the simulated time at this moment
     * @param speed    simulated seconds per real second, greater than 0
     * @param nanoTime a monotonic nanosecond source
     */
    AcceleratedClock(Instant start, double speed, LongSupplier nanoTime) {
        this(start, speed, nanoTime, nanoTime.getAsLong(), ZoneId.of("Z"));
    }

    private AcceleratedClock(Instant start, double speed, LongSupplier nanoTime, long nanoTimeAtStart, ZoneId zone) {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("clock speed must be a positive number, not " + speed);
        }
        this.start = Objects.requireNonNull(start, "start");
        this.speed = speed;
        this.nanoTime = nanoTime;
        this.nanoTimeAtStart = nanoTimeAtStart;
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    double speed() {
        return speed;
    }

    Instant start() {
        return start;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same running clock (same start and speed, same timeline) seen in another zone. */
    @Override
    public Clock withZone(ZoneId newZone) {
        return newZone.equals(zone) ? this : new AcceleratedClock(start, speed, nanoTime, nanoTimeAtStart, newZone);
    }

    @Override
    public Instant instant() {
        long realElapsed = nanoTime.getAsLong() - nanoTimeAtStart;
        // the double product rounds monotonically, so a later real time never gives an earlier simulated one;
        // beyond about 104 simulated days it loses nanosecond precision, which no rule here needs
        long simulatedElapsed = (long) (realElapsed * speed);
        return start.plusNanos(simulatedElapsed);
    }

    @Override
    public String toString() {
        return "AcceleratedClock[start=" + start + ", speed=" + speed + ", zone=" + zone + "]";
    }
}
