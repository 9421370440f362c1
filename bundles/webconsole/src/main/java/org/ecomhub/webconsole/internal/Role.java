package org.ecomhub.webconsole.internal;

/** What a console user may do on the Amazon page (STORE-08): each role includes the ones before it. */
enum Role {
    /** Read every tab. */
    VIEWER,
    /** Manual actions, settings, authorisation, store status. */
    OPERATOR,
    /** Install and uninstall stores, integration-wide settings. */
    ADMIN;

    boolean includes(Role other) {
        return ordinal() >= other.ordinal();
    }
}
