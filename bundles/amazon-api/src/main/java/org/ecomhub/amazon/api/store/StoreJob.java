package org.ecomhub.amazon.api.store;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One run of work for a store or a poll group, prepared by a {@link JobEngine}. The scheduler runs it on its pool,
 * under the poll group's lease when {@link JobKind#writesOrders()}, and stops it when its store is turned OFF.
 */
@ConsumerType
public interface StoreJob {

    JobKind kind();

    JobTarget target();

    /**
     * Does the work. Report progress and call {@link Progress#checkpoint()} between units of work.
     *
     * @throws JobCancelledException from {@code checkpoint()}: the run stops and counts as cancelled
     * @throws Exception             anything else fails the run; {@code SpApiAuthorizationException} with
     *                               {@code needsReauthorisation()} pauses the poll group until it is authorised
     *                               again (STORE-07)
     */
    JobResult run(Progress progress) throws Exception;
}
