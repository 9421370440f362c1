package org.ecomhub.amazon.api.spapi.model;

import java.time.Instant;
import java.util.List;

/**
 * An order of the Orders API 2026-01-01 with its items inline. Datasets not requested are null or empty
 * (fulfilment, proceeds, buyer, recipient).
 *
 * @param fulfillmentStatus PENDING_AVAILABILITY, PENDING, UNSHIPPED, PARTIALLY_SHIPPED, SHIPPED, CANCELLED or
 *                          UNFULFILLABLE; null when FULFILLMENT was not requested
 * @param fulfilledBy       MERCHANT or AMAZON
 * @param buyer             null unless buyer details were requested and Amazon sent them
 * @param deliveryAddress   null unless buyer details were requested and Amazon sent them
 */
public record Order(String orderId, String sellerOrderId, Instant createdTime, Instant lastUpdatedTime,
        String marketplaceId, String channelName, List<String> programs, String fulfillmentStatus,
        String fulfilledBy, String fulfillmentServiceLevel, Money grandTotal, List<ProceedsBreakdown> proceeds,
        Buyer buyer, DeliveryAddress deliveryAddress, List<OrderItem> items) {

    public Order {
        programs = programs == null ? List.of() : List.copyOf(programs);
        proceeds = proceeds == null ? List.of() : List.copyOf(proceeds);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** Amazon Business order (the {@code AMAZON_BUSINESS} program). */
    public boolean isBusinessOrder() {
        return programs.contains("AMAZON_BUSINESS");
    }

    /** Buyer details are restricted data: never printed. */
    @Override
    public String toString() {
        return "Order[" + orderId + ", " + marketplaceId + ", " + fulfillmentStatus + ", " + fulfilledBy
                + ", lastUpdated=" + lastUpdatedTime + ", items=" + items.size() + "]";
    }
}
