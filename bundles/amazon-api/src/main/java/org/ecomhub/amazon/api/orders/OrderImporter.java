package org.ecomhub.amazon.api.orders;

import java.time.Instant;
import java.util.List;
import org.ecomhub.amazon.api.spapi.SellingPartnerClient;
import org.ecomhub.amazon.api.store.Progress;
import org.ecomhub.amazon.api.store.Store;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Imports Amazon orders into the host exactly once (ORD-10). Every method writes orders and must run under the poll
 * group's lease (the {@code orders} bundle's job engine is called by the scheduler, which holds it). The stores are
 * the snapshots of the moment the run was planned (STORE-03).
 */
@ProviderType
public interface OrderImporter {

    /**
     * One poll of a poll group (seller + region): one coalesced searchOrders over the group's window for every
     * store's marketplace (API-06, ORD-13), each order routed to its store, then a single-order retry of orders the
     * ledger holds as failed (ORD-11).
     *
     * @param stores   the group's enabled stores (one seller, one region)
     * @param client   the group's client
     * @param progress for progress lines and checkpoints between orders
     */
    PollSummary poll(List<Store> stores, SellingPartnerClient client, Progress progress);

    /**
     * DATA-03: the Amazon order ids created in [from, to) that are at or past the store's import-from status, not
     * cancelled, and not imported.
     */
    List<String> findMissing(Store store, Instant from, Instant to, SellingPartnerClient client, Progress progress);

    /**
     * DATA-04: imports the named orders of a store with single-order calls; at most 50 per attempt, and after a
     * batch of 50 the next is refused for 10 minutes (on the Clock).
     *
     * @throws ImportRefusedException with the time left, or when there are more than 50 ids
     */
    PollSummary importOrders(Store store, List<String> orderIds, SellingPartnerClient client, Progress progress);
}
