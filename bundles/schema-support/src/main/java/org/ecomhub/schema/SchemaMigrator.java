package org.ecomhub.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * Brings one component's tables to their newest version.
 *
 * <p>Every component (a bundle that owns tables) has a row in {@code ECOMHUB_SCHEMA_VERSION}. While it
 * migrates, a second connection holds its row of {@code ECOMHUB_SCHEMA_LOCK} locked ({@code SELECT ... FOR
 * UPDATE}); the lock lives on its own connection because databases such as H2 commit DDL on their own, which
 * would release a lock taken on the connection that runs the DDL. So two bundles, an old and a new build of one
 * bundle, or two nodes sharing the database apply each step exactly once.
 *
 * <p>Each step's version update commits with the step; a step that fails leaves the recorded version at the
 * previous step. Where the database commits DDL on its own, part of a failed step may stay: write DDL with
 * {@code IF NOT EXISTS} so the step can run again.
 *
 * <p>This package is not exported by any bundle: each bundle that owns tables inlines it with bnd's
 * {@code -conditionalpackage: org.ecomhub.schema}. A migration needs two connections of the data source.
 */
public final class SchemaMigrator {

    static final String VERSION_TABLE = "ECOMHUB_SCHEMA_VERSION";
    static final String LOCK_TABLE = "ECOMHUB_SCHEMA_LOCK";

    private SchemaMigrator() {
    }

    /**
     * Applies the steps the database has not seen yet.
     *
     * @param dataSource where the tables live
     * @param component  a stable name for the owner of the tables, e.g. {@code org.ecomhub.log}
     * @param migrations all steps of the component in order; step {@code i} takes version {@code i} to {@code i + 1}
     * @return the schema version now in force
     * @throws SQLException          if a step fails; the version stays at the last step that succeeded
     * @throws IllegalStateException if the database holds a newer version than this code knows (a downgrade)
     */
    public static int migrate(DataSource dataSource, String component, List<Migration> migrations) throws SQLException {
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(true);
            createTables(lock);
            insertIfMissing(lock, LOCK_TABLE, "INSERT INTO " + LOCK_TABLE + " (COMPONENT) VALUES (?)", component);
            insertIfMissing(lock, VERSION_TABLE, "INSERT INTO " + VERSION_TABLE + " (COMPONENT, VERSION) VALUES (?, 0)",
                    component);
            lock.setAutoCommit(false);
            try {
                takeLock(lock, component);
                try (Connection work = dataSource.getConnection()) {
                    return applyMissingSteps(work, component, migrations);
                }
            } finally {
                lock.rollback(); // releases the lock; the lock connection changed nothing
            }
        }
    }

    /** The version a component's tables are at, 0 if it never migrated. */
    public static int currentVersion(DataSource dataSource, String component) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            createTables(connection);
            return readVersion(connection, component);
        }
    }

    private static int applyMissingSteps(Connection work, String component, List<Migration> migrations)
            throws SQLException {
        work.setAutoCommit(false);
        int current = readVersion(work, component);
        if (current > migrations.size()) {
            throw new IllegalStateException("the database holds schema version " + current + " of " + component
                    + " but this build knows only " + migrations.size()
                    + ": install the newer bundle again or restore the backup taken before the downgrade");
        }
        for (int step = current; step < migrations.size(); step++) {
            Migration migration = migrations.get(step);
            try {
                apply(work, migration);
                writeVersion(work, component, step + 1, migration.description());
                work.commit();
            } catch (SQLException | RuntimeException e) {
                work.rollback();
                throw e;
            }
        }
        return migrations.size();
    }

    private static void createTables(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + VERSION_TABLE + " ("
                    + "COMPONENT VARCHAR(200) PRIMARY KEY, "
                    + "VERSION INT NOT NULL, "
                    + "DESCRIPTION VARCHAR(500), "
                    + "UPDATED_AT TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP)");
            statement.execute("CREATE TABLE IF NOT EXISTS " + LOCK_TABLE + " (COMPONENT VARCHAR(200) PRIMARY KEY)");
        }
    }

    private static void insertIfMissing(Connection connection, String table, String insertSql, String component)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM " + table + " WHERE COMPONENT = ?")) {
            select.setString(1, component);
            try (ResultSet rs = select.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(insertSql)) {
            insert.setString(1, component);
            insert.executeUpdate();
        } catch (SQLException raced) {
            // another caller inserted the row between our look and our insert: the row exists, which is all we need
            if (raced.getSQLState() == null || !raced.getSQLState().startsWith("23")) {
                throw raced;
            }
        }
    }

    private static void takeLock(Connection lock, String component) throws SQLException {
        try (PreparedStatement select = lock.prepareStatement(
                "SELECT COMPONENT FROM " + LOCK_TABLE + " WHERE COMPONENT = ? FOR UPDATE")) {
            select.setString(1, component);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no schema lock row for " + component);
                }
            }
        }
    }

    private static int readVersion(Connection connection, String component) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT VERSION FROM " + VERSION_TABLE + " WHERE COMPONENT = ?")) {
            select.setString(1, component);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private static void apply(Connection connection, Migration migration) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : migration.statements()) {
                statement.execute(sql);
            }
        }
    }

    private static void writeVersion(Connection connection, String component, int version, String description)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE " + VERSION_TABLE + " SET VERSION = ?, DESCRIPTION = ?, UPDATED_AT = CURRENT_TIMESTAMP "
                        + "WHERE COMPONENT = ?")) {
            update.setInt(1, version);
            update.setString(2, description);
            update.setString(3, component);
            update.executeUpdate();
        }
    }
}
