package org.ecomhub.log.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that stands still until the test steps it. */
final class SteppedClock extends Clock {

    private Instant now;

    SteppedClock(Instant start) {
        this.now = start;
    }

    void step(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("not needed by the log");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
