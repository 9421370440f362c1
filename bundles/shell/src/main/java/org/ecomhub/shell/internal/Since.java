package org.ecomhub.shell.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a {@code --since} value: an ISO-8601 instant, or an age such as {@code 30m}, {@code 24h}, {@code 7d}. */
final class Since {

    private static final Pattern AGE = Pattern.compile("(\\d{1,6})([mhd])");

    private Since() {
    }

    /**
     * @param now the Clock service's time, from which an age counts back
     * @throws IllegalArgumentException with an example, if the value is neither form
     */
    static Instant parse(String text, Instant now) {
        String value = text.strip();
        Matcher age = AGE.matcher(value);
        if (age.matches()) {
            long amount = Long.parseLong(age.group(1));
            Duration duration = switch (age.group(2)) {
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
            return now.minus(duration);
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--since takes an instant such as 2026-11-27T08:00:00Z or an age such"
                    + " as 30m, 24h or 7d, not '" + text + "'", e);
        }
    }
}
