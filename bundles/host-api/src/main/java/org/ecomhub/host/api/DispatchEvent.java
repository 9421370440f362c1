package org.ecomhub.host.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The host dispatched (part of) an order (SHIP-01).
 *
 * @param sequence          position in the host's dispatch stream; strictly increasing, never reused
 * @param dispatchId        the host's id of the dispatch (shipment), unique
 * @param orderNumber       the host order
 * @param externalReference the order's external reference, so the plugin needs no look-up to recognise its orders
 * @param warehouseCode     where it shipped from
 * @param carrier           the carrier's name as people typed it, e.g. {@code Royal Mail}
 * @param trackingNumber    may be null if the carrier has none
 * @param shipDate          the day it left
 * @param recordedAt        when the host recorded it
 * @param lines             the order lines and quantities in this dispatch
 */
public record DispatchEvent(long sequence, String dispatchId, String orderNumber, String externalReference,
                            String warehouseCode, String carrier, String trackingNumber, LocalDate shipDate,
                            Instant recordedAt, List<Line> lines) {

    public DispatchEvent {
        Checks.code(dispatchId, "dispatch id");
        Checks.code(orderNumber, "order number");
        Checks.code(carrier, "carrier");
        Objects.requireNonNull(shipDate, "ship date");
        Objects.requireNonNull(recordedAt, "recorded at");
        lines = Checks.list(lines, "lines");
    }

    /** So many units of one order line. */
    public record Line(String lineExternalReference, String productCode, BigDecimal quantity) {
        public Line {
            Checks.code(lineExternalReference, "line external reference");
            Checks.positive(quantity, "quantity");
        }
    }
}
