package org.ecomhub.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// covers OPS-01: each bundle's schema has a version table and migrates under a database lock
class SchemaMigratorTest {

    @TempDir
    Path dir;

    private JdbcDataSource dataSource;

    @BeforeEach
    void openDatabase() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_DELAY=-1");
    }

    private static final List<Migration> STEPS = List.of(
            Migration.of("create counter", "CREATE TABLE IF NOT EXISTS COUNTER (ID INT PRIMARY KEY, N INT)",
                    "INSERT INTO COUNTER VALUES (1, 0)"),
            Migration.of("count once", "UPDATE COUNTER SET N = N + 1 WHERE ID = 1"));

    @Test
    void appliesEveryStepOnceAndRecordsTheVersion() throws Exception {
        assertEquals(2, SchemaMigrator.migrate(dataSource, "test.component", STEPS));
        assertEquals(2, SchemaMigrator.migrate(dataSource, "test.component", STEPS));
        assertEquals(1, counter());
        assertEquals(2, SchemaMigrator.currentVersion(dataSource, "test.component"));
    }

    @Test
    void aLaterBuildAppliesOnlyItsNewSteps() throws Exception {
        SchemaMigrator.migrate(dataSource, "test.component", STEPS.subList(0, 1));
        assertEquals(0, counter());
        SchemaMigrator.migrate(dataSource, "test.component", STEPS);
        assertEquals(1, counter());
    }

    @Test
    void concurrentCallersApplyEachStepExactlyOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            Callable<Integer> migrate = () -> SchemaMigrator.migrate(dataSource, "test.component", STEPS);
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(migrate));
            }
            for (Future<Integer> result : results) {
                assertEquals(2, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, counter());
    }

    @Test
    void aFailingStepKeepsThePreviousVersion() throws Exception {
        List<Migration> broken = List.of(STEPS.get(0), Migration.of("broken", "UPDATE NO_SUCH_TABLE SET X = 1"));
        assertThrows(SQLException.class, () -> SchemaMigrator.migrate(dataSource, "test.component", broken));
        assertEquals(1, SchemaMigrator.currentVersion(dataSource, "test.component"));
    }

    @Test
    void aDowngradeIsRefusedWithAClearMessage() throws Exception {
        SchemaMigrator.migrate(dataSource, "test.component", STEPS);
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> SchemaMigrator.migrate(dataSource, "test.component", STEPS.subList(0, 1)));
        assertTrue(refused.getMessage().contains("schema version 2"), refused.getMessage());
    }

    @Test
    void componentsKeepSeparateVersions() throws Exception {
        SchemaMigrator.migrate(dataSource, "test.component", STEPS);
        assertEquals(0, SchemaMigrator.currentVersion(dataSource, "other.component"));
    }

    private int counter() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT N FROM COUNTER WHERE ID = 1")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
