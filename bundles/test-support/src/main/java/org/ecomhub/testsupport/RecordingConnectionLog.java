package org.ecomhub.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ecomhub.amazon.api.log.ConnectionLog;
import org.ecomhub.amazon.api.log.LevelFilter;
import org.ecomhub.amazon.api.log.LogEntry;
import org.ecomhub.amazon.api.log.LogEvent;
import org.ecomhub.amazon.api.log.LogLevel;
import org.ecomhub.amazon.api.log.LogQuery;

/** A connection log that keeps the events it is told in memory, for assertions. */
public final class RecordingConnectionLog implements ConnectionLog {

    private final List<LogEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void append(LogEvent event) {
        events.add(event);
    }

    /** Stored entries are not kept: tests assert on {@link #events()}. */
    @Override
    public List<LogEntry> query(LogQuery query) {
        return List.of();
    }

    /** Counts the recorded events that match the query's store and its ERROR filter. */
    @Override
    public long count(LogQuery query) {
        return events.stream()
                .filter(e -> query.level() != LevelFilter.ERROR || e.level() == LogLevel.ERROR)
                .filter(e -> query.store() == null || query.store().equals(e.store()))
                .count();
    }

    /** Every event so far, oldest first; a live view. */
    public List<LogEvent> events() {
        return events;
    }

    public List<LogEvent> at(LogLevel level) {
        return events.stream().filter(e -> e.level() == level).toList();
    }

    public List<LogEvent> errors() {
        return at(LogLevel.ERROR);
    }

    /** Every event so far, one a line, for searching the whole log in one go. */
    public String all() {
        StringBuilder text = new StringBuilder();
        events.forEach(e -> text.append(e).append('\n'));
        return text.toString();
    }
}
