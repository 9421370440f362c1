package org.ecomhub.shell.internal;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.ecomhub.amazon.api.store.JobKind;
import org.ecomhub.amazon.api.store.JobResult;
import org.ecomhub.amazon.api.store.StoreJobs;

/**
 * A command that runs a manual job and waits for it, printing its progress (HOST-05). Until the engine for the job
 * is installed it says "not installed"; a failed run fails the command.
 */
abstract class JobCommand extends AmazonCommand {

    @Reference
    StoreJobs jobs;

    JobResult run(JobKind kind, String alias, Map<String, String> arguments) throws InterruptedException {
        try {
            JobResult result = jobs.submit(kind, alias, arguments, line -> out().println("  " + line)).get();
            out().printf("%s for %s: %s%s%n", kind, alias, result.status(),
                    result.message().isEmpty() ? "" : " - " + result.message());
            if (result.status() == JobResult.Status.FAILED) {
                throw new IllegalStateException(kind + " failed: " + result.message()
                        + " (amazon:log --level error --store " + alias + ")");
            }
            return result;
        } catch (ExecutionException e) {
            throw new IllegalStateException(kind + " failed: " + e.getCause(), e.getCause());
        }
    }
}
