package org.ecomhub.stores.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ecomhub.amazon.api.log.ConnectionLog;
import org.ecomhub.amazon.api.log.LevelFilter;
import org.ecomhub.amazon.api.log.LogEntry;
import org.ecomhub.amazon.api.log.LogEvent;
import org.ecomhub.amazon.api.log.LogLevel;
import org.ecomhub.amazon.api.log.LogQuery;

/** A connection log that keeps its events in memory. */
final class RecordingLog implements ConnectionLog {

    final List<LogEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void append(LogEvent event) {
        events.add(event);
    }

    @Override
    public List<LogEntry> query(LogQuery query) {
        return List.of();
    }

    @Override
    public long count(LogQuery query) {
        return events.stream().filter(e -> query.level() != LevelFilter.ERROR || e.level() == LogLevel.ERROR)
                .filter(e -> query.store() == null || query.store().equals(e.store())).count();
    }

    List<LogEvent> errors() {
        return events.stream().filter(e -> e.level() == LogLevel.ERROR).toList();
    }
}
