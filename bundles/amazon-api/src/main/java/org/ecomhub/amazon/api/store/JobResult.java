package org.ecomhub.amazon.api.store;

import java.util.Objects;

/**
 * How a job run ended.
 *
 * @param status  the outcome
 * @param message one line for the admin (no secrets, no buyer data)
 * @param count   how many things it handled (orders, SKUs, products), 0 when not counted
 */
public record JobResult(Status status, String message, long count) {

    /** The outcomes of a run. */
    public enum Status {
        /** The job ran to the end. */
        DONE,
        /** No engine for this kind of job is installed yet. */
        NOT_INSTALLED,
        /** The store is OFF (or no store of the group is ON): nothing runs (STORE-04). */
        STORE_OFF,
        /** Another job holds the poll group's lease; it runs again later. */
        LEASE_BUSY,
        /** Stopped by the store being turned OFF, uninstalled, or the scheduler stopping. */
        CANCELLED,
        /** The seller must authorise again (STORE-07), or never authorised: the job did not run. */
        NOT_AUTHORISED,
        /** The job failed; the connection log says why and what to do. */
        FAILED
    }

    public JobResult {
        Objects.requireNonNull(status, "status");
        message = message == null ? "" : message;
    }

    public static JobResult done(String message, long count) {
        return new JobResult(Status.DONE, message, count);
    }

    public static JobResult of(Status status, String message) {
        return new JobResult(status, message, 0);
    }
}
