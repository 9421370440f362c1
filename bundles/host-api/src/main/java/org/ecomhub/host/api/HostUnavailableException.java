package org.ecomhub.host.api;

/**
 * The host cannot answer now (database down, lock timeout, maintenance). Nothing was changed; repeat the call later
 * with the same idempotency key. The plugin treats the order as deferred, not failed.
 */
public class HostUnavailableException extends HostException {

    private static final long serialVersionUID = 1L;

    public HostUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
