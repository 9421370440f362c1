package org.ecomhub.stores.internal;

import java.time.Instant;
import org.ecomhub.amazon.api.store.PollGroup;

/**
 * The lease row of each seller and region (ORD-10): whoever holds an unexpired lease is the only writer of that
 * group's orders, across jobs, bundle versions and nodes. Taking and renewing are single conditional UPDATEs, so two
 * writers cannot both win.
 */
final class LeaseTable {

    private final Jdbc db;

    LeaseTable(Jdbc db) {
        this.db = db;
    }

    /** Takes the lease if it is free, expired or already ours; true when we hold it until {@code expiresAt}. */
    boolean tryAcquire(PollGroup group, String owner, Instant now, Instant expiresAt) {
        try {
            db.update("INSERT INTO STORE_LEASE (SELLER_ID, REGION, OWNER, EXPIRES_AT) VALUES (?, ?, ?, ?)",
                    group.sellerId(), group.region().name(), null, now);
        } catch (IllegalStateException exists) {
            // the row is there already: normal after the first run
        }
        return db.update("UPDATE STORE_LEASE SET OWNER = ?, EXPIRES_AT = ? WHERE SELLER_ID = ? AND REGION = ? "
                        + "AND (OWNER IS NULL OR OWNER = ? OR EXPIRES_AT < ?)",
                owner, expiresAt, group.sellerId(), group.region().name(), owner, now) == 1;
    }

    /** Extends our lease; false when it is no longer ours (it expired and another took it). */
    boolean renew(PollGroup group, String owner, Instant expiresAt) {
        return db.update("UPDATE STORE_LEASE SET EXPIRES_AT = ? WHERE SELLER_ID = ? AND REGION = ? AND OWNER = ?",
                expiresAt, group.sellerId(), group.region().name(), owner) == 1;
    }

    void release(PollGroup group, String owner) {
        db.update("UPDATE STORE_LEASE SET OWNER = NULL WHERE SELLER_ID = ? AND REGION = ? AND OWNER = ?",
                group.sellerId(), group.region().name(), owner);
    }
}
