package org.ecomhub.orders.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ecomhub.amazon.api.spapi.model.Buyer;
import org.ecomhub.amazon.api.spapi.model.DeliveryAddress;
import org.ecomhub.amazon.api.spapi.model.Order;

/**
 * ORD-09, LOG-04: a host's refusal may quote what it was given (a name too long, an odd address line). Before such a
 * message reaches the connection log or the ledger, every buyer datum of the order is cut out of it.
 */
final class BuyerScrub {

    static final String MASK = "<buyer data>";

    private BuyerScrub() {
    }

    static String scrub(String text, Order order) {
        if (text == null) {
            return null;
        }
        List<String> values = new ArrayList<>();
        Buyer b = order.buyer();
        if (b != null) {
            add(values, b.name(), b.email(), b.companyName(), b.purchaseOrderNumber());
        }
        DeliveryAddress a = order.deliveryAddress();
        if (a != null) {
            add(values, a.name(), a.companyName(), a.addressLine1(), a.addressLine2(), a.addressLine3(), a.city(),
                    a.districtOrCounty(), a.stateOrRegion(), a.municipality(), a.postalCode(), a.phone());
        }
        values.sort(Comparator.comparingInt(String::length).reversed()); // longest first: no half-masked values
        String out = text;
        for (String v : values) {
            out = out.replace(v, MASK);
        }
        return out;
    }

    private static void add(List<String> values, String... candidates) {
        for (String c : candidates) {
            if (c != null && c.strip().length() >= 3) {
                values.add(c.strip());
            }
        }
    }
}
