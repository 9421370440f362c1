package org.ecomhub.spapi.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Waits until the Clock service reaches a point in time, checking in short real-time slices: with a real clock it
 * is a plain sleep, with an accelerated clock it waits less real time, with a clock stepped by another thread it
 * wakes as soon as the step lands.
 */
public final class ClockSleeper implements Sleeper {
    private static final long SLICE_MILLIS = 20;
    private final Clock clock;

    public ClockSleeper(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        if (duration.isNegative() || duration.isZero()) {
            return;
        }
        Instant until = clock.instant().plus(duration);
        while (true) {
            long left = Duration.between(clock.instant(), until).toMillis();
            if (left <= 0) {
                return;
            }
            Thread.sleep(Math.min(left, SLICE_MILLIS));
        }
    }
}
