package org.ecomhub.orders.internal;

import java.time.Instant;
import java.util.Objects;
import org.ecomhub.amazon.api.settings.FulfilmentChannel;

/**
 * One Amazon order as the ledger knows it. No buyer data.
 *
 * @param hostOrder     the host order number it went into (for a consolidated order, the day's order)
 * @param hostReference that order's external reference
 * @param lastError     why it failed or was deferred; null otherwise
 * @param cancelDone    CANCEL-01 was applied (host order cancelled or flagged)
 */
record LedgerEntry(String sellerId, String orderId, String store, String region, FulfilmentChannel channel,
        State state, String amazonStatus, String hostOrder, String hostReference, String lastError, int attempts,
        boolean cancelDone, Instant createdAt, Instant updatedAt) {

    /** ORD-13's four outcomes of seeing an order. */
    enum State { IMPORTED, FAILED, SKIPPED, DEFERRED }

    LedgerEntry {
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(state, "state");
    }

    LedgerEntry with(State newState, String error, Instant now) {
        return new LedgerEntry(sellerId, orderId, store, region, channel, newState, amazonStatus, hostOrder,
                hostReference, error, newState == State.FAILED ? attempts + 1 : attempts, cancelDone, createdAt, now);
    }

    LedgerEntry imported(String number, String reference, Instant now) {
        return new LedgerEntry(sellerId, orderId, store, region, channel, State.IMPORTED, amazonStatus, number,
                reference, null, attempts, cancelDone, createdAt, now);
    }

    LedgerEntry cancelled(Instant now) {
        return new LedgerEntry(sellerId, orderId, store, region, channel, state, amazonStatus, hostOrder,
                hostReference, lastError, attempts, true, createdAt, now);
    }

    LedgerEntry seenAs(String status) {
        return new LedgerEntry(sellerId, orderId, store, region, channel, state, status, hostOrder, hostReference,
                lastError, attempts, cancelDone, createdAt, updatedAt);
    }
}
