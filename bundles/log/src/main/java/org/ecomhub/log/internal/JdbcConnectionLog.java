package org.ecomhub.log.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.ecomhub.amazon.api.log.ConnectionLog;
import org.ecomhub.amazon.api.log.LogEntry;
import org.ecomhub.amazon.api.log.LogEvent;
import org.ecomhub.amazon.api.log.LogLevel;
import org.ecomhub.amazon.api.log.LogQuery;
import org.ecomhub.amazon.api.log.SecretMask;
import org.ecomhub.schema.SchemaMigrator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection log on the shared database (LOG-01..04). Everything is in the table, so entries survive restarts
 * and bundle updates (LOG-03). Retention is measured on the Clock service: queries never show entries older than
 * {@link ConnectionLog#RETENTION}, and a background task deletes them once an hour (real time).
 */
@Component(service = ConnectionLog.class, immediate = true)
public class JdbcConnectionLog implements ConnectionLog {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcConnectionLog.class);
    private static final long PURGE_INITIAL_DELAY_MINUTES = 1;
    private static final long PURGE_PERIOD_MINUTES = 60;

    private final LogTable table;
    private final Clock clock;
    private final ScheduledExecutorService purger;

    @Activate
    public JdbcConnectionLog(
            @Reference(name = "dataSource", target = "(dataSourceName=ecomhub)",
                    policyOption = ReferencePolicyOption.GREEDY) DataSource dataSource,
            @Reference(name = "clock", policyOption = ReferencePolicyOption.GREEDY) Clock clock) throws SQLException {
        this(dataSource, clock, Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ecomhub-log-retention");
            thread.setDaemon(true);
            return thread;
        }));
    }

    /** For tests: the purge task goes to {@code purger}; tests call {@link #purgeExpired()} themselves. */
    JdbcConnectionLog(DataSource dataSource, Clock clock, ScheduledExecutorService purger) throws SQLException {
        SchemaMigrator.migrate(dataSource, LogSchema.COMPONENT, LogSchema.MIGRATIONS);
        this.table = new LogTable(dataSource);
        this.clock = clock;
        this.purger = purger;
        purger.scheduleWithFixedDelay(this::purgeQuietly, PURGE_INITIAL_DELAY_MINUTES, PURGE_PERIOD_MINUTES,
                TimeUnit.MINUTES);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        // no interrupt: an interrupt in the middle of a write can close H2's file channel; a purge in progress
        // finishes (it is one DELETE), and periodic runs not yet started are dropped by shutdown()
        purger.shutdown();
        purger.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Override
    public void append(LogEvent event) {
        // LogEvent masks when it is made; mask again here, the door of the store, so nothing else need be trusted
        LogEvent masked = new LogEvent(event.store(), event.level(), event.category(), SecretMask.mask(event.message()),
                SecretMask.mask(event.amazonId()), SecretMask.mask(event.hostId()), event.fix());
        if (masked.level() == LogLevel.ERROR) {
            LOG.warn("Connection log ERROR [{}] store={} amazonId={} hostId={}: {} Fix: {}", masked.category(),
                    masked.store(), masked.amazonId(), masked.hostId(), masked.message(), masked.fix());
        }
        try {
            table.insert(clock.instant(), masked);
        } catch (SQLException | RuntimeException e) {
            LOG.error("A connection log entry ({} {}) could not be stored: {}", masked.level(), masked.category(),
                    e.toString());
        }
    }

    @Override
    public List<LogEntry> query(LogQuery query) {
        try {
            return table.select(query, oldestKept());
        } catch (SQLException e) {
            throw new IllegalStateException("the connection log cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public long count(LogQuery query) {
        try {
            return table.count(query, oldestKept());
        } catch (SQLException e) {
            throw new IllegalStateException("the connection log cannot be read: " + e.getMessage(), e);
        }
    }

    /** Deletes the entries older than the retention on the Clock (LOG-03); returns how many went. */
    int purgeExpired() throws SQLException {
        return table.deleteBefore(oldestKept());
    }

    private Instant oldestKept() {
        return clock.instant().minus(RETENTION);
    }

    private void purgeQuietly() {
        try {
            int deleted = purgeExpired();
            if (deleted > 0) {
                LOG.debug("Removed {} connection log entries older than {}", deleted, RETENTION);
            }
        } catch (SQLException | RuntimeException e) {
            // the next run tries again; expired entries are hidden from queries meanwhile
            LOG.warn("Connection log retention failed, tried again in {} minutes: {}", PURGE_PERIOD_MINUTES,
                    e.toString());
        }
    }
}
