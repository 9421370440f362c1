package org.ecomhub.orders.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.ecomhub.amazon.api.products.OrderedProduct;
import org.ecomhub.amazon.api.settings.FulfilmentChannel;

/**
 * Host look-ups that read the same answer for every order of one run (the company's settings, warehouses, the
 * single or guest customer, a SKU's host product), kept for that run only so a poll asks the host once each.
 * Only answers found are kept: a failed look-up is asked again for the next order. Writes are never skipped; a
 * product or customer is created with its idempotency key by the first order that needs it.
 */
final class RunLookups {

    /** One run's lookups; a fresh instance per run, so nothing outlives it (settings may change between runs). */
    private final Map<Object, Object> found = new HashMap<>();

    record Warehouse(String configured, FulfilmentChannel channel) {
    }

    record Customer(String code) {
    }

    record Product(String store, String sellerSku, String asin, FulfilmentChannel channel) {
        static Product of(String store, OrderedProduct p) {
            return new Product(store, p.sellerSku(), p.asin(), p.channel());
        }
    }

    enum Settings { COMPANY }

    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<T> lookup) {
        Object known = found.get(key);
        if (known != null) {
            return (T) known;
        }
        T value = lookup.get();
        if (value != null) {
            found.put(key, value);
        }
        return value;
    }
}
