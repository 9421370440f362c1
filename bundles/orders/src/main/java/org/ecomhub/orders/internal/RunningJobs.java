package org.ecomhub.orders.internal;

import java.time.Duration;
import org.ecomhub.amazon.api.store.JobCancelledException;
import org.ecomhub.amazon.api.store.Progress;

/**
 * The order jobs running on this revision of the bundle. When the bundle is updated or stopped, its components ask
 * them to stop at their next checkpoint (between two orders) and wait for them: a job that outlived its revision
 * would go on with a closed class loader and fail half-way. What a stopped job left undone runs again on the next
 * schedule; its host writes carry ORD-10 keys, so nothing is doubled.
 */
final class RunningJobs {

    static final String STOPPING = "the orders bundle is stopping (update or restart)";

    private int running;
    private boolean closing;

    /** Counts a job in; false once closing: the job must not start. */
    synchronized boolean enter() {
        if (closing) {
            return false;
        }
        running++;
        return true;
    }

    synchronized void exit() {
        running--;
        notifyAll();
    }

    /** The scheduler's progress, which also stops the job when this revision closes. */
    Progress watch(Progress progress) {
        return new Progress() {
            @Override
            public void report(String message) {
                progress.report(message);
            }

            @Override
            public void step(long done, long total) {
                progress.step(done, total);
            }

            @Override
            public boolean cancelled() {
                return closing() || progress.cancelled();
            }

            @Override
            public void checkpoint() {
                if (closing()) {
                    throw new JobCancelledException(STOPPING);
                }
                progress.checkpoint();
            }
        };
    }

    private synchronized boolean closing() {
        return closing;
    }

    /** Stops new jobs and waits up to {@code timeout} for running ones; true when none runs any more. */
    synchronized boolean closeAndAwait(Duration timeout) throws InterruptedException {
        closing = true;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (running > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }
}
