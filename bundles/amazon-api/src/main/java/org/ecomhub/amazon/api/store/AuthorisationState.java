package org.ecomhub.amazon.api.store;

/** Whether a store's seller and region can reach Amazon (STORE-06, STORE-07). */
public enum AuthorisationState {
    /** No refresh token for the seller and region yet: jobs do not run. */
    NOT_AUTHORISED,
    /** A refresh token is kept. */
    AUTHORISED,
    /** Authorised, but the year since authorisation ends within 30 days: authorise again soon. */
    EXPIRES_SOON,
    /** Amazon answered invalid_grant or denied access: jobs are paused until the seller authorises again. */
    NEEDS_REAUTHORISATION
}
