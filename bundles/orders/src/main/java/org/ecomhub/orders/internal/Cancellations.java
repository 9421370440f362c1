package org.ecomhub.orders.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;
import org.ecomhub.amazon.api.log.ConnectionLog;
import org.ecomhub.amazon.api.log.LogCategory;
import org.ecomhub.amazon.api.log.LogEvent;
import org.ecomhub.amazon.api.spapi.model.Order;
import org.ecomhub.amazon.api.spapi.model.OrderItem;
import org.ecomhub.amazon.api.store.Store;
import org.ecomhub.host.api.HostRuleViolationException;
import org.ecomhub.host.api.IdempotencyKey;
import org.ecomhub.host.api.SalesOrder;
import org.ecomhub.host.api.SalesOrderLine;

/**
 * CANCEL-01/02 on an imported order seen again: a cancelled order's host order is cancelled when nothing shipped,
 * otherwise flagged; a cancelled item's unshipped line (and its charges) is removed, a partly cancelled one reduced,
 * otherwise the order is flagged.
 * Each change has its own key, and the ledger remembers what was handled, so each is logged once.
 */
final class Cancellations {

    private final Clock clock;
    private final Ledger ledger;
    private final HostServices host;
    private final ConnectionLog log;

    Cancellations(Clock clock, Ledger ledger, HostServices host, ConnectionLog log) {
        this.clock = clock;
        this.ledger = ledger;
        this.host = host;
        this.log = log;
    }

    /** @return 1 when the host order was cancelled or flagged now, else 0 */
    int check(Store store, Order order, LedgerEntry entry) {
        if (entry.hostOrder() == null) {
            return 0;
        }
        if (StatusRules.cancelled(order.fulfillmentStatus())) {
            return entry.cancelDone() ? 0 : cancelWhole(store, order, entry);
        }
        int changed = 0;
        for (OrderItem item : order.items()) {
            if (cancelledQuantity(item) > 0 || item.cancellation() != null && item.cancellation().executed()) {
                if (!ledger.itemCancelHandled(store.sellerId(), order.orderId(), item.orderItemId())) {
                    changed |= cancelItem(store, order, entry, item) ? 1 : 0;
                }
            }
        }
        return changed;
    }

    /** Whether {@link #check} may act on this sighting (and so read the order's report lines now). */
    static boolean mayCancel(Order order) {
        return StatusRules.cancelled(order.fulfillmentStatus()) || order.items().stream().anyMatch(item ->
                cancelledQuantity(item) > 0 || item.cancellation() != null && item.cancellation().executed());
    }

    /**
     * The units of an item cancelled on Amazon. The Orders API 2026-01-01 carries no cancelled quantity: an item's
     * units are ordered = fulfilled + unfulfilled + cancelled, so it is what the first two leave (0 without them).
     */
    static int cancelledQuantity(OrderItem item) {
        if (item.quantityFulfilled() == null || item.quantityUnfulfilled() == null) {
            return 0;
        }
        return Math.max(0, item.quantityOrdered() - item.quantityFulfilled() - item.quantityUnfulfilled());
    }

    /**
     * The units Amazon still sells of an item: quantityOrdered (which drops when Amazon takes units off the item)
     * less the units the fulfilment figures show cancelled. Compared with the host line's quantity, which is what was
     * imported, or what an earlier partial cancellation left.
     */
    static BigDecimal wantedQuantity(OrderItem item) {
        return BigDecimal.valueOf(Math.max(0, item.quantityOrdered() - cancelledQuantity(item)));
    }

    private int cancelWhole(Store store, Order order, LedgerEntry entry) {
        IdempotencyKey key = OrderReferences.order(store.sellerId(), order.orderId()).with("cancel");
        Optional<SalesOrder> hostOrder = host.salesOrders().findOrder(entry.hostOrder());
        boolean individual = order.orderId().equals(entry.hostReference());
        String what;
        if (hostOrder.isPresent() && individual && hostOrder.get().isEditable() && !hostOrder.get().hasShipped()) {
            host.salesOrders().cancelOrder(key, entry.hostOrder(), "Cancelled on Amazon");
            what = "cancelled";
        } else if (hostOrder.isPresent() && !individual && hostOrder.get().isEditable()) {
            removeLinesOf(store, order, hostOrder.get());
            what = "had its lines removed from the consolidated order";
        } else {
            host.salesOrders().flagOrder(key.with("flag"), entry.hostOrder(), "Amazon order " + order.orderId()
                    + " was cancelled on Amazon after import; it has shipped or can no longer be changed here.");
            what = "flagged (it has shipped or can no longer be changed)";
        }
        ledger.save(entry.seenAs(order.fulfillmentStatus()).cancelled(clock.instant()));
        log.append(LogEvent.info(LogCategory.ORDERS, "Order " + order.orderId() + " was cancelled on Amazon: host order "
                + entry.hostOrder() + " " + what + ".").withStore(store.alias()).withAmazonId(order.orderId())
                .withHostId(entry.hostOrder()));
        return 1;
    }

    private void removeLinesOf(Store store, Order order, SalesOrder day) {
        for (OrderItem item : order.items()) {
            removeItem(store, order, day, item);
        }
        IdempotencyKey key = OrderReferences.order(store.sellerId(), order.orderId()).with("cancel");
        for (boolean facilitator : new boolean[] {false, true}) {
            String ref = OrderReferences.orderCharge(order.orderId(), facilitator);
            if (day.charge(ref).isPresent()) {
                host.salesOrders().removeCharge(key.with(ref), day.orderNumber(), ref);
            }
        }
    }

    /**
     * CANCEL-02 for one item: a whole cancellation removes its unshipped line and charges, a partial one reduces the
     * line to the units still sold, and a line that shipped (or an order the host no longer lets change) flags the
     * order. A removal or a flag ends the item's handling; a reduction does not, as more units may be cancelled later.
     *
     * @return true when the host order changed or was flagged now (and a log entry was written)
     */
    private boolean cancelItem(Store store, Order order, LedgerEntry entry, OrderItem item) {
        Optional<SalesOrder> hostOrder = host.salesOrders().findOrder(entry.hostOrder());
        String line = lineRef(store, order, item);
        Optional<SalesOrderLine> existing = hostOrder.flatMap(o -> o.line(line));
        IdempotencyKey key = OrderReferences.item(store.sellerId(), order.orderId(), item.orderItemId());
        if (hostOrder.isPresent() && existing.isEmpty()) { // removed already (e.g. a restart after the removal)
            ledger.itemCancelDone(store.sellerId(), order.orderId(), item.orderItemId());
            return false;
        }
        BigDecimal imported = existing.map(SalesOrderLine::quantity).orElse(BigDecimal.ONE);
        BigDecimal wanted = wantedQuantity(item);
        if (existing.isPresent() && wanted.compareTo(imported) >= 0) {
            return false; // no units cancelled beyond what the host line shows (or Amazon has not counted them yet)
        }
        String what;
        boolean done = true;
        try {
            if (hostOrder.isEmpty() || !hostOrder.get().isEditable()
                    || hostOrder.get().shippedQuantity(line).signum() > 0) {
                throw new HostRuleViolationException(HostRuleViolationException.Rule.ORDER_NOT_EDITABLE, "shipped");
            }
            if (wanted.signum() == 0) {
                removeItem(store, order, hostOrder.get(), item);
                what = "its line was removed";
            } else {
                host.salesOrders().reduceLine(key.with("cancel-reduce-" + wanted.toPlainString()),
                        hostOrder.get().orderNumber(), line, wanted);
                what = "its line was reduced from " + imported.stripTrailingZeros().toPlainString() + " to "
                        + wanted.toPlainString() + " unit(s)";
                done = false;
            }
        } catch (HostRuleViolationException e) {
            host.salesOrders().flagOrder(key.with("cancel-flag"), entry.hostOrder(), "Item " + item.sellerSku()
                    + " of Amazon order " + order.orderId() + " was cancelled on Amazon ("
                    + imported.subtract(wanted).stripTrailingZeros().toPlainString()
                    + " unit(s)); adjust the order by hand.");
            what = "the order was flagged (the line shipped or cannot be changed)";
            done = true;
        }
        if (done) {
            ledger.itemCancelDone(store.sellerId(), order.orderId(), item.orderItemId());
        }
        log.append(LogEvent.info(LogCategory.ORDERS, "Item " + item.sellerSku() + " of order " + order.orderId()
                + " was cancelled on Amazon: " + what + ".").withStore(store.alias()).withAmazonId(order.orderId())
                .withHostId(entry.hostOrder()));
        return true;
    }

    /** The host line of an item: by its item id, or by its report key when it was imported from the report. */
    private String lineRef(Store store, Order order, OrderItem item) {
        return ledger.reportLines(store.sellerId(), order.orderId()).entrySet().stream()
                .filter(e -> item.orderItemId().equals(e.getValue())).map(e -> OrderReferences.line(order.orderId(),
                        e.getKey())).findFirst().orElse(OrderReferences.line(order.orderId(), item.orderItemId()));
    }

    /** Removes an item's line and its charges from an editable host order, each with its own key. */
    private void removeItem(Store store, Order order, SalesOrder hostOrder, OrderItem item) {
        String line = lineRef(store, order, item);
        IdempotencyKey key = OrderReferences.item(store.sellerId(), order.orderId(), item.orderItemId()).with("cancel");
        Optional<SalesOrderLine> existing = hostOrder.line(line);
        if (existing.isPresent()) {
            host.salesOrders().removeLine(key, hostOrder.orderNumber(), line);
        }
        hostOrder.charges().stream().filter(c -> c.externalReference().startsWith(line + "/"))
                .forEach(c -> host.salesOrders().removeCharge(key.with(c.kind().name()), hostOrder.orderNumber(),
                        c.externalReference()));
    }
}
