package org.ecomhub.stores.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.SecretKey;
import org.ecomhub.amazon.api.store.EnableEstimator;
import org.ecomhub.amazon.api.store.Store;
import org.ecomhub.schema.SchemaMigrator;
import org.ecomhub.testsupport.RecordingConnectionLog;
import org.ecomhub.testsupport.SteppedClock;
import org.h2.jdbcx.JdbcDataSource;

/** The registry's parts on an H2 file database, with a stepped clock, a fake Config Admin and a recording log. */
final class StoresFixture implements AutoCloseable {

    static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    static final String UK = "A1F83G8C2ARO7P";
    static final String DE = "A1PA6795UKMFR9";
    static final String US = "ATVPDKIKX0DER";
    static final String SELLER = "A2SELLER0001";
    static final String SELLER2 = "A2SELLER0002";

    final SteppedClock clock = new SteppedClock(T0);
    final FakeConfigSource config = new FakeConfigSource();
    final RecordingConnectionLog log = new RecordingConnectionLog();
    final Map<String, Store> published = new LinkedHashMap<>();
    final List<String> stopped = new ArrayList<>();
    final AtomicReference<EnableEstimator> estimator = new AtomicReference<>();
    final Map<String, Boolean> fbmListingsFound = new java.util.HashMap<>();
    final JdbcDataSource dataSource = new JdbcDataSource();
    final Path keyFile;
    private final Connection keepOpen;
    Jdbc db;
    StoreTables tables;
    AuthTable auth;
    SecretVault vault;
    Registry registry;

    StoresFixture(Path dir) throws Exception {
        dataSource.setURL("jdbc:h2:file:" + dir.resolve("db/ecomhub"));
        keepOpen = dataSource.getConnection();
        keyFile = dir.resolve("keys/secrets.key");
        restart();
    }

    /** A new registry on the same database, configurations and key, as after a framework restart. */
    Registry restart() throws Exception {
        SchemaMigrator.migrate(dataSource, StoreSchema.COMPONENT, StoreSchema.MIGRATIONS);
        SecretKey key = KeyFile.loadOrCreate(keyFile);
        db = new Jdbc(dataSource);
        tables = new StoreTables(db);
        auth = new AuthTable(db);
        vault = new SecretVault(db, key, clock);
        published.clear();
        registry = new Registry(clock, tables, auth, vault, config, log, HostFactsAdapter::lenient,
                new StorePublisher() {
                    @Override
                    public void publish(Store store) {
                        published.put(store.alias(), store);
                    }

                    @Override
                    public void unpublish(String alias) {
                        published.remove(alias);
                    }
                }, () -> Optional.ofNullable(estimator.get()), alias -> Optional.ofNullable(fbmListingsFound.get(alias)));
        registry.jobControl(new JobControl() {
            @Override
            public void storeStopped(String alias) {
                stopped.add(alias);
            }

            @Override
            public Optional<Instant> nextRun(String alias) {
                return Optional.empty();
            }

            @Override
            public int backlog(String alias) {
                return 0;
            }
        });
        registry.start();
        registry.reconcileAll(false);
        return registry;
    }

    @Override
    public void close() throws SQLException {
        keepOpen.close();
    }
}
