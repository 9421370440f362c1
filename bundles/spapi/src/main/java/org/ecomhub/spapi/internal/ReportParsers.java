package org.ecomhub.spapi.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ecomhub.amazon.api.spapi.SpApiMalformedResponseException;
import org.ecomhub.amazon.api.spapi.model.MerchantListingRow;
import org.ecomhub.amazon.api.spapi.model.OrderReportRow;

/** Tab-separated report files read by header name, never by position (FACTS §12, §14). */
public final class ReportParsers {
    private ReportParsers() {
    }

    public static List<OrderReportRow> ordersReport(String tsv) {
        List<OrderReportRow> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Row r : rows(tsv, "amazon-order-id")) {
            String orderId = r.get("amazon-order-id");
            String sku = r.get("sku");
            int occurrence = seen.merge(orderId + '\u0000' + sku, 1, Integer::sum);
            String quantity = r.first("quantity", "quantity-purchased");
            rows.add(new OrderReportRow(orderId, r.get("merchant-order-id"), date(r.get("purchase-date")),
                    date(r.get("last-updated-date")), r.get("order-status"), r.get("fulfillment-channel"),
                    r.get("sales-channel"), r.get("ship-service-level"), r.get("product-name"), sku, r.get("asin"),
                    r.get("item-status"), quantity(quantity), r.get("currency"),
                    money(r.get("item-price")), money(r.get("item-tax")), money(r.get("shipping-price")),
                    money(r.get("shipping-tax")), money(r.get("gift-wrap-price")), money(r.get("gift-wrap-tax")),
                    money(r.get("item-promotion-discount")), money(r.get("ship-promotion-discount")),
                    r.get("ship-city"), r.get("ship-state"), r.get("ship-postal-code"), r.get("ship-country"),
                    r.get("promotion-ids"), "true".equalsIgnoreCase(r.get("is-business-order")),
                    r.get("purchase-order-number"), r.get("price-designation"), occurrence));
        }
        return rows;
    }

    public static List<MerchantListingRow> merchantListingsReport(String tsv) {
        List<MerchantListingRow> rows = new ArrayList<>();
        for (Row r : rows(tsv, "seller-sku")) {
            String quantity = r.get("quantity");
            rows.add(new MerchantListingRow(r.get("item-name"), r.get("listing-id"), r.get("seller-sku"),
                    money(r.get("price")), quantity == null ? null : Integer.valueOf(quantity), r.get("open-date"),
                    r.get("product-id-type"), r.get("product-id"), r.get("item-condition"), r.get("asin1"),
                    r.get("fulfillment-channel"), r.get("status")));
        }
        return rows;
    }

    /** A data line with access by column name; empty cells read as null. */
    private record Row(Map<String, Integer> header, String[] cells) {
        String get(String column) {
            Integer i = header.get(column);
            if (i == null || i >= cells.length) {
                return null;
            }
            String v = cells[i].trim();
            return v.isEmpty() ? null : v;
        }

        String first(String... columns) {
            for (String c : columns) {
                String v = get(c);
                if (v != null) {
                    return v;
                }
            }
            return null;
        }
    }

    private static List<Row> rows(String tsv, String requiredColumn) {
        String text = tsv.startsWith("\uFEFF") ? tsv.substring(1) : tsv;
        String[] lines = text.split("\r?\n");
        List<Row> out = new ArrayList<>();
        if (lines.length == 0 || lines[0].isBlank()) {
            return out;
        }
        Map<String, Integer> header = new HashMap<>();
        String[] names = lines[0].split("\t", -1);
        for (int i = 0; i < names.length; i++) {
            header.put(names[i].trim().toLowerCase(Locale.ROOT), i);
        }
        if (!header.containsKey(requiredColumn)) {
            throw new SpApiMalformedResponseException("report", "report has no " + requiredColumn + " column", null);
        }
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                out.add(new Row(header, lines[i].split("\t", -1)));
            }
        }
        return out;
    }

    private static BigDecimal money(String v) {
        if (v == null) {
            return null;
        }
        try {
            return JsonReaders.decimal(v); // the same bounds as the JSON replies' amounts
        } catch (SpApiMalformedResponseException e) {
            throw new SpApiMalformedResponseException("report", "money column: " + e.getMessage(), null);
        }
    }

    private static int quantity(String v) {
        if (v == null) {
            return 0;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new SpApiMalformedResponseException("report", "quantity column is not a whole number", null);
        }
    }

    private static Instant date(String v) {
        if (v == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            throw new SpApiMalformedResponseException("report", "date column is not ISO 8601", null);
        }
    }
}
