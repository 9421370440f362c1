package org.ecomhub.host.api;

import java.time.Instant;
import java.util.Objects;

/** An invoice the accounting integration holds for an order (PROD-06). */
public record Invoice(String invoiceNumber, String orderNumber, Money total, Instant issuedAt) {
    public Invoice {
        Checks.code(invoiceNumber, "invoice number");
        Checks.code(orderNumber, "order number");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(issuedAt, "issued at");
    }
}
