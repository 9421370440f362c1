package org.ecomhub.amazon.api.log;

import java.time.Duration;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The connection log service (LOG-01..04): every sync action writes an entry here; the shell's {@code amazon:log}
 * and the web console's Connection Log tab read it. Entries are persistent, kept {@link #RETENTION} by the
 * integration's Clock, and survive restarts and bundle updates (LOG-03).
 */
@ProviderType
public interface ConnectionLog {

    /** How long entries are kept (LOG-03), measured on the Clock service. */
    Duration RETENTION = Duration.ofDays(7);

    /**
     * Writes one entry with the Clock's current time. Texts are masked again at the door (LOG-04). Never throws
     * because storage failed: logging must not break a sync; such a failure goes to the developer log.
     */
    void append(LogEvent event);

    /**
     * One page of entries that match, newest first. Entries older than {@link #RETENTION} are never returned, even
     * before the periodic purge removed them.
     *
     * @throws IllegalStateException if the log's storage cannot be read
     */
    List<LogEntry> query(LogQuery query);

    /**
     * How many entries match the query's filters (its paging ignored), so a view can show "1-50 of 312".
     *
     * @throws IllegalStateException if the log's storage cannot be read
     */
    long count(LogQuery query);
}
