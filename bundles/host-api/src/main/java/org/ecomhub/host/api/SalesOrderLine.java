package org.ecomhub.host.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * A product line of a host order.
 *
 * @param lineNumber       1, 2, ... in the order they were added; never reused in the order
 * @param shippedQuantity  units dispatched so far (SHIP-01, CANCEL-01/02)
 * @param batches          batch numbers given on completion, empty before
 * @param serialNumbers    serial numbers given on completion, empty before
 */
public record SalesOrderLine(int lineNumber, String externalReference, String productCode, BigDecimal quantity,
                             BigDecimal shippedQuantity, Money unitPrice, Money lineAmount, Money taxAmount,
                             BigDecimal taxRate, String taxCode, List<LineAllocation.BatchQuantity> batches,
                             List<String> serialNumbers) {
    public SalesOrderLine {
        Checks.code(externalReference, "line external reference");
        batches = Checks.list(batches, "batches");
        serialNumbers = Checks.list(serialNumbers, "serial numbers");
    }

    /** Units not shipped yet. */
    public BigDecimal unshippedQuantity() {
        return quantity.subtract(shippedQuantity);
    }

    /** Line amount plus tax. */
    public Money total() {
        return lineAmount.plus(taxAmount);
    }
}
