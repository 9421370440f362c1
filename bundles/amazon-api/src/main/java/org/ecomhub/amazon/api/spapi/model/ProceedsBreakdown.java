package org.ecomhub.amazon.api.spapi.model;

import java.util.List;

/**
 * A proceeds category of an order or an item: ITEM, SHIPPING, GIFT_WRAP, COD_FEE, OTHER, TAX, DISCOUNT (and, at
 * order level, DELIVERY_TIP). DISCOUNT subtotals are negative as Amazon sends them.
 *
 * @param status  PENDING or FINALIZED for categories settled after checkout; otherwise null
 * @param details detailed breakdowns (e.g. TAX subtypes), possibly empty
 */
public record ProceedsBreakdown(String type, String status, Money subtotal, List<Detail> details) {
    public ProceedsBreakdown {
        details = details == null ? List.of() : List.copyOf(details);
    }

    /** A detailed breakdown: {@code subtype} and value. */
    public record Detail(String subtype, Money value) {
    }
}
