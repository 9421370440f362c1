package org.ecomhub.amazon.api.log;

import java.time.Instant;

/**
 * A stored connection log entry, as a query returns it. Texts are already masked.
 *
 * @param id       ascending in the order entries were written
 * @param time     when it was written, by the integration's Clock service (HOST-08)
 * @param store    the store's alias, or {@code null} for an integration-wide entry
 * @param level    ERROR, INFO or DEBUG
 * @param category what it is about
 * @param message  what happened
 * @param amazonId the Amazon id it concerns, or {@code null}
 * @param hostId   the host id it concerns, or {@code null}
 * @param fix      for ERROR the action that resolves it, else {@code null}
 */
public record LogEntry(long id, Instant time, String store, LogLevel level, LogCategory category, String message,
                       String amazonId, String hostId, FixAction fix) {

    /** What the admin should do about this entry, or {@code null} when it needs nothing. */
    public String fixText() {
        return fix == null ? null : fix.text();
    }
}
