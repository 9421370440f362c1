package org.ecomhub.amazon.api.spapi.model;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One line of the orders report (FACTS §12): one row per order item; money columns are totals for the row's
 * quantity and null when empty (Pending orders). {@code skuOccurrence} is the n-th row (1-based) of this SKU in
 * this order: with the order id and SKU it keys a line until its item id is known (ORD-10).
 */
public record OrderReportRow(String amazonOrderId, String merchantOrderId, Instant purchaseDate,
        Instant lastUpdatedDate, String orderStatus, String fulfillmentChannel, String salesChannel,
        String shipServiceLevel, String productName, String sku, String asin, String itemStatus, int quantity,
        String currency, BigDecimal itemPrice, BigDecimal itemTax, BigDecimal shippingPrice, BigDecimal shippingTax,
        BigDecimal giftWrapPrice, BigDecimal giftWrapTax, BigDecimal itemPromotionDiscount,
        BigDecimal shipPromotionDiscount, String shipCity, String shipState, String shipPostalCode,
        String shipCountry, String promotionIds, boolean businessOrder, String purchaseOrderNumber,
        String priceDesignation, int skuOccurrence) {

    /** item + shipping + gift wrap + both promotion discounts (FACTS §12), taxes not included. */
    public BigDecimal totalExcludingTax() {
        return sum(itemPrice, shippingPrice, giftWrapPrice, itemPromotionDiscount, shipPromotionDiscount);
    }

    /** item tax + shipping tax + gift wrap tax. */
    public BigDecimal totalTax() {
        return sum(itemTax, shippingTax, giftWrapTax);
    }

    private static BigDecimal sum(BigDecimal... values) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            if (v != null) {
                total = total.add(v);
            }
        }
        return total;
    }

    @Override
    public String toString() {
        return "OrderReportRow[" + amazonOrderId + ", " + sku + " #" + skuOccurrence + ", " + orderStatus + "]";
    }
}
