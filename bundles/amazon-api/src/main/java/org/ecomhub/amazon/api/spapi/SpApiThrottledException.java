package org.ecomhub.amazon.api.spapi;

import java.time.Duration;

/** Amazon kept answering 429 (QuotaExceeded) after the connector's retries: retry the job later. */
public class SpApiThrottledException extends SpApiTransientException {
    private static final long serialVersionUID = 1L;

    public SpApiThrottledException(String operation, Duration retryAfter, String message) {
        super(operation, 429, retryAfter, message, null);
    }
}
