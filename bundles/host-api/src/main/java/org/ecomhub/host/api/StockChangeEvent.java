package org.ecomhub.host.api;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Stock of a product in a warehouse changed (STK-06); carries the levels after the change, so the newest event of
 * a product and warehouse tells its current stock.
 *
 * @param sequence   position in the host's stock change stream; strictly increasing, never reused
 * @param reason     what moved it, for people: {@code receipt}, {@code order SO-00000012 completed}, ...
 */
public record StockChangeEvent(long sequence, String productCode, String warehouseCode, BigDecimal onHand,
                               BigDecimal allocated, String reason, Instant occurredAt) {
    public StockChangeEvent {
        Checks.code(productCode, "product code");
        Checks.code(warehouseCode, "warehouse code");
    }

    public BigDecimal available() {
        return onHand.subtract(allocated);
    }
}
