package org.ecomhub.amazon.api.spapi.model;

import java.util.List;

/**
 * One item of an order (Orders API 2026-01-01).
 *
 * @param unitPrice     {@code product.price.unitPrice}: the price of ONE unit (ORD-12)
 * @param breakdowns    the item's proceeds breakdowns (ITEM, SHIPPING, GIFT_WRAP, COD_FEE, OTHER, TAX, DISCOUNT)
 * @param taxCollections marketplace facilitator markers (TAX-06)
 * @param cancellation  null when no cancellation was requested or executed
 */
public record OrderItem(String orderItemId, int quantityOrdered, String asin, String sellerSku, String title,
        String conditionType, Money unitPrice, String priceDesignation, Integer quantityFulfilled,
        Integer quantityUnfulfilled, Money proceedsTotal, List<ProceedsBreakdown> breakdowns,
        List<String> promotionIds, List<TaxCollection> taxCollections, ItemCancellation cancellation) {

    public OrderItem {
        breakdowns = breakdowns == null ? List.of() : List.copyOf(breakdowns);
        promotionIds = promotionIds == null ? List.of() : List.copyOf(promotionIds);
        taxCollections = taxCollections == null ? List.of() : List.copyOf(taxCollections);
    }

    /** True when Amazon collects and remits this item's tax as marketplace facilitator (TAX-06). */
    public boolean marketplaceFacilitatorTax() {
        return taxCollections.stream().anyMatch(t -> "MARKETPLACE_FACILITATOR".equals(t.model()));
    }

    /** A tax collection marker of an item. */
    public record TaxCollection(String model, String responsibleParty) {
    }

    /** Cancellation of an item: requested (by buyer) and/or executed. */
    public record ItemCancellation(String requester, String requestReason, String cancelledBy,
            String executionReason) {
        public boolean executed() {
            return cancelledBy != null || executionReason != null;
        }
    }
}
