package org.ecomhub.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.ecomhub.amazon.api.log.FixAction;
import org.ecomhub.amazon.api.log.LevelFilter;
import org.ecomhub.amazon.api.log.LogCategory;
import org.ecomhub.amazon.api.log.LogEntry;
import org.ecomhub.amazon.api.log.LogLevel;
import org.ecomhub.amazon.api.log.LogQuery;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

// covers HOST-05 (read the log from the shell), LOG-01, LOG-02
class LogCommandTest {

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    private static final LogEntry ERROR = new LogEntry(2, NOW.minusSeconds(60), "EU1", LogLevel.ERROR,
            LogCategory.ORDERS, "SKU MY-SKU-1 has no host product", "114-3941689-8772232", null, FixAction.UNKNOWN_SKU);
    private static final LogEntry INFO = new LogEntry(1, NOW.minusSeconds(3600), null, LogLevel.INFO,
            LogCategory.AUTH, "App credentials saved by admin (shell)", null, null, null);

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private LogCommand command(FakeConnectionLog log) {
        LogCommand command = new LogCommand();
        command.log = log;
        command.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        command.out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        return command;
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("HOST-05, LOG-02: amazon:log prints a table, newest first, with the fix for an ERROR")
    void printsATable() {
        command(new FakeConnectionLog(List.of(ERROR, INFO), 2)).execute();

        String output = output();
        assertTrue(output.contains("Time"), output);
        assertTrue(output.contains("Fix"), output);
        assertTrue(output.indexOf("SKU MY-SKU-1") < output.indexOf("App credentials saved"), "newest first:\n" + output);
        assertTrue(output.contains("2026-11-27T11:59:00Z"), output);
        assertTrue(output.contains("114-3941689-8772232"), output);
        assertTrue(output.contains("Create the product in the host"), "the fix text:\n" + output);
        assertTrue(output.contains("Entries 1-2 of 2, newest first."), output);
    }

    @Test
    @DisplayName("LOG-02: the options become the query: level, store, text, paging and since")
    void passesFiltersToTheLog() {
        FakeConnectionLog log = new FakeConnectionLog(List.of(), 0);
        LogCommand command = command(log);
        command.level = "error";
        command.store = "EU1";
        command.search = "MY-SKU";
        command.limit = 10;
        command.offset = 20;
        command.since = "24h";

        command.execute();

        LogQuery query = log.queries.get(0);
        assertEquals(LevelFilter.ERROR, query.level());
        assertEquals("EU1", query.store());
        assertEquals("MY-SKU", query.text());
        assertEquals(10, query.limit());
        assertEquals(20, query.offset());
        assertEquals(NOW.minusSeconds(24 * 3600), query.from(), "24h before the Clock's now");
        assertEquals("No connection log entries match.\n", output().replace("\r", ""));
    }

    @Test
    void takesAnInstantForSince() {
        FakeConnectionLog log = new FakeConnectionLog(List.of(), 0);
        LogCommand command = command(log);
        command.since = "2026-11-20T00:00:00Z";

        command.execute();

        assertEquals(Instant.parse("2026-11-20T00:00:00Z"), log.queries.get(0).from());
    }

    @Test
    @DisplayName("HOST-05: bad arguments fail with a message that says what is accepted")
    void refusesBadArguments() {
        LogCommand badLevel = command(new FakeConnectionLog(List.of(), 0));
        badLevel.level = "WARN";
        assertEquals("unknown level 'WARN': use ALL, ERROR, INFO or DEBUG",
                assertThrows(IllegalArgumentException.class, badLevel::execute).getMessage());

        LogCommand badLimit = command(new FakeConnectionLog(List.of(), 0));
        badLimit.limit = 0;
        assertEquals("limit must be between 1 and 1000",
                assertThrows(IllegalArgumentException.class, badLimit::execute).getMessage());

        LogCommand badSince = command(new FakeConnectionLog(List.of(), 0));
        badSince.since = "last week";
        assertTrue(assertThrows(IllegalArgumentException.class, badSince::execute).getMessage()
                .startsWith("--since takes an instant"));
    }

    @Test
    @DisplayName("HOST-05: --json prints the page and the total for scripts")
    void printsJson() throws Exception {
        LogCommand command = command(new FakeConnectionLog(List.of(ERROR, INFO), 7));
        command.json = true;
        command.limit = 2;

        command.execute();

        JsonNode document = new ObjectMapper().readTree(output());
        assertEquals(7, document.get("total").asLong());
        assertEquals(2, document.get("limit").asInt());
        JsonNode first = document.get("entries").get(0);
        assertEquals("2026-11-27T11:59:00Z", first.get("time").asText());
        assertEquals("EU1", first.get("store").asText());
        assertEquals("ERROR", first.get("level").asText());
        assertEquals("ORDERS", first.get("category").asText());
        assertEquals("UNKNOWN_SKU", first.get("fix").asText());
        assertEquals(FixAction.UNKNOWN_SKU.text(), first.get("fixText").asText());
        assertTrue(document.get("entries").get(1).get("store").isNull(), "integration-wide entries have no store");
    }

    @Test
    void tellsWhenAPageIsPastTheEnd() {
        LogCommand command = command(new FakeConnectionLog(List.of(), 12));
        command.offset = 50;

        command.execute();

        assertEquals("No entries on this page; 12 match.", output().strip());
    }
}
