package org.ecomhub.host.embedded.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.ecomhub.host.api.EventStream;
import org.ecomhub.host.api.HostEventListener;
import org.ecomhub.host.api.HostException;
import org.ecomhub.host.api.HostUnavailableException;
import org.ecomhub.host.api.IdempotencyKey;
import org.ecomhub.schema.SchemaMigrator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reference host's database: migrates its tables, runs every SPI call in one transaction, keeps idempotency
 * keys and tells {@link HostEventListener}s about new events after commit. Internal service of this bundle.
 */
@Component(service = HostDatabase.class)
public class HostDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(HostDatabase.class);

    /** Work inside one transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Tx tx) throws SQLException;
    }

    private final DataSource dataSource;
    private final Clock clock;
    private final List<HostEventListener> listeners = new CopyOnWriteArrayList<>();

    @Activate
    public HostDatabase(
            @Reference(name = "dataSource", target = "(dataSourceName=ecomhub)") DataSource dataSource,
            @Reference(name = "clock", policyOption = ReferencePolicyOption.GREEDY) Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
        try {
            SchemaMigrator.migrate(dataSource, Schema.COMPONENT, Schema.migrations());
        } catch (SQLException e) {
            throw new HostUnavailableException("cannot migrate the reference host's tables: " + e.getMessage(), e);
        }
    }

    @Reference(name = "listener", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addListener(HostEventListener listener) {
        listeners.add(listener);
    }

    void removeListener(HostEventListener listener) {
        listeners.remove(listener);
    }

    Instant now() {
        return clock.instant();
    }

    Clock clock() {
        return clock;
    }

    /** Runs work in one transaction: all of it commits, or nothing does. */
    <T> T inTransaction(Work<T> work) {
        Tx tx;
        T result;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            tx = new Tx(connection, this);
            try {
                result = work.run(tx);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection);
                throw e;
            }
        } catch (SQLException e) {
            throw translate(e);
        }
        notifyListeners(tx.streamsWritten());
        return result;
    }

    /** Reads without changing anything. */
    <T> T read(Work<T> work) {
        return inTransaction(work);
    }

    /**
     * Runs a side effect once per (operation, key): on a repeat returns the reference the first run recorded. The
     * key row is written in the same transaction as the effect, so both commit or neither; two racing callers end
     * with one effect (the loser's insert hits the primary key, it rolls back and reads the winner's result).
     */
    String once(String operation, IdempotencyKey key, Work<String> effect) {
        for (int attempt = 0; ; attempt++) {
            try {
                return inTransaction(tx -> {
                    Optional<String> prior = recorded(tx, operation, key);
                    if (prior.isPresent()) {
                        return prior.get();
                    }
                    String result = effect.run(tx);
                    Sql.update(tx.connection(), "INSERT INTO ERP_IDEMPOTENCY (OPERATION, KEY_VALUE, RESULT_REF, CREATED_AT) "
                            + "VALUES (?, ?, ?, ?)", operation, key.value(), result, now());
                    return result;
                });
            } catch (HostException e) {
                if (attempt > 0) {
                    throw e;
                }
                // a racing caller with the same key may have committed meanwhile (our effect then hit its order's
                // unique reference or its key row): the first result wins
                Optional<String> winner = read(tx -> recorded(tx, operation, key));
                if (winner.isPresent()) {
                    return winner.get();
                }
                if (!(e.getCause() instanceof SQLException sql && isDuplicate(sql))) {
                    throw e;
                }
            }
        }
    }

    private static Optional<String> recorded(Tx tx, String operation, IdempotencyKey key) throws SQLException {
        return Sql.one(tx.connection(), "SELECT RESULT_REF FROM ERP_IDEMPOTENCY WHERE OPERATION = ? AND KEY_VALUE = ?",
                rs -> rs.getString(1), operation, key.value());
    }

    static boolean isDuplicate(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }

    private static HostException translate(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("08") || state.startsWith("40") || state.startsWith("HYT")) {
            return new HostUnavailableException("the reference host's database cannot answer now: " + e.getMessage(), e);
        }
        return new HostException("the reference host's database refused a statement: " + e.getMessage(), e);
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.warn("rollback failed: {}", e.getMessage());
        }
    }

    private void notifyListeners(Set<EventStream> streams) {
        if (streams.isEmpty() || listeners.isEmpty()) {
            return;
        }
        for (EventStream stream : streams) {
            long latest = Events.latest(this, stream);
            for (HostEventListener listener : listeners) {
                try {
                    listener.eventsAvailable(stream, latest);
                } catch (RuntimeException e) {
                    LOG.warn("a host event listener failed on {}: {}", stream, e.toString());
                }
            }
        }
    }

    /** One open transaction: its connection, and which event streams it wrote to. */
    static final class Tx {
        private final Connection connection;
        private final HostDatabase db;
        private final Set<EventStream> streams = EnumSet.noneOf(EventStream.class);

        Tx(Connection connection, HostDatabase db) {
            this.connection = connection;
            this.db = db;
        }

        Connection connection() {
            return connection;
        }

        Instant now() {
            return db.now();
        }

        void wrote(EventStream stream) {
            streams.add(stream);
        }

        Set<EventStream> streamsWritten() {
            return streams;
        }

        /** The next value of a named counter; the row lock it takes is held until commit, so values commit in order. */
        long next(String counter) throws SQLException {
            if (Sql.update(connection, "UPDATE ERP_COUNTER SET LAST_VALUE = LAST_VALUE + 1 WHERE NAME = ?", counter) != 1) {
                throw new IllegalStateException("no counter " + counter);
            }
            return Sql.one(connection, "SELECT LAST_VALUE FROM ERP_COUNTER WHERE NAME = ?", rs -> rs.getLong(1), counter)
                    .orElseThrow();
        }
    }
}
