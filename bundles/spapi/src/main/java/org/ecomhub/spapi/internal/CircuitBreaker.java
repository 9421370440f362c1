package org.ecomhub.spapi.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A circuit breaker for one operation (API-03): after {@code threshold} failed calls in a row (5xx, timeouts,
 * resets) it opens for {@code openFor}; then one trial call is let through, and its outcome closes or re-opens it.
 */
public final class CircuitBreaker {
    private final Clock clock;
    private final int threshold;
    private final Duration openFor;
    private int failures;
    private Instant openUntil;
    private boolean trialRunning;

    public CircuitBreaker(Clock clock, int threshold, Duration openFor) {
        this.clock = clock;
        this.threshold = threshold;
        this.openFor = openFor;
    }

    /** Whether a call may go now; when half-open only one trial passes. */
    public synchronized boolean allow() {
        if (openUntil == null) {
            return true;
        }
        if (clock.instant().isBefore(openUntil) || trialRunning) {
            return false;
        }
        trialRunning = true;
        return true;
    }

    /** How long until the breaker lets a trial through. */
    public synchronized Duration remaining() {
        if (openUntil == null) {
            return Duration.ZERO;
        }
        Duration d = Duration.between(clock.instant(), openUntil);
        return d.isNegative() ? Duration.ZERO : d;
    }

    public synchronized void success() {
        failures = 0;
        openUntil = null;
        trialRunning = false;
    }

    public synchronized void failure() {
        failures++;
        if (trialRunning || failures >= threshold) {
            openUntil = clock.instant().plus(openFor);
        }
        trialRunning = false;
    }

    public synchronized boolean isOpen() {
        return openUntil != null;
    }
}
