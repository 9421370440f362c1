package org.ecomhub.orders.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ecomhub.amazon.api.spapi.Marketplace;
import org.ecomhub.amazon.api.spapi.model.Buyer;
import org.ecomhub.amazon.api.spapi.model.Money;
import org.ecomhub.amazon.api.spapi.model.Order;
import org.ecomhub.amazon.api.spapi.model.OrderItem;
import org.ecomhub.amazon.api.spapi.model.OrderReportRow;
import org.ecomhub.amazon.api.spapi.model.ProceedsBreakdown;

/**
 * FACTS §12: orders report rows as Orders API orders, so the pipeline imports them like any other. A line is keyed
 * by (order id, SKU, n-th row of that SKU) until its item id is known (ORD-10): the key stands in the item id's place
 * ({@code R<n>:<sku>}), in the line's reference and its idempotency key. In US marketplaces the report's tax is taken
 * as marketplace facilitator tax (FACTS §12 rule 2). The report has no buyer data; its PO number is kept (ORD-14).
 */
final class ReportLines {

    private ReportLines() {
    }

    static String key(String sku, int occurrence) {
        return "R" + occurrence + ":" + sku;
    }

    static boolean isKey(String itemId) {
        return itemId != null && itemId.startsWith("R") && itemId.indexOf(':') > 1;
    }

    /** The report key each item of an Orders API order would have had in the report: SKU and n-th row. */
    static Map<String, String> keysOf(Order order) {
        Map<String, Integer> seen = new HashMap<>();
        Map<String, String> keys = new LinkedHashMap<>();
        for (OrderItem item : order.items()) {
            int n = seen.merge(item.sellerSku(), 1, Integer::sum);
            keys.put(key(item.sellerSku(), n), item.orderItemId());
        }
        return keys;
    }

    static List<Order> orders(Marketplace marketplace, List<OrderReportRow> rows) {
        Map<String, List<OrderReportRow>> byOrder = new LinkedHashMap<>();
        rows.forEach(r -> byOrder.computeIfAbsent(r.amazonOrderId(), k -> new ArrayList<>()).add(r));
        List<Order> orders = new ArrayList<>();
        for (List<OrderReportRow> lines : byOrder.values()) {
            orders.add(order(marketplace, lines));
        }
        return orders;
    }

    private static Order order(Marketplace marketplace, List<OrderReportRow> lines) {
        OrderReportRow first = lines.get(0);
        boolean facilitator = marketplace == Marketplace.US;
        List<OrderItem> items = new ArrayList<>();
        for (OrderReportRow r : lines) {
            String currency = r.currency() == null || r.currency().isBlank() ? marketplace.defaultCurrency() : r.currency();
            List<ProceedsBreakdown> b = new ArrayList<>();
            add(b, "ITEM", r.itemPrice(), currency);
            add(b, "SHIPPING", r.shippingPrice(), currency);
            add(b, "GIFT_WRAP", r.giftWrapPrice(), currency);
            add(b, "DISCOUNT", sum(r.itemPromotionDiscount(), r.shipPromotionDiscount()), currency);
            BigDecimal tax = r.totalTax();
            if (tax.signum() != 0) {
                List<ProceedsBreakdown.Detail> details = new ArrayList<>();
                detail(details, "SHIPPING", r.shippingTax(), currency);
                detail(details, "GIFT_WRAP", r.giftWrapTax(), currency);
                b.add(new ProceedsBreakdown("TAX", null, new Money(tax, currency), details));
            }
            items.add(new OrderItem(key(r.sku(), r.skuOccurrence()), r.quantity(), r.asin(), r.sku(), r.productName(),
                    null, null, r.priceDesignation(), null, null, null, b, List.of(),
                    facilitator ? List.of(new OrderItem.TaxCollection("MARKETPLACE_FACILITATOR", "Amazon")) : List.of(),
                    null));
        }
        String po = first.purchaseOrderNumber() == null || first.purchaseOrderNumber().isBlank() ? null
                : first.purchaseOrderNumber();
        return new Order(first.amazonOrderId(), first.merchantOrderId(), first.purchaseDate(), first.lastUpdatedDate(),
                marketplace.id(), "AMAZON", first.businessOrder() ? List.of("AMAZON_BUSINESS") : List.of(),
                status(first.orderStatus()), "Amazon".equalsIgnoreCase(first.fulfillmentChannel()) ? "AMAZON" : "MERCHANT",
                first.shipServiceLevel(), null, List.of(), po == null ? null : new Buyer(null, null, null, po), null,
                items);
    }

    /** Report statuses (Pending, Unshipped, PartiallyShipped, Shipped, Canceled) as the Orders API spells them. */
    static String status(String reportStatus) {
        if (reportStatus == null) {
            return null;
        }
        String s = reportStatus.strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "pending", "pendingavailability" -> "PENDING";
            case "unshipped" -> "UNSHIPPED";
            case "partiallyshipped" -> "PARTIALLY_SHIPPED";
            case "shipped", "shipping" -> "SHIPPED";
            case "canceled", "cancelled" -> "CANCELLED";
            case "unfulfillable" -> "UNFULFILLABLE";
            default -> reportStatus.toUpperCase(Locale.ROOT);
        };
    }

    private static void add(List<ProceedsBreakdown> b, String type, BigDecimal amount, String currency) {
        if (amount != null && amount.signum() != 0 || "ITEM".equals(type) && amount != null) {
            b.add(new ProceedsBreakdown(type, null, new Money(amount, currency), List.of()));
        }
    }

    private static void detail(List<ProceedsBreakdown.Detail> d, String subtype, BigDecimal amount, String currency) {
        if (amount != null && amount.signum() != 0) {
            d.add(new ProceedsBreakdown.Detail(subtype, new Money(amount, currency)));
        }
    }

    private static BigDecimal sum(BigDecimal a, BigDecimal b) {
        if (a == null && b == null) {
            return null;
        }
        return (a == null ? BigDecimal.ZERO : a).add(b == null ? BigDecimal.ZERO : b);
    }
}
