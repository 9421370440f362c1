package org.ecomhub.spapi.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Amazon's token bucket for one operation of one seller and application (API-03): {@code rate} tokens per second
 * refill up to {@code burst}. A caller reserves a token and waits the returned time; reservations may drive the
 * balance below zero so concurrent callers queue fairly instead of all waking at once.
 */
public final class TokenBucket {
    private final Clock clock;
    private double rate;
    private final int burst;
    private double tokens;
    private Instant updated;

    public TokenBucket(Clock clock, double rate, int burst) {
        this.clock = clock;
        this.rate = rate;
        this.burst = burst;
        this.tokens = burst;
        this.updated = clock.instant();
    }

    /** Takes one token; returns how long the caller must wait before sending. */
    public synchronized Duration reserve() {
        refill();
        tokens -= 1;
        return tokens >= 0 ? Duration.ZERO : secondsToDuration(-tokens / rate);
    }

    /** A 429 says the bucket is empty whatever we believed: drain our view of it. */
    public synchronized void drain() {
        refill();
        tokens = Math.min(tokens, 0);
    }

    /** Amazon told us the real rate ({@code x-amzn-RateLimit-Limit}). */
    public synchronized void rerate(double newRate) {
        if (newRate > 0 && Math.abs(newRate - rate) > 1e-9) {
            refill();
            rate = newRate;
        }
    }

    /** Time until {@code calls} more calls could be sent, from the current balance. */
    public synchronized Duration timeFor(int calls) {
        refill();
        double missing = calls - tokens;
        return missing <= 0 ? Duration.ZERO : secondsToDuration(missing / rate);
    }

    public synchronized double rate() {
        return rate;
    }

    public int burst() {
        return burst;
    }

    public synchronized double available() {
        refill();
        return tokens;
    }

    private void refill() {
        Instant now = clock.instant();
        double elapsed = Duration.between(updated, now).toNanos() / 1e9;
        if (elapsed > 0) {
            tokens = Math.min(burst, tokens + elapsed * rate);
            updated = now;
        }
    }

    private static Duration secondsToDuration(double seconds) {
        return Duration.ofNanos((long) Math.ceil(seconds * 1e9));
    }
}
