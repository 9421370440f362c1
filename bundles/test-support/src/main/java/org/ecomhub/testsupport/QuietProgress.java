package org.ecomhub.testsupport;

import org.ecomhub.amazon.api.store.Progress;

/** Progress nobody watches and nobody cancels. */
public final class QuietProgress implements Progress {
    @Override
    public void report(String message) {
    }

    @Override
    public void step(long done, long total) {
    }

    @Override
    public boolean cancelled() {
        return false;
    }

    @Override
    public void checkpoint() {
    }
}
