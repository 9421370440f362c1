package org.ecomhub.amazon.api.log;

import java.time.Instant;
import java.util.Objects;

/**
 * What to read from the connection log: filters and one page. Results are always newest first.
 *
 * @param level  one level or ALL
 * @param store  only this store's entries, or {@code null} for every store and the integration-wide entries
 * @param text   case-insensitive text found in the message, the Amazon id or the host id; {@code null} for any
 * @param from   entries at or after this time, or {@code null}
 * @param to     entries before this time, or {@code null}
 * @param offset entries to skip (newest first)
 * @param limit  entries to return at most, 1 to {@value #MAX_LIMIT}
 */
public record LogQuery(LevelFilter level, String store, String text, Instant from, Instant to, int offset, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 1000;

    /** @throws IllegalArgumentException for a negative offset, a limit outside 1..{@value #MAX_LIMIT}, or from after to */
    public LogQuery {
        Objects.requireNonNull(level, "level");
        store = blankToNull(store);
        text = blankToNull(text);
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the time range ends before it starts");
        }
    }

    /** Every level, every store, the newest {@value #DEFAULT_LIMIT} entries. */
    public static LogQuery all() {
        return new LogQuery(LevelFilter.ALL, null, null, null, null, 0, DEFAULT_LIMIT);
    }

    public LogQuery withLevel(LevelFilter newLevel) {
        return new LogQuery(newLevel, store, text, from, to, offset, limit);
    }

    public LogQuery withStore(String alias) {
        return new LogQuery(level, alias, text, from, to, offset, limit);
    }

    public LogQuery withText(String search) {
        return new LogQuery(level, store, search, from, to, offset, limit);
    }

    /** Entries at or after {@code start}. */
    public LogQuery since(Instant start) {
        return new LogQuery(level, store, text, start, to, offset, limit);
    }

    /** Entries before {@code end}. */
    public LogQuery until(Instant end) {
        return new LogQuery(level, store, text, from, end, offset, limit);
    }

    public LogQuery withPage(int newOffset, int newLimit) {
        return new LogQuery(level, store, text, from, to, newOffset, newLimit);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
