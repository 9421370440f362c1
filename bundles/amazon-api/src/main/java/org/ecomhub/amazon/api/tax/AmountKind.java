package org.ecomhub.amazon.api.tax;

/**
 * The parts of an order item's money that become host lines or charges (ORD-12): the product line itself, then
 * charges. Amazon's TAX detailed breakdowns use the same names as subtypes.
 */
public enum AmountKind {
    ITEM, SHIPPING, GIFT_WRAP, COD_FEE, OTHER,
    /** Promotions: negative, as Amazon sends them. */
    DISCOUNT
}
