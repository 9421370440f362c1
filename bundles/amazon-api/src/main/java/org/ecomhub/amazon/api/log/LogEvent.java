package org.ecomhub.amazon.api.log;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One thing to write to the connection log (LOG-01), before it has a time and an id.
 *
 * <p>Built with {@link #error}, {@link #info} or {@link #debug} and the {@code with...} methods. Every text is
 * masked by {@link SecretMask} right here, so an unmasked event cannot exist anywhere (LOG-04). There is no
 * parameter of type {@code Object}: a buyer-details type cannot be handed in, only our own types and plain text.
 *
 * @param store    the store's alias, or {@code null} for an integration-wide entry
 * @param level    ERROR, INFO or DEBUG
 * @param category what the entry is about
 * @param message  what happened, for the seller's admin (masked)
 * @param amazonId the Amazon id it concerns (order id, SKU, ASIN, feed id), or {@code null} (masked)
 * @param hostId   the host id it concerns (order number, product code), or {@code null} (masked)
 * @param fix      for ERROR the action that resolves it (required); {@code null} for INFO and DEBUG
 */
public record LogEvent(String store, LogLevel level, LogCategory category, String message, String amazonId,
                       String hostId, FixAction fix) {

    /** Longest Amazon or host id accepted. */
    public static final int MAX_ID_LENGTH = 200;

    private static final Pattern ALIAS = Pattern.compile("[A-Za-z0-9]{1,8}");

    /**
     * @throws IllegalArgumentException if level, category or message is missing, an ERROR has no fix or another
     *                                  level has one, the store is not an alias (1–8 letters or digits), or an id is
     *                                  blank or longer than {@value #MAX_ID_LENGTH} characters
     */
    public LogEvent {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(category, "category");
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a log entry needs a message");
        }
        if (level == LogLevel.ERROR && fix == null) {
            throw new IllegalArgumentException("an ERROR entry needs the action that fixes it");
        }
        if (level != LogLevel.ERROR && fix != null) {
            throw new IllegalArgumentException("only ERROR entries carry a fix action");
        }
        if (store != null && !ALIAS.matcher(store).matches()) {
            throw new IllegalArgumentException("not a store alias (1-8 letters or digits): '" + SecretMask.mask(store) + "'");
        }
        message = SecretMask.mask(message.strip());
        amazonId = checkedId("amazonId", amazonId);
        hostId = checkedId("hostId", hostId);
    }

    public static LogEvent error(LogCategory category, String message, FixAction fix) {
        return new LogEvent(null, LogLevel.ERROR, category, message, null, null, Objects.requireNonNull(fix, "fix"));
    }

    public static LogEvent info(LogCategory category, String message) {
        return new LogEvent(null, LogLevel.INFO, category, message, null, null, null);
    }

    public static LogEvent debug(LogCategory category, String message) {
        return new LogEvent(null, LogLevel.DEBUG, category, message, null, null, null);
    }

    /** The same event for one store; {@code null} makes it integration-wide. */
    public LogEvent withStore(String alias) {
        return new LogEvent(alias, level, category, message, amazonId, hostId, fix);
    }

    public LogEvent withAmazonId(String id) {
        return new LogEvent(store, level, category, message, id, hostId, fix);
    }

    public LogEvent withHostId(String id) {
        return new LogEvent(store, level, category, message, amazonId, id, fix);
    }

    private static String checkedId(String name, String id) {
        if (id == null) {
            return null;
        }
        String trimmed = id.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException(name + " must be 1-" + MAX_ID_LENGTH + " characters");
        }
        return SecretMask.mask(trimmed);
    }
}
