package org.ecomhub.orders.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ecomhub.amazon.api.spapi.model.Buyer;
import org.ecomhub.amazon.api.spapi.model.DeliveryAddress;
import org.ecomhub.amazon.api.spapi.model.Money;
import org.ecomhub.amazon.api.spapi.model.Order;
import org.ecomhub.amazon.api.spapi.model.OrderItem;
import org.ecomhub.amazon.api.spapi.model.ProceedsBreakdown;

/** Builds Orders API orders for tests, with hand-chosen money. */
final class AmazonOrders {

    private AmazonOrders() {
    }

    static Order order(String id, String marketplace, String status, String fulfilledBy, Instant created,
            Instant updated, OrderItem... items) {
        return new Order(id, null, created, updated, marketplace, "AMAZON", List.of(), status, fulfilledBy,
                "Standard", null, List.of(), null, null, List.of(items));
    }

    static Order withStatus(Order o, String status, Instant updated) {
        return new Order(o.orderId(), o.sellerOrderId(), o.createdTime(), updated, o.marketplaceId(), o.channelName(),
                o.programs(), status, o.fulfilledBy(), o.fulfillmentServiceLevel(), o.grandTotal(), o.proceeds(),
                o.buyer(), o.deliveryAddress(), o.items());
    }

    static Order withItems(Order o, Instant updated, OrderItem... items) {
        return new Order(o.orderId(), o.sellerOrderId(), o.createdTime(), updated, o.marketplaceId(), o.channelName(),
                o.programs(), o.fulfillmentStatus(), o.fulfilledBy(), o.fulfillmentServiceLevel(), o.grandTotal(),
                o.proceeds(), o.buyer(), o.deliveryAddress(), List.of(items));
    }

    static Order withBuyer(Order o, Buyer buyer, DeliveryAddress address) {
        return new Order(o.orderId(), o.sellerOrderId(), o.createdTime(), o.lastUpdatedTime(), o.marketplaceId(),
                o.channelName(), List.of("AMAZON_BUSINESS"), o.fulfillmentStatus(), o.fulfilledBy(),
                o.fulfillmentServiceLevel(), o.grandTotal(), o.proceeds(), buyer, address, o.items());
    }

    /** An item; {@code money} alternates type and amount, e.g. "ITEM", "20.00", "SHIPPING", "5.00". */
    static Item item(String id, String sku, int qty, String currency, String unitPrice, String... money) {
        return new Item(id, sku, qty, currency, unitPrice, money);
    }

    static Money m(String amount, String currency) {
        return Money.of(amount, currency);
    }

    static final OrderItem.ItemCancellation CANCELLATION = new OrderItem.ItemCancellation("BUYER", "BUYER_CANCELLED",
            "SELLER", "BUYER_CANCELLED");

    /** A small builder for an item's proceeds. */
    record Item(String id, String sku, int qty, String currency, String unitPrice, String[] money) {
        OrderItem build() {
            return build(null, List.of(), null);
        }

        /** With a TAX breakdown: subtotal and subtype/amount detail pairs. */
        OrderItem taxed(String taxTotal, String... details) {
            return taxed(false, taxTotal, details);
        }

        OrderItem facilitator(String taxTotal, String... details) {
            return taxed(true, taxTotal, details);
        }

        /** Every unit cancelled: as the Orders API shows it, none left unfulfilled (CANCEL-02). */
        OrderItem cancelled() {
            return cancelled(qty);
        }

        /** Some units cancelled: quantityOrdered stays, the cancelled units are neither fulfilled nor unfulfilled. */
        OrderItem cancelled(int units) {
            OrderItem i = build(null, List.of(), CANCELLATION);
            return withFigures(i, i.quantityOrdered(), 0, qty - units);
        }

        /** The item's quantityOrdered lowered with no fulfilment figures, as another reading of a part cancellation. */
        OrderItem orderedNow(int units) {
            return withFigures(build(null, List.of(), CANCELLATION), units, null, null);
        }

        private static OrderItem withFigures(OrderItem i, int ordered, Integer fulfilled, Integer unfulfilled) {
            return new OrderItem(i.orderItemId(), ordered, i.asin(), i.sellerSku(), i.title(), i.conditionType(),
                    i.unitPrice(), i.priceDesignation(), fulfilled, unfulfilled, i.proceedsTotal(), i.breakdowns(),
                    i.promotionIds(), i.taxCollections(), i.cancellation());
        }

        private OrderItem taxed(boolean facilitator, String taxTotal, String... details) {
            List<ProceedsBreakdown.Detail> d = new ArrayList<>();
            for (int i = 0; i < details.length; i += 2) {
                d.add(new ProceedsBreakdown.Detail(details[i], m(details[i + 1], currency)));
            }
            ProceedsBreakdown tax = new ProceedsBreakdown("TAX", null, m(taxTotal, currency), d);
            return build(tax, facilitator ? List.of(new OrderItem.TaxCollection("MARKETPLACE_FACILITATOR",
                    "Amazon Services LLC")) : List.of(), null);
        }

        private OrderItem build(ProceedsBreakdown tax, List<OrderItem.TaxCollection> collections,
                OrderItem.ItemCancellation cancellation) {
            List<ProceedsBreakdown> b = new ArrayList<>();
            for (int i = 0; i < money.length; i += 2) {
                b.add(new ProceedsBreakdown(money[i], null, m(money[i + 1], currency), List.of()));
            }
            if (tax != null) {
                b.add(tax);
            }
            return new OrderItem(id, qty, "B0" + sku, sku, "Product " + sku, "New",
                    unitPrice == null ? null : m(unitPrice, currency), null, 0, qty, null, b, List.of(), collections,
                    cancellation);
        }
    }

    static BigDecimal dec(String s) {
        return new BigDecimal(s);
    }
}
