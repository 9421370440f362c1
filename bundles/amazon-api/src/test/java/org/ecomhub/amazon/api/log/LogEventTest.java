package org.ecomhub.amazon.api.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LogEventTest {

    @Test
    @DisplayName("LOG-02: an ERROR cannot be written without the action that fixes it")
    void errorNeedsAFix() {
        assertThrows(IllegalArgumentException.class,
                () -> new LogEvent(null, LogLevel.ERROR, LogCategory.AUTH, "token refused", null, null, null));
        LogEvent error = LogEvent.error(LogCategory.AUTH, "token refused", FixAction.REAUTHORISE);
        assertEquals(FixAction.REAUTHORISE, error.fix());
    }

    @Test
    @DisplayName("LOG-02: INFO and DEBUG carry no fix")
    void onlyErrorsCarryAFix() {
        assertThrows(IllegalArgumentException.class,
                () -> new LogEvent(null, LogLevel.INFO, LogCategory.ORDERS, "done", null, null, FixAction.REPORT_BUG));
    }

    @Test
    @DisplayName("LOG-01: store, Amazon id and host id are carried")
    void carriesStoreAndIds() {
        LogEvent event = LogEvent.info(LogCategory.ORDERS, " Imported order ")
                .withStore("EU1").withAmazonId("114-3941689-8772232").withHostId("SO-1");

        assertEquals("EU1", event.store());
        assertEquals("Imported order", event.message());
        assertEquals("114-3941689-8772232", event.amazonId());
        assertEquals("SO-1", event.hostId());
        assertNull(event.withStore(null).store(), "null makes it integration-wide");
    }

    @Test
    void refusesWhatIsNotAnAliasOrAnId() {
        LogEvent event = LogEvent.debug(LogCategory.STOCK, "x");
        assertThrows(IllegalArgumentException.class, () -> event.withStore("TOO-LONG-ALIAS"));
        assertThrows(IllegalArgumentException.class, () -> event.withAmazonId(" "));
        assertThrows(IllegalArgumentException.class, () -> event.withHostId("x".repeat(LogEvent.MAX_ID_LENGTH + 1)));
        assertThrows(IllegalArgumentException.class, () -> LogEvent.info(LogCategory.STOCK, "  "));
    }

    @Test
    @DisplayName("LOG-04: an event is masked when it is made, so no unmasked copy exists")
    void masksWhenMade() {
        LogEvent event = LogEvent.error(LogCategory.AUTH, "LWA said invalid_grant for refresh_token=Atzr|abcdef123",
                FixAction.REAUTHORISE).withAmazonId("Atza|secretaccess");

        assertEquals("LWA said invalid_grant for refresh_token=***", event.message());
        assertEquals("Atza|***", event.amazonId());
    }
}
