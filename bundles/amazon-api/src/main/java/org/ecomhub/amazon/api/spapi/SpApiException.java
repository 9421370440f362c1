package org.ecomhub.amazon.api.spapi;

/**
 * Base of the connector's typed errors. Each subclass has one meaning for the caller:
 * {@link SpApiAuthorizationException} stop and tell the admin; {@link SpApiTransientException} (and its
 * {@link SpApiThrottledException}) retry later; {@link SpApiRejectedException} log Amazon's code and message and
 * move on; {@link SpApiMalformedResponseException} a bug or a broken reply (stack trace). Messages never carry a
 * secret or a token.
 */
public abstract class SpApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String operation;

    protected SpApiException(String operation, String message, Throwable cause) {
        super(message, cause);
        this.operation = operation;
    }

    /** Amazon's operation id of the failed call ({@code lwa} for the token endpoint), or null. */
    public String operation() {
        return operation;
    }
}
