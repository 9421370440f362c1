package org.ecomhub.log.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.ecomhub.amazon.api.log.FixAction;
import org.ecomhub.amazon.api.log.LevelFilter;
import org.ecomhub.amazon.api.log.LogCategory;
import org.ecomhub.amazon.api.log.LogEntry;
import org.ecomhub.amazon.api.log.LogEvent;
import org.ecomhub.amazon.api.log.LogLevel;
import org.ecomhub.amazon.api.log.LogQuery;
import org.ecomhub.testsupport.SteppedClock;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcConnectionLogTest {

    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

    @TempDir
    Path dir;

    private final SteppedClock clock = new SteppedClock(T0);
    private JdbcDataSource dataSource;
    private JdbcConnectionLog log;
    /** Holds the database open between calls, as a pool does; else H2 closes and reopens the file each time. */
    private Connection keepOpen;

    @BeforeEach
    void start() throws SQLException {
        openDatabase();
        log = startLog();
    }

    @AfterEach
    void stop() throws InterruptedException, SQLException {
        log.deactivate();
        keepOpen.close();
    }

    private void openDatabase() throws SQLException {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + dir.resolve("ecomhub"));
        keepOpen = dataSource.getConnection();
    }

    private JdbcConnectionLog startLog() throws SQLException {
        return new JdbcConnectionLog(dataSource, clock, Executors.newSingleThreadScheduledExecutor());
    }

    @Test
    @DisplayName("LOG-01: an entry keeps time, store, level, category, message, Amazon id and host id")
    void storesEveryField() {
        clock.step(Duration.ofSeconds(5));
        log.append(LogEvent.info(LogCategory.ORDERS, "Imported order as a parked sales order")
                .withStore("EU1").withAmazonId("114-3941689-8772232").withHostId("SO-10023"));

        List<LogEntry> entries = log.query(LogQuery.all());

        assertEquals(1, entries.size());
        LogEntry entry = entries.get(0);
        assertEquals(T0.plusSeconds(5), entry.time(), "the Clock service's time");
        assertEquals("EU1", entry.store());
        assertEquals(LogLevel.INFO, entry.level());
        assertEquals(LogCategory.ORDERS, entry.category());
        assertEquals("Imported order as a parked sales order", entry.message());
        assertEquals("114-3941689-8772232", entry.amazonId());
        assertEquals("SO-10023", entry.hostId());
        assertNull(entry.fix());
    }

    @Test
    @DisplayName("LOG-02: an ERROR entry comes back with the action that fixes it")
    void errorsCarryTheirFix() {
        log.append(LogEvent.error(LogCategory.AUTH, "Amazon refused the refresh token (invalid_grant)",
                FixAction.REAUTHORISE).withStore("EU1"));

        LogEntry entry = log.query(LogQuery.all()).get(0);

        assertEquals(FixAction.REAUTHORISE, entry.fix());
        assertTrue(entry.fixText().startsWith("Authorise the store again"));
    }

    @Test
    @DisplayName("LOG-01: newest first, paged, with a count of all matches")
    void newestFirstInPages() {
        IntStream.range(0, 120).forEach(i -> {
            clock.step(Duration.ofMinutes(1));
            log.append(LogEvent.info(LogCategory.STOCK, "export " + i).withStore("EU1"));
        });

        List<String> messages = new ArrayList<>();
        for (int offset = 0; offset < 150; offset += 50) {
            log.query(LogQuery.all().withPage(offset, 50)).forEach(e -> messages.add(e.message()));
        }

        assertEquals(120, messages.size());
        assertEquals("export 119", messages.get(0));
        assertEquals("export 70", messages.get(49));
        assertEquals("export 69", messages.get(50));
        assertEquals("export 0", messages.get(119));
        assertEquals(120, log.count(LogQuery.all().withPage(100, 5)), "count ignores paging");
    }

    @Test
    @DisplayName("LOG-01: entries written at the same instant still come newest first")
    void sameInstantNewestFirst() {
        log.append(LogEvent.debug(LogCategory.STOCK, "first"));
        log.append(LogEvent.debug(LogCategory.STOCK, "second"));

        assertEquals(List.of("second", "first"), messages(LogQuery.all()));
    }

    @Test
    @DisplayName("LOG-02: a filter shows one level or ALL")
    void filtersByLevel() {
        log.append(LogEvent.error(LogCategory.ORDERS, "SKU X-1 unknown", FixAction.UNKNOWN_SKU));
        log.append(LogEvent.info(LogCategory.ORDERS, "imported"));
        log.append(LogEvent.debug(LogCategory.STOCK, "quantity 3 became 2"));

        assertEquals(List.of("SKU X-1 unknown"), messages(LogQuery.all().withLevel(LevelFilter.ERROR)));
        assertEquals(List.of("imported"), messages(LogQuery.all().withLevel(LevelFilter.INFO)));
        assertEquals(List.of("quantity 3 became 2"), messages(LogQuery.all().withLevel(LevelFilter.DEBUG)));
        assertEquals(3, log.count(LogQuery.all().withLevel(LevelFilter.ALL)));
        assertEquals(1, log.count(LogQuery.all().withLevel(LevelFilter.ERROR)));
    }

    @Test
    @DisplayName("LOG-01: a store filter shows that store's entries only; no filter shows integration-wide ones too")
    void filtersByStore() {
        log.append(LogEvent.info(LogCategory.ORDERS, "eu").withStore("EU1"));
        log.append(LogEvent.info(LogCategory.ORDERS, "us").withStore("US1"));
        log.append(LogEvent.error(LogCategory.AUTH, "app credentials missing", FixAction.APP_CREDENTIALS));

        assertEquals(List.of("eu"), messages(LogQuery.all().withStore("EU1")));
        assertEquals(List.of("eu"), messages(LogQuery.all().withStore("eu1")), "an alias is matched without case");
        assertEquals(List.of("app credentials missing", "us", "eu"), messages(LogQuery.all()));
    }

    @Test
    @DisplayName("LOG-01: text search finds message, Amazon id and host id, ignoring case, with no wildcards")
    void searchesText() {
        log.append(LogEvent.info(LogCategory.ORDERS, "Imported order").withAmazonId("114-1111111-1111111"));
        log.append(LogEvent.info(LogCategory.PRODUCTS, "Product created").withHostId("WIDGET-RED"));
        log.append(LogEvent.info(LogCategory.STOCK, "100% of stock exported"));

        assertEquals(List.of("Imported order"), messages(LogQuery.all().withText("1111111")));
        assertEquals(List.of("Product created"), messages(LogQuery.all().withText("widget-red")));
        assertEquals(List.of("Imported order"), messages(LogQuery.all().withText("IMPORTED")));
        assertEquals(List.of("100% of stock exported"), messages(LogQuery.all().withText("100%")));
        assertEquals(List.of(), messages(LogQuery.all().withText("_")), "'_' is a character, not a wildcard");
    }

    @Test
    @DisplayName("LOG-01: a time range selects entries at or after its start and before its end")
    void selectsATimeRange() {
        for (int hour = 0; hour < 5; hour++) {
            log.append(LogEvent.info(LogCategory.ORDERS, "hour " + hour));
            clock.step(Duration.ofHours(1));
        }

        LogQuery range = LogQuery.all().since(T0.plus(Duration.ofHours(1))).until(T0.plus(Duration.ofHours(3)));

        assertEquals(List.of("hour 2", "hour 1"), messages(range));
        assertEquals(2, log.count(range));
    }

    @Test
    @DisplayName("LOG-03: entries older than 7 days on the Clock are hidden at once and removed by the purge")
    void keepsSevenDays() throws SQLException {
        log.append(LogEvent.info(LogCategory.ORDERS, "old"));
        clock.step(Duration.ofDays(6));
        log.append(LogEvent.info(LogCategory.ORDERS, "recent"));

        clock.step(Duration.ofDays(1));
        assertEquals(List.of("recent", "old"), messages(LogQuery.all()), "exactly 7 days old is still kept");

        clock.step(Duration.ofSeconds(1));
        assertEquals(List.of("recent"), messages(LogQuery.all()), "hidden before the purge ran");
        assertEquals(1, log.count(LogQuery.all()));
        assertEquals(2, rowsInTable());

        assertEquals(1, log.purgeExpired());
        assertEquals(1, rowsInTable());
        assertEquals(List.of("recent"), messages(LogQuery.all()));

        clock.step(Duration.ofDays(6));
        assertEquals(1, log.purgeExpired());
        assertEquals(0, rowsInTable());
    }

    @Test
    @DisplayName("LOG-03: entries survive a restart and a bundle update (a new instance on the same database)")
    void survivesRestart() throws Exception {
        log.append(LogEvent.error(LogCategory.STOCK, "feed message rejected", FixAction.FEED_MESSAGE_REJECTED)
                .withStore("EU1").withAmazonId("MY-SKU-1"));
        log.deactivate();
        keepOpen.close(); // the last connection: H2 closes the file, as at a shutdown
        openDatabase();
        clock.step(Duration.ofHours(2));

        log = startLog();
        log.append(LogEvent.info(LogCategory.STOCK, "after restart"));

        List<LogEntry> entries = log.query(LogQuery.all());
        assertEquals(List.of("after restart", "feed message rejected"), entries.stream().map(LogEntry::message).toList());
        assertEquals(FixAction.FEED_MESSAGE_REJECTED, entries.get(1).fix());
        assertEquals("MY-SKU-1", entries.get(1).amazonId());
        assertTrue(entries.get(0).id() > entries.get(1).id());
    }

    @Test
    @DisplayName("LOG-04: no secret reaches the table, whatever shape it has")
    void storesNoSecret() throws SQLException {
        List<String> secrets = List.of("Atzr|IwEBIJ3rLm0xVqg9kq7ZP2h8cQ", "Atza|IwEBIHg3Tj5kWq0pZ8fQ2v",
                "amzn1.oa2-cs.v1.3f8a9c2b7d1e4f60a5b8c9d0e1f2a3b4", "hunter2xyz", "ANDPxyzCode123",
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                "Zk9sZGVyS2V5MTIzNDU2Nzg5MGFiY2RlZmdoaWprbG1u", "jane.doe");
        log.append(LogEvent.error(LogCategory.AUTH, "LWA refused grant_type=refresh_token&refresh_token="
                + secrets.get(0) + "&client_secret=" + secrets.get(3), FixAction.REAUTHORISE).withStore("EU1"));
        log.append(LogEvent.debug(LogCategory.CONNECTION, "GET with x-amz-access-token: " + secrets.get(1)
                + " key " + secrets.get(5) + " data " + secrets.get(6)).withAmazonId(secrets.get(2)));
        log.append(LogEvent.info(LogCategory.AUTH, "callback ?state=s&spapi_oauth_code=" + secrets.get(4)
                + " for jane.doe@example.com").withHostId("Bearer " + secrets.get(1)));

        String table = tableText();
        for (String secret : secrets) {
            assertFalse(table.contains(secret), () -> "found " + secret + " in " + table);
        }
        assertTrue(table.contains("refresh_token=***&client_secret=***"), table);
    }

    @Test
    @DisplayName("LOG-01: a very long message is cut to fit, not refused")
    void cutsVeryLongMessages() {
        log.append(LogEvent.debug(LogCategory.STOCK, "a ".repeat(3000)));

        String stored = log.query(LogQuery.all()).get(0).message();
        assertEquals(LogSchema.MESSAGE_LENGTH, stored.length());
        assertTrue(stored.endsWith("\u2026"));
    }

    @Test
    @DisplayName("LOG-01: a storage failure never breaks the caller's sync")
    void appendNeverThrows() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE " + LogSchema.TABLE);
        }

        assertDoesNotThrow(() -> log.append(LogEvent.info(LogCategory.ORDERS, "lost, but no exception")));
    }

    private List<String> messages(LogQuery query) {
        return log.query(query).stream().map(LogEntry::message).toList();
    }

    private long rowsInTable() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + LogSchema.TABLE)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Every stored text of every row, as one string. */
    private String tableText() throws SQLException {
        StringBuilder text = new StringBuilder();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT * FROM " + LogSchema.TABLE)) {
            while (rs.next()) {
                for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
                    text.append(rs.getString(column)).append(' ');
                }
                text.append('\n');
            }
        }
        return text.toString();
    }
}
