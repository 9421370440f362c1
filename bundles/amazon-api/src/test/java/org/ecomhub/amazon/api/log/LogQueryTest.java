package org.ecomhub.amazon.api.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LogQueryTest {

    @Test
    @DisplayName("LOG-02: the level filter reads ALL and each level as typed, and refuses anything else")
    void parsesLevelFilters() {
        assertEquals(LevelFilter.ALL, LevelFilter.parse("all"));
        assertEquals(LevelFilter.ALL, LevelFilter.parse(null));
        assertEquals(LevelFilter.ERROR, LevelFilter.parse(" Error "));
        assertEquals(LogLevel.DEBUG, LevelFilter.parse("DEBUG").level());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LevelFilter.parse("WARN"));
        assertEquals("unknown level 'WARN': use ALL, ERROR, INFO or DEBUG", e.getMessage());
    }

    @Test
    void blankFiltersMeanNoFilter() {
        LogQuery query = LogQuery.all().withStore(" ").withText("");
        assertNull(query.store());
        assertNull(query.text());
        assertEquals(LogQuery.DEFAULT_LIMIT, query.limit());
    }

    @Test
    void refusesBadPagesAndRanges() {
        assertThrows(IllegalArgumentException.class, () -> LogQuery.all().withPage(-1, 10));
        assertThrows(IllegalArgumentException.class, () -> LogQuery.all().withPage(0, 0));
        assertThrows(IllegalArgumentException.class, () -> LogQuery.all().withPage(0, LogQuery.MAX_LIMIT + 1));
        Instant now = Instant.parse("2026-11-27T00:00:00Z");
        assertThrows(IllegalArgumentException.class, () -> LogQuery.all().since(now).until(now.minusSeconds(1)));
    }
}
