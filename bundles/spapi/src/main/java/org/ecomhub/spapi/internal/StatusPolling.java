package org.ecomhub.spapi.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * API-05 polling schedule for reports and feeds: the first look after the expected processing time (learnt from
 * recent ones of the same type, 5 minutes at first), then every 60 s, doubling up to 5 minutes.
 */
final class StatusPolling {
    static final Duration FIRST_DEFAULT = Duration.ofMinutes(5);
    static final Duration STEP = Duration.ofSeconds(60);
    static final Duration MAX_STEP = Duration.ofMinutes(5);
    /** Give up (transient) after this much waiting for one report or feed. */
    static final Duration GIVE_UP = Duration.ofHours(6);

    private final Map<String, Duration> learnt = new ConcurrentHashMap<>();

    /** The wait before the first status call for this type. */
    Duration firstWait(String type, Duration callerHint) {
        if (callerHint != null) {
            return callerHint;
        }
        return learnt.getOrDefault(type, FIRST_DEFAULT);
    }

    /** The wait before poll number {@code n} after the first (n = 0: 60 s, then 120, 240, 300, 300, ...). */
    static Duration nextWait(int n) {
        Duration d = STEP.multipliedBy(1L << Math.min(n, 10));
        return d.compareTo(MAX_STEP) > 0 ? MAX_STEP : d;
    }

    /** Remember how long one took, as a moving average, for the next first wait. */
    void learn(String type, Duration took) {
        learnt.merge(type, took, (old, now) -> old.plus(now).dividedBy(2));
    }
}
