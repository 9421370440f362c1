package org.ecomhub.spapi.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The LWA access token of one seller, region and application (API-01): cached, renewed a margin before it
 * expires, and renewed by one thread at a time — callers that arrive during a renewal wait for it and reuse its
 * result instead of asking LWA again.
 */
final class AccessTokenCache {
    /** Renew this long before Amazon's expiry, so a token never expires in flight. */
    static final Duration MARGIN = Duration.ofMinutes(5);

    private final Clock clock;
    private final ReentrantLock refreshLock = new ReentrantLock();
    private volatile String token;
    private volatile Instant renewAt = Instant.MIN;
    private volatile long generation;

    AccessTokenCache(Clock clock) {
        this.clock = clock;
    }

    /** A valid token, fetching one through {@code refresh} when needed. */
    String get(Supplier<LwaClient.AccessToken> refresh) {
        String current = token;
        if (current != null && clock.instant().isBefore(renewAt)) {
            return current;
        }
        long seen = generation;
        refreshLock.lock();
        try {
            if (token != null && generation != seen || token != null && clock.instant().isBefore(renewAt)) {
                return token;
            }
            LwaClient.AccessToken fresh = refresh.get();
            Duration life = fresh.expiresIn();
            Duration margin = life.compareTo(MARGIN.multipliedBy(2)) > 0 ? MARGIN : life.dividedBy(10);
            token = fresh.value();
            renewAt = clock.instant().plus(life).minus(margin);
            generation++;
            return token;
        } finally {
            refreshLock.unlock();
        }
    }

    /** Amazon rejected the token (401/403): forget it unless another thread already renewed it. */
    void invalidate(String rejected) {
        refreshLock.lock();
        try {
            if (rejected != null && rejected.equals(token)) {
                token = null;
                renewAt = Instant.MIN;
            }
        } finally {
            refreshLock.unlock();
        }
    }
}
