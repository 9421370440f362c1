package org.ecomhub.amazon.api.store;

/** What a job does; order-writing kinds run under their poll group's lease (ORD-10). */
public enum JobKind {
    /** The scheduled order poll of a poll group. */
    ORDER_POLL(true, true),
    /** The scheduled stock export of a poll group (one feed per seller and region). */
    STOCK_EXPORT(false, true),
    /** Manual product import of one store. */
    PRODUCT_IMPORT(false, false),
    /** Manual "find missing orders" of one store. */
    MISSING_ORDERS(true, false),
    /** Manual import of named orders of one store. */
    ORDER_IMPORT(true, false),
    /** Manual lead-time change of one store's listings. */
    LEAD_TIME(false, false);

    private final boolean writesOrders;
    private final boolean perGroup;

    JobKind(boolean writesOrders, boolean perGroup) {
        this.writesOrders = writesOrders;
        this.perGroup = perGroup;
    }

    /** Whether the job writes orders to the host and so takes the poll group's lease. */
    public boolean writesOrders() {
        return writesOrders;
    }

    /** Whether the job runs once for a whole poll group rather than for one store. */
    public boolean perGroup() {
        return perGroup;
    }
}
