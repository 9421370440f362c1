package org.ecomhub.host.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * The batch and serial numbers given to one order line when the order completes (ORD-07). For a batch-tracked
 * product the batch quantities add up to the line's unshipped quantity; for a serialised product there is one
 * serial number per unit.
 *
 * @param lineExternalReference the line
 * @param batches               batch numbers and how many units each gives, empty if not batch-tracked
 * @param serialNumbers         serial numbers, empty if not serialised
 */
public record LineAllocation(String lineExternalReference, List<BatchQuantity> batches, List<String> serialNumbers) {

    public LineAllocation {
        Checks.code(lineExternalReference, "line external reference");
        batches = Checks.list(batches, "batches");
        serialNumbers = Checks.list(serialNumbers, "serial numbers");
    }

    /** So many units from one batch. */
    public record BatchQuantity(String batchNumber, BigDecimal quantity) {
        public BatchQuantity {
            Checks.code(batchNumber, "batch number");
            Checks.positive(quantity, "batch quantity");
        }
    }
}
