package org.ecomhub.amazon.api.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A store's health (STORE-09), for {@code amazon:store-list}, {@code amazon:store-health} and the console.
 *
 * @param alias            the store's alias
 * @param sellerId         the seller's merchant token
 * @param marketplaceId    the primary marketplace id
 * @param installed        false for a configuration that was refused before it ever became a store
 * @param enabled          ON (STORE-04)
 * @param settingsRefused  the problem of the last refused configuration, while it is not corrected
 * @param authorisation    the seller and region's authorisation state
 * @param authorisedAt     when the seller last authorised, if ever
 * @param lastOrderPoll    the last order poll covering this store
 * @param lastStockExport  the last stock export covering this store
 * @param nextRun          when its next scheduled run is due, if any
 * @param backlog          runs queued or running for it
 * @param errorsLast24h    connection-log ERROR entries of the last 24 hours
 */
public record StoreHealth(String alias, String sellerId, String marketplaceId, boolean installed, boolean enabled,
        Optional<String> settingsRefused, AuthorisationState authorisation, Optional<Instant> authorisedAt,
        Optional<LastRun> lastOrderPoll, Optional<LastRun> lastStockExport, Optional<Instant> nextRun, int backlog,
        long errorsLast24h) {

    public StoreHealth {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(settingsRefused, "settingsRefused");
        Objects.requireNonNull(authorisation, "authorisation");
        Objects.requireNonNull(authorisedAt, "authorisedAt");
        Objects.requireNonNull(lastOrderPoll, "lastOrderPoll");
        Objects.requireNonNull(lastStockExport, "lastStockExport");
        Objects.requireNonNull(nextRun, "nextRun");
    }

    /** The one-word state an admin scans for: the most urgent problem first. */
    public String status() {
        if (settingsRefused.isPresent()) {
            return "settings refused";
        }
        if (authorisation == AuthorisationState.NEEDS_REAUTHORISATION) {
            return "needs re-authorisation";
        }
        if (authorisation == AuthorisationState.NOT_AUTHORISED) {
            return "not authorised";
        }
        if (!enabled) {
            return "OFF";
        }
        return authorisation == AuthorisationState.EXPIRES_SOON ? "ON (authorisation expires soon)" : "ON";
    }
}
