package org.ecomhub.shell.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ecomhub.amazon.api.spapi.Marketplace;

/** Reads a marketplace as typed: its id (A1F83G8C2ARO7P), its country code (GB) or its name (UK). */
final class Marketplaces {

    private Marketplaces() {
    }

    /** @throws IllegalArgumentException listing what is accepted */
    static Marketplace parse(String text) {
        String t = text == null ? "" : text.strip();
        return Marketplace.byId(t)
                .or(() -> Marketplace.byCountry(t.toUpperCase(Locale.ROOT)))
                .or(() -> Arrays.stream(Marketplace.values()).filter(m -> m.name().equalsIgnoreCase(t)).findFirst())
                .orElseThrow(() -> new IllegalArgumentException("'" + t + "' is not an Amazon marketplace; use an id or "
                        + "a country code: " + Arrays.stream(Marketplace.values()).map(m -> m.name() + "=" + m.id())
                        .collect(Collectors.joining(", "))));
    }
}
