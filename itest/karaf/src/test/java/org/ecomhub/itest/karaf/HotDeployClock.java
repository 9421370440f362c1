package org.ecomhub.itest.karaf;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The hot-deploy test's own {@code java.time.Clock} service (HOST-08): an accelerated clock that can also jump
 * forward. The test registers it with a high {@code service.ranking}, so our components and the simulator bind to it
 * and keep it while the {@code stores} bundle (which registers the product's Clock) is refreshed: a fresh product
 * clock would restart at its start time, and the simulator would start a new world with it.
 */
final class HotDeployClock extends Clock {

    private final Instant start;
    private final long startNanos;
    private final double speed;
    private final AtomicLong jumpedMillis = new AtomicLong();

    HotDeployClock(Instant start, double speed) {
        this.start = start;
        this.startNanos = System.nanoTime();
        this.speed = speed;
    }

    double speed() {
        return speed;
    }

    /** Moves the clock forward at once, as if that much simulated time had passed. */
    void jump(Duration by) {
        jumpedMillis.addAndGet(by.toMillis());
    }

    @Override
    public Instant instant() {
        long elapsed = (long) ((System.nanoTime() - startNanos) * speed);
        return start.plusNanos(elapsed).plusMillis(jumpedMillis.get());
    }

    @Override
    public long millis() {
        return instant().toEpochMilli();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        if (ZoneOffset.UTC.equals(zone)) {
            return this;
        }
        HotDeployClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }
}
