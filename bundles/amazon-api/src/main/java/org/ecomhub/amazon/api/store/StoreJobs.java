package org.ecomhub.amazon.api.store;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.osgi.annotation.versioning.ProviderType;

/** Manual jobs on demand (import products, export stock, find or import orders), for the shell and the console. */
@ProviderType
public interface StoreJobs {

    /**
     * Queues a run for one store (a per-group kind runs for the store's whole poll group) and returns at once.
     *
     * @param progress receives the run's progress lines (may be called from another thread)
     * @return completes with the run's result; never completes exceptionally
     * @throws IllegalArgumentException if no store has this alias
     */
    CompletableFuture<JobResult> submit(JobKind kind, String alias, Map<String, String> arguments,
            Consumer<String> progress);
}
