package org.ecomhub.stores.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;

/**
 * The framework or system properties that switch the Clock service to accelerated time (HOST-08).
 *
 * @param start the simulated time when the clock is created
 * @param speed simulated seconds per real second
 */
record ClockSettings(Instant start, double speed) {

    /** ISO-8601 instant, e.g. {@code 2026-01-05T08:00:00Z}; without it the accelerated clock starts at real now. */
    static final String START_PROPERTY = "ecomhub.clock.start";
    /** Simulated seconds per real second, e.g. {@code 60}; without it (but with a start) the speed is 1. */
    static final String SPEED_PROPERTY = "ecomhub.clock.speed";
    /** Highest speed accepted: one real day is then about 2,700 simulated years. */
    static final double MAX_SPEED = 1_000_000;

    /**
     * Reads the properties; empty when neither is set (the system clock is used).
     *
     * @param properties how to read a framework property (falls back to system properties in Felix and Karaf)
     * @param realNow    the real time, used as start when only the speed is given
     * @throws IllegalArgumentException naming the property and the value expected, if a value cannot be read
     */
    static Optional<ClockSettings> read(Function<String, String> properties, Instant realNow) {
        String start = trimmed(properties.apply(START_PROPERTY));
        String speed = trimmed(properties.apply(SPEED_PROPERTY));
        if (start == null && speed == null) {
            return Optional.empty();
        }
        return Optional.of(new ClockSettings(start == null ? realNow : parseStart(start),
                speed == null ? 1 : parseSpeed(speed)));
    }

    private static Instant parseStart(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(START_PROPERTY + " must be an ISO-8601 instant such as "
                    + "2026-01-05T08:00:00Z, not '" + text + "'", e);
        }
    }

    private static double parseSpeed(String text) {
        double speed;
        try {
            speed = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(SPEED_PROPERTY + " must be a number such as 60, not '" + text + "'", e);
        }
        if (!(speed > 0) || speed > MAX_SPEED) {
            throw new IllegalArgumentException(SPEED_PROPERTY + " must be above 0 and at most " + (long) MAX_SPEED
                    + ", not '" + text + "'");
        }
        return speed;
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
