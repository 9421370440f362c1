package org.ecomhub.stores.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ecomhub.amazon.api.spapi.Region;
import org.ecomhub.amazon.api.store.PollGroup;

/** Authorisation per seller and region (STORE-06/07) and the single-use consent states. */
final class AuthTable {

    /** The authorisation of one seller and region. */
    record Authorisation(Instant authorisedAt, boolean needsReauthorisation, String reason) {
    }

    private final Jdbc db;

    AuthTable(Jdbc db) {
        this.db = db;
    }

    void authorised(PollGroup group, Instant at) {
        db.upsert("UPDATE STORE_AUTH SET AUTHORISED_AT = ?, NEEDS_REAUTH = ?, REASON = ? WHERE SELLER_ID = ? AND REGION = ?",
                "INSERT INTO STORE_AUTH (AUTHORISED_AT, NEEDS_REAUTH, REASON, SELLER_ID, REGION) VALUES (?, ?, ?, ?, ?)",
                at, false, null, group.sellerId(), group.region().name());
    }

    /** @return true when this changed the state (so the ERROR entry is written once) */
    boolean needsReauthorisation(PollGroup group, String reason) {
        return db.update("UPDATE STORE_AUTH SET NEEDS_REAUTH = ?, REASON = ? WHERE SELLER_ID = ? AND REGION = ? "
                + "AND NEEDS_REAUTH = ?", true, reason, group.sellerId(), group.region().name(), false) > 0;
    }

    Optional<Authorisation> authorisation(PollGroup group) {
        return db.query("SELECT AUTHORISED_AT, NEEDS_REAUTH, REASON FROM STORE_AUTH WHERE SELLER_ID = ? AND REGION = ?",
                row -> new Authorisation(Jdbc.instant(row, "AUTHORISED_AT"), row.getBoolean(2), row.getString(3)),
                group.sellerId(), group.region().name()).stream().findFirst();
    }

    void forget(PollGroup group) {
        db.update("DELETE FROM STORE_AUTH WHERE SELLER_ID = ? AND REGION = ?", group.sellerId(), group.region().name());
    }

    void saveConsentState(String stateHash, String alias, Instant expiresAt) {
        db.update("INSERT INTO STORE_CONSENT (STATE_HASH, ALIAS, EXPIRES_AT) VALUES (?, ?, ?)", stateHash, alias, expiresAt);
    }

    /** A consent state taken out of the table: whoever deletes the row uses it, so it works once. */
    record ConsentState(String alias, Instant expiresAt) {
    }

    Optional<ConsentState> takeConsentState(String stateHash) {
        List<ConsentState> rows = db.query("SELECT ALIAS, EXPIRES_AT FROM STORE_CONSENT WHERE STATE_HASH = ?",
                row -> new ConsentState(row.getString(1), Jdbc.instant(row, "EXPIRES_AT")), stateHash);
        if (rows.isEmpty() || db.update("DELETE FROM STORE_CONSENT WHERE STATE_HASH = ?", stateHash) != 1) {
            return Optional.empty();
        }
        return Optional.of(rows.get(0));
    }

    void purgeConsentStates(Instant now) {
        db.update("DELETE FROM STORE_CONSENT WHERE EXPIRES_AT < ?", now);
    }

    static PollGroup group(String sellerId, String region) {
        return new PollGroup(sellerId, Region.valueOf(region));
    }
}
