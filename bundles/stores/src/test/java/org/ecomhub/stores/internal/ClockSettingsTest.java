package org.ecomhub.stores.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

// covers HOST-08: the Clock service is the system clock unless the properties ask for an accelerated one
class ClockSettingsTest {

    private static final Instant REAL_NOW = Instant.parse("2026-11-27T01:00:00Z");

    private static Optional<ClockSettings> read(Map<String, String> properties) {
        return ClockSettings.read(properties::get, REAL_NOW);
    }

    @Test
    @DisplayName("HOST-08: without properties the system clock is used")
    void noPropertiesMeansSystemTime() {
        assertTrue(read(Map.of()).isEmpty());
        assertTrue(read(Map.of("ecomhub.clock.speed", " ")).isEmpty());
    }

    @Test
    @DisplayName("HOST-08: start and speed are read from ecomhub.clock.start and ecomhub.clock.speed")
    void readsStartAndSpeed() {
        ClockSettings settings = read(Map.of("ecomhub.clock.start", "2026-01-05T08:00:00Z",
                "ecomhub.clock.speed", "60")).orElseThrow();

        assertEquals(Instant.parse("2026-01-05T08:00:00Z"), settings.start());
        assertEquals(60.0, settings.speed());
    }

    @Test
    void speedAloneStartsAtRealNow() {
        assertEquals(new ClockSettings(REAL_NOW, 600), read(Map.of("ecomhub.clock.speed", "600")).orElseThrow());
    }

    @Test
    void startAloneRunsAtRealSpeed() {
        assertEquals(1.0, read(Map.of("ecomhub.clock.start", "2027-03-01T00:00:00Z")).orElseThrow().speed());
    }

    @Test
    @DisplayName("HOST-08: an unreadable value is refused with the property's name and an example")
    void refusesBadValues() {
        IllegalArgumentException start = assertThrows(IllegalArgumentException.class,
                () -> read(Map.of("ecomhub.clock.start", "yesterday")));
        assertTrue(start.getMessage().startsWith("ecomhub.clock.start must be an ISO-8601 instant"), start.getMessage());

        IllegalArgumentException speed = assertThrows(IllegalArgumentException.class,
                () -> read(Map.of("ecomhub.clock.speed", "fast")));
        assertTrue(speed.getMessage().startsWith("ecomhub.clock.speed must be a number"), speed.getMessage());

        assertThrows(IllegalArgumentException.class, () -> read(Map.of("ecomhub.clock.speed", "0")));
        assertThrows(IllegalArgumentException.class, () -> read(Map.of("ecomhub.clock.speed", "1e9")));
    }
}
