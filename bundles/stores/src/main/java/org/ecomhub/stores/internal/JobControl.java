package org.ecomhub.stores.internal;

import java.time.Instant;
import java.util.Optional;

/** What the registry asks of the scheduler. */
interface JobControl {

    JobControl NONE = new JobControl() {
        @Override
        public void storeStopped(String alias) {
        }

        @Override
        public Optional<Instant> nextRun(String alias) {
            return Optional.empty();
        }

        @Override
        public int backlog(String alias) {
            return 0;
        }
    };

    /** The store was turned OFF or uninstalled: its running jobs stop at once (STORE-04/05). */
    void storeStopped(String alias);

    Optional<Instant> nextRun(String alias);

    int backlog(String alias);
}
