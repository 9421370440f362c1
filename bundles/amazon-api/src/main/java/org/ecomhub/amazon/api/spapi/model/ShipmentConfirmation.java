package org.ecomhub.amazon.api.spapi.model;

import java.time.Instant;
import java.util.List;

/**
 * Orders v0 confirmShipment request (SHIP-01).
 *
 * @param carrierCode Amazon's carrier code, or {@code Other} with {@code carrierName}
 */
public record ShipmentConfirmation(String marketplaceId, String packageReferenceId, String carrierCode,
        String carrierName, String shippingMethod, String trackingNumber, Instant shipDate, List<Line> lines) {
    public ShipmentConfirmation {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a shipment confirms at least one item");
        }
    }

    /** An order item and the quantity in this package. */
    public record Line(String orderItemId, int quantity) {
    }
}
