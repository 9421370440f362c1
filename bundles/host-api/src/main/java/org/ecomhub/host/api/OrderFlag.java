package org.ecomhub.host.api;

import java.time.Instant;

/** A flag a person should look at, with why (CANCEL-01/02). */
public record OrderFlag(String note, Instant flaggedAt) {
    public OrderFlag {
        Checks.code(note, "note");
    }
}
