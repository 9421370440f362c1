package org.ecomhub.host.embedded.internal.command;

import org.ecomhub.host.api.SalesOrder;
import org.ecomhub.host.api.SalesOrders;

/** Finding the order a person names: by the host's order number or by its external reference. */
final class Orders {

    private Orders() {
    }

    static SalesOrder find(SalesOrders orders, String reference) {
        return orders.findOrder(reference)
                .or(() -> orders.findByExternalReference(reference))
                .orElseThrow(() -> new IllegalArgumentException("no order has the number or external reference '"
                        + reference + "'; erp:orders lists them"));
    }
}
