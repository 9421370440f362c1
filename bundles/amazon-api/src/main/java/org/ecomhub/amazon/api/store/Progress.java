package org.ecomhub.amazon.api.store;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Handed to a running job by the scheduler: the job reports how far it is and checks whether it must stop. Every
 * call also renews the job's lease, so a job that reports often never loses it (ORD-10).
 */
@ProviderType
public interface Progress {

    /** A line for whoever watches the run (the shell prints it). Must not contain secrets or buyer data. */
    void report(String message);

    /** How far the job is, e.g. 120 of 500 orders; {@code total} may be -1 when unknown. */
    void step(long done, long total);

    /** True when the job must stop: its store was turned OFF or uninstalled, or the scheduler is stopping. */
    boolean cancelled();

    /**
     * Call between two units of work (e.g. between orders).
     *
     * @throws JobCancelledException when the job must stop, or its lease was lost
     */
    void checkpoint();
}
