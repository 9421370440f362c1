package org.ecomhub.host.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A host sales order as it is now.
 *
 * @param orderNumber       the host's own number, unique
 * @param externalReference unique among the host's orders (ORD-10)
 * @param customerReference free text, may be null (ORD-14)
 * @param salesOrderGroup   the group in force, null if none
 * @param total             sum of every line's and charge's amount plus tax
 * @param flags             flags in the order they were set; the order is "flagged" when there is one
 * @param deliveryAddress   null if none was given
 * @param comments          null if none were given
 */
public record SalesOrder(String orderNumber, String externalReference, String customerReference,
                         String customerCode, String warehouseCode, String currency, SalesOrderStatus status,
                         String salesOrderGroup, LocalDate orderDate, Instant createdAt, List<SalesOrderLine> lines,
                         List<ChargeLine> charges, Money total, List<OrderFlag> flags, DeliveryAddress deliveryAddress,
                         String comments) {

    public SalesOrder {
        Checks.code(orderNumber, "order number");
        lines = Checks.list(lines, "lines");
        charges = Checks.list(charges, "charges");
        flags = Checks.list(flags, "flags");
    }

    public boolean isEditable() {
        return status.isEditable();
    }

    public boolean isFlagged() {
        return !flags.isEmpty();
    }

    /** Whether any unit of any line has shipped. */
    public boolean hasShipped() {
        return lines.stream().anyMatch(l -> l.shippedQuantity().signum() > 0);
    }

    public Optional<SalesOrderLine> line(String externalReference) {
        return lines.stream().filter(l -> l.externalReference().equals(externalReference)).findFirst();
    }

    public Optional<ChargeLine> charge(String externalReference) {
        return charges.stream().filter(c -> c.externalReference().equals(externalReference)).findFirst();
    }

    /** Units shipped of a line; zero for a line the order does not have. */
    public BigDecimal shippedQuantity(String lineExternalReference) {
        return line(lineExternalReference).map(SalesOrderLine::shippedQuantity).orElse(BigDecimal.ZERO);
    }
}
