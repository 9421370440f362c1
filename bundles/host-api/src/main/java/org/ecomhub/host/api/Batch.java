package org.ecomhub.host.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Units of a batch-tracked product held in one warehouse under one batch number (ORD-07).
 *
 * @param batchNumber unique per product
 * @param batchDate   the batch's date; FIFO assigns the oldest first
 * @param expiryDate  {@code null} if the batch does not expire
 * @param quantity    units of the batch still in the warehouse (greater than zero in listings)
 */
public record Batch(String productCode, String warehouseCode, String batchNumber, LocalDate batchDate,
                    LocalDate expiryDate, BigDecimal quantity) {
    public Batch {
        Checks.code(productCode, "product code");
        Checks.code(warehouseCode, "warehouse code");
        Checks.code(batchNumber, "batch number");
        Objects.requireNonNull(batchDate, "batch date");
        Checks.notNegative(quantity, "batch quantity");
    }
}
