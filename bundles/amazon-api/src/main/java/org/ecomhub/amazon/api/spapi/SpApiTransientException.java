package org.ecomhub.amazon.api.spapi;

import java.time.Duration;

/**
 * Amazon (or the network) failed in a way that may pass: 5xx, timeouts, reset connections, an open circuit
 * breaker, after the connector's own retries. Retry the job later.
 */
public class SpApiTransientException extends SpApiException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final Duration retryAfter;

    public SpApiTransientException(String operation, int status, Duration retryAfter, String message,
            Throwable cause) {
        super(operation, message, cause);
        this.status = status;
        this.retryAfter = retryAfter;
    }

    /** The last HTTP status seen, or 0 when no response arrived. */
    public int status() {
        return status;
    }

    /** A hint when to try again (never null). */
    public Duration retryAfter() {
        return retryAfter == null ? Duration.ZERO : retryAfter;
    }
}
