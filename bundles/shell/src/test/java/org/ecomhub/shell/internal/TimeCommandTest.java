package org.ecomhub.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

// covers HOST-08: the shell tells which clock drives the integration
class TimeCommandTest {

    private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private TimeCommand command(boolean json) {
        TimeCommand command = new TimeCommand();
        command.json = json;
        command.out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        return command;
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8).replace("\r", "");
    }

    @Test
    @DisplayName("HOST-08: amazon:time shows the system clock")
    void systemClock() {
        command(false).print(NOW, Map.of("ecomhub.clock.mode", "SYSTEM"));

        assertEquals("Time:  2026-01-05T09:00:00Z\nClock: SYSTEM (real UTC time)\n", output());
    }

    @Test
    @DisplayName("HOST-08: amazon:time shows an accelerated clock's speed and start")
    void acceleratedClock() {
        command(false).print(NOW, Map.of("ecomhub.clock.mode", "ACCELERATED", "ecomhub.clock.speed", 60.0,
                "ecomhub.clock.start", "2026-01-05T08:00:00Z"));

        assertTrue(output().contains("Clock: ACCELERATED (60.0 times real time, started at 2026-01-05T08:00:00Z)"),
                output());
    }

    @Test
    @DisplayName("HOST-08: a test's clock that outranks ours is named as such")
    void otherClock() {
        command(false).print(NOW, Map.of("bundle", "org.example.test"));

        assertTrue(output().contains("OTHER (a Clock service from bundle org.example.test outranks ours"), output());
    }

    @Test
    void printsJson() throws Exception {
        command(true).print(NOW, Map.of("ecomhub.clock.mode", "ACCELERATED", "ecomhub.clock.speed", 60.0,
                "ecomhub.clock.start", "2026-01-05T08:00:00Z"));

        JsonNode document = new ObjectMapper().readTree(output());
        assertEquals("2026-01-05T09:00:00Z", document.get("time").asText());
        assertTrue(document.get("accelerated").asBoolean());
        assertEquals(60.0, document.get("speed").asDouble());

        printed.reset();
        command(true).print(NOW, Map.of("ecomhub.clock.mode", "SYSTEM"));
        assertFalse(new ObjectMapper().readTree(output()).get("accelerated").asBoolean());
    }
}
