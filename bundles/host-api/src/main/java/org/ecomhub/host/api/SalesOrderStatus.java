package org.ecomhub.host.api;

/**
 * The life of a host sales order (ORD-05).
 *
 * <ul>
 *   <li>{@code PARKED}: a draft; allocates no stock.</li>
 *   <li>{@code PLACED}, {@code BACKORDERED}: confirmed; their unshipped quantities count as allocated.</li>
 *   <li>{@code COMPLETED}: stock deducted; no longer editable.</li>
 *   <li>{@code CANCELLED}: nothing happens any more; no longer editable.</li>
 * </ul>
 * PARKED, PLACED and BACKORDERED are "editable": lines can be appended, reduced and removed.
 */
public enum SalesOrderStatus {
    PARKED, PLACED, BACKORDERED, COMPLETED, CANCELLED;

    public boolean isEditable() {
        return this == PARKED || this == PLACED || this == BACKORDERED;
    }

    /** Whether the unshipped quantities of an order in this status count as allocated stock. */
    public boolean allocatesStock() {
        return this == PLACED || this == BACKORDERED;
    }
}
