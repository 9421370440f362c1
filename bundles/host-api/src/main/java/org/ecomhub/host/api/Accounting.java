package org.ecomhub.host.api;

import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/** Hands orders to the host's accounting integration as invoices (PROD-06). May throw {@link HostUnavailableException}. */
@ConsumerType
public interface Accounting {

    /**
     * Invoices an order, once: a repeat with the same key, and any later call for the same order with another key,
     * returns the invoice issued first.
     *
     * @return the order's invoice, for the order's total at the time it was issued
     * @throws UnknownReferenceException  {@code SALES_ORDER} for an unknown order number
     * @throws HostRuleViolationException {@code FEATURE_DISABLED} if the company has no accounting integration;
     *                                    {@code STATUS_CHANGE_NOT_ALLOWED} if the order is cancelled
     */
    Invoice invoice(IdempotencyKey key, String orderNumber);

    /** The invoice of an order, empty if it has none. */
    Optional<Invoice> findInvoice(String orderNumber);
}
