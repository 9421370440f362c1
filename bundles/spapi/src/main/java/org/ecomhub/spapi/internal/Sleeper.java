package org.ecomhub.spapi.internal;

import java.time.Duration;

/** Every wait of the connector goes through here, so tests can step time and benchmarks can accelerate it. */
@FunctionalInterface
public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
}
