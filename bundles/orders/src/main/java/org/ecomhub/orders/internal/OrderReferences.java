package org.ecomhub.orders.internal;

import java.time.LocalDate;
import org.ecomhub.amazon.api.settings.FulfilmentChannel;
import org.ecomhub.host.api.IdempotencyKey;

/**
 * ORD-10: the references and idempotency keys every host side effect carries. An individual order's external
 * reference is the Amazon order id; each line's is the order id plus the item id.
 */
final class OrderReferences {

    private OrderReferences() {
    }

    static String line(String orderId, String orderItemId) {
        return orderId + "/" + orderItemId;
    }

    static String charge(String lineReference, String kind) {
        return lineReference + "/" + kind;
    }

    /** The order-level tax charge (TAX-02) or facilitator charge (TAX-06) of one Amazon order. */
    static String orderCharge(String orderId, boolean facilitator) {
        return orderId + (facilitator ? "/FACILITATOR-TAX" : "/TAX");
    }

    /** ORD-02: {@code <alias>-<FBM|FBA>-<currency>-<yyyy-MM-dd>}, with {@code -2}, {@code -3} for later ones. */
    static String consolidated(String alias, FulfilmentChannel channel, String currency, LocalDate day, int n) {
        String base = alias + "-" + channel + "-" + currency + "-" + day;
        return n <= 1 ? base : base + "-" + n;
    }

    static IdempotencyKey order(String sellerId, String orderId) {
        return IdempotencyKey.of(sellerId, orderId);
    }

    static IdempotencyKey item(String sellerId, String orderId, String itemId) {
        return IdempotencyKey.of(sellerId, orderId, itemId);
    }
}
