package org.ecomhub.orders.internal;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.ecomhub.amazon.api.log.ConnectionLog;
import org.ecomhub.amazon.api.log.LogEntry;
import org.ecomhub.amazon.api.log.LogEvent;
import org.ecomhub.amazon.api.log.LogQuery;

/** Counts entries only: the connection log's own cost is not what these benchmarks measure. */
public final class QuietLog implements ConnectionLog {
    public final AtomicLong entries = new AtomicLong();

    @Override
    public void append(LogEvent event) {
        entries.incrementAndGet();
    }

    @Override
    public List<LogEntry> query(LogQuery query) {
        return List.of();
    }

    @Override
    public long count(LogQuery query) {
        return 0;
    }
}
