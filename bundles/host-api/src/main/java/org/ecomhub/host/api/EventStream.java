package org.ecomhub.host.api;

/** The host's durable event streams. */
public enum EventStream {
    DISPATCHES, STOCK_CHANGES
}
