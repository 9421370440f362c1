package org.ecomhub.spapi.simulator.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An order in the simulator's state. Mutable; guarded by the {@link SimState} lock. */
final class SimOrder {
    String orderId;
    String sellerId;
    String marketplaceId;
    String currency;
    boolean pricesIncludeTax;
    boolean facilitatorTax;
    BigDecimal taxRate;
    Instant createdTime;
    Instant lastUpdatedTime;
    String status;
    String fulfilledBy;
    String serviceLevel;
    boolean business;
    String purchaseOrderNumber;
    String sellerOrderId;
    String buyerName;
    String buyerEmail;
    String[] address; // name, line1, city, state, postal code, country, phone
    /** Made by the live stream: moves through its lifecycle on its own. */
    boolean live;
    final List<SimItem> items = new ArrayList<>();

    /** An order item. Money fields are totals for the quantity, as Amazon's proceeds are. */
    static final class SimItem {
        String orderItemId;
        String sku;
        String asin;
        String title;
        int quantity;
        int quantityShipped;
        int quantityCancelled;
        BigDecimal unitPrice;
        BigDecimal shipping = BigDecimal.ZERO;
        BigDecimal giftWrap = BigDecimal.ZERO;
        BigDecimal promotionDiscount = BigDecimal.ZERO;
        String promotionId;
        String cancelReason;
        boolean buyerRequestedCancel;
    }

    /** Makes this generated order a new one: placed at {@code at} in {@code status}, nothing shipped or cancelled. */
    void placeNew(String status, Instant at) {
        this.status = status;
        createdTime = at;
        lastUpdatedTime = at;
        for (SimItem i : items) {
            i.quantityShipped = 0;
            i.quantityCancelled = 0;
            i.buyerRequestedCancel = false;
            i.cancelReason = null;
        }
    }

    boolean isFbm() {
        return "MERCHANT".equals(fulfilledBy);
    }
}
