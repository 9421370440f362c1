package org.ecomhub.amazon.api.spapi.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One JSON patch of a listing ({@code op} add, replace, merge or delete; {@code path} /attributes/&lt;name&gt;;
 * {@code value} the attribute's JSON value as maps and lists).
 */
public record ListingsPatch(String op, String path, List<Map<String, Object>> value) {

    public ListingsPatch {
        value = value == null ? null : List.copyOf(value);
    }

    /**
     * A merge of {@code fulfillment_availability} for merchant fulfilment ({@code DEFAULT}) carrying only the given
     * members, so a quantity change keeps the handling time and the other way round (FACTS §8, STK-01, LIST-03).
     *
     * @param quantity     units, or null to leave it
     * @param leadTimeDays handling time in days, or null to leave it
     */
    public static ListingsPatch merchantStock(Integer quantity, Integer leadTimeDays) {
        if (quantity == null && leadTimeDays == null) {
            throw new IllegalArgumentException("quantity or lead time is required");
        }
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("fulfillment_channel_code", "DEFAULT");
        if (quantity != null) {
            member.put("quantity", Math.max(0, quantity));
        }
        if (leadTimeDays != null) {
            member.put("lead_time_to_ship_max_days", leadTimeDays);
        }
        return new ListingsPatch("merge", "/attributes/fulfillment_availability", List.of(member));
    }
}
