package org.ecomhub.amazon.api.log;

import java.util.Locale;

/** The level choice of a log view: one level or all of them (LOG-02). */
public enum LevelFilter {
    ALL(null),
    ERROR(LogLevel.ERROR),
    INFO(LogLevel.INFO),
    DEBUG(LogLevel.DEBUG);

    private final LogLevel level;

    LevelFilter(LogLevel level) {
        this.level = level;
    }

    /** The single level this filter selects, or {@code null} for {@link #ALL}. */
    public LogLevel level() {
        return level;
    }

    public boolean matches(LogLevel candidate) {
        return level == null || level == candidate;
    }

    /**
     * Reads a filter as an admin types it ({@code error}, {@code ALL}, ...).
     *
     * @throws IllegalArgumentException naming the accepted values if {@code text} is none of them
     */
    public static LevelFilter parse(String text) {
        if (text == null || text.isBlank()) {
            return ALL;
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown level '" + text + "': use ALL, ERROR, INFO or DEBUG", e);
        }
    }
}
