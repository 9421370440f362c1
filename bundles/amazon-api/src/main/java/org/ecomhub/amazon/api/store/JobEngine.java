package org.ecomhub.amazon.api.store;

import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * An engine (orders, products, stock) registers this as a service; the scheduler asks it for a {@link StoreJob}
 * whenever a run of one of its kinds is due or requested. Until an engine for a kind is installed, runs of that kind
 * end as {@link JobResult.Status#NOT_INSTALLED}. A newer engine service (hot deploy) simply serves the next run.
 */
@ConsumerType
public interface JobEngine {

    /** The kinds of job this engine runs. */
    Set<JobKind> kinds();

    /** A job for the request; cheap, no network (the work happens in {@link StoreJob#run}). */
    StoreJob prepare(JobRequest request);
}
