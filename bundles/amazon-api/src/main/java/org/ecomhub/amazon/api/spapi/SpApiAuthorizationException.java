package org.ecomhub.amazon.api.spapi;

/**
 * The seller's authorisation or the application's configuration is not usable: stop the store's jobs and tell the
 * admin to (re-)authorise or fix the credentials. Raised for LWA {@code invalid_grant} / {@code invalid_client} /
 * {@code unauthorized_client}, for SP-API 401 and 403 that a fresh token does not cure, and for missing settings.
 */
public class SpApiAuthorizationException extends SpApiException {
    private static final long serialVersionUID = 1L;

    /** Why the call is not authorised. */
    public enum Reason {
        /** LWA {@code invalid_grant}: the refresh token (or code) is revoked, expired or wrong: re-authorise. */
        INVALID_GRANT,
        /** LWA {@code invalid_client}/{@code unauthorized_client}: the client id or secret is wrong. */
        INVALID_CLIENT,
        /** SP-API 401/403: the application lacks the role, or the seller withdrew the authorisation. */
        ACCESS_DENIED,
        /** A required setting (client id, secret, refresh token) is missing. */
        CONFIGURATION
    }

    private final Reason reason;

    public SpApiAuthorizationException(String operation, Reason reason, String message) {
        super(operation, message, null);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** True when the seller must authorise the application again (STORE-07). */
    public boolean needsReauthorisation() {
        return reason == Reason.INVALID_GRANT || reason == Reason.ACCESS_DENIED;
    }
}
