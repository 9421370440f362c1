package org.ecomhub.amazon.api.orders;

/**
 * What one run did, in counts (no buyer data).
 *
 * @param seen      orders Amazon returned (after routing)
 * @param imported  orders imported into the host in this run
 * @param skipped   orders recorded as skipped (below the import-from status, cancelled, unfulfillable)
 * @param deferred  orders deferred because a service they need was missing
 * @param failed    orders that failed (logged as ERROR)
 * @param cancelled imported orders cancelled or flagged in the host in this run (CANCEL-01/02)
 * @param ignored   orders of a marketplace with no store (API-06)
 */
public record PollSummary(int seen, int imported, int skipped, int deferred, int failed, int cancelled,
        int ignored) {

    public static final PollSummary NONE = new PollSummary(0, 0, 0, 0, 0, 0, 0);

    public PollSummary plus(PollSummary o) {
        return new PollSummary(seen + o.seen, imported + o.imported, skipped + o.skipped, deferred + o.deferred,
                failed + o.failed, cancelled + o.cancelled, ignored + o.ignored);
    }

    @Override
    public String toString() {
        return seen + " seen, " + imported + " imported, " + skipped + " skipped, " + deferred + " deferred, "
                + failed + " failed, " + cancelled + " cancelled, " + ignored + " ignored";
    }
}
