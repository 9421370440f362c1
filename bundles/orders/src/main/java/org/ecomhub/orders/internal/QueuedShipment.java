package org.ecomhub.orders.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SHIP-01: one host dispatch of one imported FBM order, recorded before the dispatch cursor moves past it and kept
 * until Amazon has its confirmation, so a store OFF or Amazon failing loses none.
 *
 * @param lines the item id or report key of each dispatched line (the part after "orderId/") to its quantity
 */
record QueuedShipment(String dispatchId, String orderId, String store, String hostOrder, String carrier,
        String trackingNumber, LocalDate shipDate, Instant recordedAt, long sequence, Map<String, Integer> lines) {

    QueuedShipment {
        lines = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(lines)); // dispatch order kept
    }

    /** One line per dispatched line, "quantity TAB item", so the column needs no parser beyond split. */
    String linesText() {
        StringBuilder b = new StringBuilder();
        lines.forEach((item, qty) -> b.append(qty).append('\t').append(item).append('\n'));
        return b.toString();
    }

    static Map<String, Integer> parseLines(String text) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (String row : text.split("\n")) {
            int tab = row.indexOf('\t');
            if (tab > 0) {
                m.merge(row.substring(tab + 1), Integer.parseInt(row.substring(0, tab)), Integer::sum);
            }
        }
        return m;
    }
}
