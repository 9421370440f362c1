package org.ecomhub.amazon.api.log;

/** How much an entry matters (LOG-02). */
public enum LogLevel {
    /** A failure; the entry carries the {@link FixAction} that resolves it. */
    ERROR,
    /** A completed action, e.g. an order imported or a feed accepted. */
    INFO,
    /** A sync correction or detail, e.g. a quantity adjusted or a call counted. */
    DEBUG
}
