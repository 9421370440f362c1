package org.ecomhub.itest.support;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/**
 * Asks again until an answer is good or the time is up; returns the last answer either way, so the caller's
 * assertion shows what was seen. Used where OSGi offers no event to wait on (commands, HTTP, bundle states).
 */
public final class Poll {

    private static final long INTERVAL_MS = 100;

    private Poll() {
    }

    public static <T> T until(Duration timeout, Callable<T> question, Predicate<T> good) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T answer = question.call();
            if (good.test(answer) || System.nanoTime() > deadline) {
                return answer;
            }
            Thread.sleep(INTERVAL_MS);
        }
    }
}
