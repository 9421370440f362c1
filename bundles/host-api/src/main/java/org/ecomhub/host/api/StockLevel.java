package org.ecomhub.host.api;

import java.math.BigDecimal;

/**
 * Stock of one product in one warehouse (STK-01).
 *
 * @param onHand    units physically there (never negative)
 * @param allocated units promised to orders that are not completed (PLACED, BACKORDERED) and not yet shipped
 */
public record StockLevel(String productCode, String warehouseCode, BigDecimal onHand, BigDecimal allocated) {

    public StockLevel {
        Checks.code(productCode, "product code");
        Checks.code(warehouseCode, "warehouse code");
        Checks.notNegative(onHand, "on hand");
        Checks.notNegative(allocated, "allocated");
    }

    /** On hand minus allocated; negative when the warehouse is over-allocated (STK-01 counts it negative). */
    public BigDecimal available() {
        return onHand.subtract(allocated);
    }
}
