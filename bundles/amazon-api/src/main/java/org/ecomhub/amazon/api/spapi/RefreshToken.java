package org.ecomhub.amazon.api.spapi;

import java.util.Objects;

/**
 * A refresh token obtained through the authorization-code grant (STORE-06). A secret: keep it encrypted,
 * never log it; {@link #toString()} hides it.
 */
public record RefreshToken(String value) {
    public RefreshToken {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return "RefreshToken[<hidden>]";
    }
}
