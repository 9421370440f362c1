package org.ecomhub.host.api;

/**
 * The host refused a change because it would break one of its rules. Nothing was changed and no idempotency key
 * was recorded, so the call may be repeated once the cause is fixed.
 */
public class HostRuleViolationException extends HostException {

    private static final long serialVersionUID = 1L;

    /** Which rule. The message names the values involved. */
    public enum Rule {
        /** Completing or dispatching would take stock on hand (or a batch) below zero. */
        STOCK_WOULD_GO_NEGATIVE,
        /** The lines and charges do not add up to the total the caller stated, or a line's amount is not quantity × unit price. */
        TOTALS_DO_NOT_ADD_UP,
        /** The order is completed or cancelled: lines can no longer be added or changed. */
        ORDER_NOT_EDITABLE,
        /** Part of the order or line has shipped, so it cannot be cancelled, removed or reduced below what shipped. */
        ALREADY_SHIPPED,
        /** An amount is in another currency than the order's, the customer's or the price tier's. */
        CURRENCY_MISMATCH,
        /** A code or reference that must be unique already exists (product code, customer code, external reference). */
        DUPLICATE_REFERENCE,
        /** A batch-tracked or serialised product was completed without (enough) batch or serial numbers, or with too many. */
        ALLOCATION_REQUIRED,
        /** A batch or serial number given does not hold the product in the order's warehouse, or not enough of it. */
        ALLOCATION_INVALID,
        /** The company settings switch the feature off (accounting integration, batch tracking, serial numbers). */
        FEATURE_DISABLED,
        /** A status change the host does not allow (e.g. back to PARKED from COMPLETED). */
        STATUS_CHANGE_NOT_ALLOWED,
        /** A value is out of range or malformed (negative quantity, blank description, ...). */
        INVALID_VALUE
    }

    private final Rule rule;

    public HostRuleViolationException(Rule rule, String message) {
        super(message);
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}
