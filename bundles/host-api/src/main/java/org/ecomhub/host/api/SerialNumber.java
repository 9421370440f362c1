package org.ecomhub.host.api;

import java.time.Instant;
import java.util.Objects;

/**
 * One unit of a serialised product in stock (ORD-07).
 *
 * @param serial      unique per product
 * @param batchNumber the batch the unit belongs to, {@code null} if the product is not batch-tracked
 * @param receivedAt  when the unit came into the warehouse; listings are in receipt order, oldest first
 */
public record SerialNumber(String productCode, String warehouseCode, String serial, String batchNumber,
                           Instant receivedAt) {
    public SerialNumber {
        Checks.code(productCode, "product code");
        Checks.code(warehouseCode, "warehouse code");
        Checks.code(serial, "serial number");
        Objects.requireNonNull(receivedAt, "received at");
    }
}
