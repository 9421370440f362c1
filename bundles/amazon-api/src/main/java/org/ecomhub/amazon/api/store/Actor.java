package org.ecomhub.amazon.api.store;

import java.util.Objects;

/**
 * Who made a change and through which surface, for the audit trail and the connection log (STORE-08).
 *
 * @param user   the user name (the shell or console user), or {@code "unknown"}
 * @param source where the change came from
 */
public record Actor(String user, Source source) {

    /** The surface a change came through. */
    public enum Source { SHELL, CONSOLE, CONFIGURATION, SYSTEM }

    public Actor {
        user = user == null || user.isBlank() ? "unknown" : user.strip();
        Objects.requireNonNull(source, "source");
    }

    public static Actor shell(String user) {
        return new Actor(user, Source.SHELL);
    }

    public static Actor console(String user) {
        return new Actor(user, Source.CONSOLE);
    }

    /** A configuration that changed outside our surfaces (an {@code etc/} file, the generic console form). */
    public static Actor configuration() {
        return new Actor("unknown", Source.CONFIGURATION);
    }

    public static Actor system() {
        return new Actor("system", Source.SYSTEM);
    }

    /** e.g. {@code admin (shell)}. */
    public String describe() {
        return user + " (" + source.name().toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
