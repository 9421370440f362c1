package org.ecomhub.orders.internal;

import java.util.List;
import org.ecomhub.amazon.api.settings.OrderSettings.ImportFromStatus;

/** ORD-03: PENDING &lt; UNSHIPPED &lt; PARTIALLY_SHIPPED &lt; SHIPPED; CANCELLED and UNFULFILLABLE never import. */
final class StatusRules {

    private static final List<String> ORDER = List.of("PENDING_AVAILABILITY", "PENDING", "UNSHIPPED",
            "PARTIALLY_SHIPPED", "SHIPPED");

    /** What to do with an order not yet imported. */
    enum Decision { IMPORT, BELOW_IMPORT_FROM, NEVER }

    private StatusRules() {
    }

    static Decision decide(String fulfillmentStatus, ImportFromStatus importFrom) {
        if (fulfillmentStatus == null || "CANCELLED".equals(fulfillmentStatus)
                || "UNFULFILLABLE".equals(fulfillmentStatus)) {
            return fulfillmentStatus == null ? Decision.BELOW_IMPORT_FROM : Decision.NEVER;
        }
        int rank = ORDER.indexOf(fulfillmentStatus);
        if (rank < 0) {
            return Decision.BELOW_IMPORT_FROM; // a status we do not know yet: look again next time
        }
        return rank >= ORDER.indexOf(importFrom.name()) ? Decision.IMPORT : Decision.BELOW_IMPORT_FROM;
    }

    static boolean cancelled(String fulfillmentStatus) {
        return "CANCELLED".equals(fulfillmentStatus);
    }
}
