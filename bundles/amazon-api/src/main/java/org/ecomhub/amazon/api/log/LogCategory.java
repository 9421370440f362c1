package org.ecomhub.amazon.api.log;

/** What part of the integration an entry is about. */
public enum LogCategory {
    /** Order polls, imports, missing orders, cancellations. */
    ORDERS,
    /** Shipment confirmations sent to Amazon. */
    SHIPMENTS,
    /** Product import, sync, code mapping, lead times. */
    PRODUCTS,
    /** Stock exports and feeds. */
    STOCK,
    /** Tax strategies and tax code mapping. */
    TAX,
    /** Configuration changes, accepted or refused, and who made them (STORE-08). */
    SETTINGS,
    /** Store authorisation, app credentials, token refresh. */
    AUTH,
    /** Reaching Amazon: endpoints, throttling, outages, call accounting. */
    CONNECTION
}
