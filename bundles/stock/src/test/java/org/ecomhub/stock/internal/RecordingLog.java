package org.ecomhub.stock.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ecomhub.amazon.api.log.ConnectionLog;
import org.ecomhub.amazon.api.log.LogEntry;
import org.ecomhub.amazon.api.log.LogEvent;
import org.ecomhub.amazon.api.log.LogLevel;
import org.ecomhub.amazon.api.log.LogQuery;

/** A connection log that keeps what it is told, for assertions. */
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
        return 0;
    }

    List<LogEvent> at(LogLevel level) {
        return events.stream().filter(e -> e.level() == level).toList();
    }
}
