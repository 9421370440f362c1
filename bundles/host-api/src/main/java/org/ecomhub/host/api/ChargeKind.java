package org.ecomhub.host.api;

/** What a charge line of an order is for (ORD-12, TAX-02, TAX-06). */
public enum ChargeKind {
    SHIPPING, GIFT_WRAP, COD_FEE, OTHER,
    /** TAX-02: the whole order's tax as one charge. */
    TAX,
    /** Promotions: a negative amount. */
    DISCOUNT,
    /** TAX-06: tax the marketplace collects and remits itself. */
    FACILITATOR_TAX
}
