package org.ecomhub.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A UTC clock that stands still until the test steps or sets it. Safe to share between the test thread and
 * the threads of the object under test. {@link #tickingOnRead} makes one that also moves a fixed step after
 * each read, for code that needs every reading to differ.
 */
public final class SteppedClock extends Clock {

    private final AtomicReference<Instant> now;
    private final Duration tick;

    public SteppedClock(Instant start) {
        this(start, Duration.ZERO);
    }

    private SteppedClock(Instant start, Duration tick) {
        this.now = new AtomicReference<>(start);
        this.tick = tick;
    }

    /** A clock that returns {@code start} first and then moves {@code tick} after every read. */
    public static SteppedClock tickingOnRead(Instant start, Duration tick) {
        return new SteppedClock(start, tick);
    }

    public void step(Duration duration) {
        now.updateAndGet(t -> t.plus(duration));
    }

    public void set(Instant instant) {
        now.set(instant);
    }

    @Override
    public Instant instant() {
        return tick.isZero() ? now.get() : now.getAndUpdate(t -> t.plus(tick));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same clock: tests run in UTC and code that asks for a zone must still see the test's steps. */
    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
