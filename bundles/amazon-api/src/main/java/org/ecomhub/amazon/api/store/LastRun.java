package org.ecomhub.amazon.api.store;

import java.time.Instant;
import java.util.Objects;

/**
 * The last run of one kind of job for a store.
 *
 * @param at     when it ended, on the Clock
 * @param status how it ended
 * @param message its one-line result
 */
public record LastRun(Instant at, JobResult.Status status, String message) {
    public LastRun {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(status, "status");
        message = message == null ? "" : message;
    }
}
