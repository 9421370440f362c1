package org.ecomhub.shell.internal;

import java.util.ArrayList;
import java.util.List;
import org.ecomhub.amazon.api.log.ConnectionLog;
import org.ecomhub.amazon.api.log.LogEntry;
import org.ecomhub.amazon.api.log.LogEvent;
import org.ecomhub.amazon.api.log.LogQuery;

/** Answers every query with the given entries and remembers the queries it was asked. */
final class FakeConnectionLog implements ConnectionLog {

    final List<LogQuery> queries = new ArrayList<>();
    private final List<LogEntry> entries;
    private final long total;

    FakeConnectionLog(List<LogEntry> entries, long total) {
        this.entries = entries;
        this.total = total;
    }

    @Override
    public void append(LogEvent event) {
        throw new UnsupportedOperationException("commands only read the log");
    }

    @Override
    public List<LogEntry> query(LogQuery query) {
        queries.add(query);
        return entries;
    }

    @Override
    public long count(LogQuery query) {
        return total;
    }
}
