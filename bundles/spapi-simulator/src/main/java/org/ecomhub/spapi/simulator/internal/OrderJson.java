package org.ecomhub.spapi.simulator.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Orders API 2026-01-01 JSON of a simulated order. Like Amazon, a dataset (fulfillment, proceeds, promotion,
 * cancellation, tax, buyer, recipient) appears only when {@code includedData} asks for it.
 */
final class OrderJson {
    static final Set<String> DATASETS = Set.of("BUYER", "RECIPIENT", "PROCEEDS", "EXPENSE", "PROMOTION",
            "CANCELLATION", "FULFILLMENT", "PACKAGES", "TAX", "PAYMENT", "FULFILLMENT_ORDERS");

    enum Part { ITEM, SHIPPING, GIFT_WRAP, DISCOUNT }

    private OrderJson() {
    }

    static ObjectNode order(SimOrder o, Set<String> included) {
        ObjectNode n = Exchange.JSON.createObjectNode();
        n.put("orderId", o.orderId);
        if (o.sellerOrderId != null) {
            n.putArray("orderAliases").addObject().put("aliasId", o.sellerOrderId).put("aliasType", "SELLER_ORDER_ID");
        }
        n.put("createdTime", time(o.createdTime));
        n.put("lastUpdatedTime", time(o.lastUpdatedTime));
        ArrayNode programs = n.putArray("programs");
        if (o.business) {
            programs.add("AMAZON_BUSINESS");
        }
        Markets.Market m = Markets.require(o.marketplaceId);
        n.putObject("salesChannel").put("channelName", "AMAZON").put("marketplaceId", o.marketplaceId)
                .put("marketplaceName", m.name());
        if (included.contains("BUYER")) {
            ObjectNode buyer = n.putObject("buyer").put("buyerName", o.buyerName).put("buyerEmail", o.buyerEmail);
            if (o.purchaseOrderNumber != null) {
                buyer.put("buyerPurchaseOrderNumber", o.purchaseOrderNumber);
            }
        }
        boolean shippable = !o.status.startsWith("PENDING") && !"CANCELLED".equals(o.status);
        if (included.contains("RECIPIENT") && shippable) {
            ObjectNode a = n.putObject("recipient").putObject("deliveryAddress");
            a.put("name", o.address[0]).put("addressLine1", o.address[1]).put("city", o.address[2])
                    .put("stateOrRegion", o.address[3]).put("postalCode", o.address[4]).put("countryCode", o.address[5]);
            if (o.isFbm() && !"SHIPPED".equals(o.status)) {
                a.put("phone", o.address[6]);
            }
            a.put("addressType", "RESIDENTIAL");
        }
        boolean priced = !o.status.startsWith("PENDING");
        if (included.contains("PROCEEDS") && priced) {
            Map<String, BigDecimal> totals = new java.util.LinkedHashMap<>();
            BigDecimal grand = BigDecimal.ZERO;
            for (SimOrder.SimItem i : o.items) {
                for (Map.Entry<String, BigDecimal> e : itemBreakdowns(o, i).entrySet()) {
                    totals.merge(e.getKey(), e.getValue(), BigDecimal::add);
                }
                grand = grand.add(itemTotal(o, i));
            }
            ObjectNode proceeds = n.putObject("proceeds");
            proceeds.set("grandTotal", money(grand, o.currency));
            ArrayNode b = proceeds.putArray("breakdowns");
            totals.forEach((type, v) -> b.addObject().put("type", type).set("subtotal", money(v, o.currency)));
        }
        if (included.contains("FULFILLMENT")) {
            n.putObject("fulfillment").put("fulfillmentStatus", o.status).put("fulfilledBy", o.fulfilledBy)
                    .put("fulfillmentServiceLevel", o.serviceLevel);
        }
        ArrayNode items = n.putArray("orderItems");
        for (SimOrder.SimItem i : o.items) {
            items.add(item(o, i, included, priced));
        }
        return n;
    }

    private static ObjectNode item(SimOrder o, SimOrder.SimItem i, Set<String> included, boolean priced) {
        ObjectNode n = Exchange.JSON.createObjectNode();
        n.put("orderItemId", i.orderItemId);
        n.put("quantityOrdered", i.quantity);
        ObjectNode product = n.putObject("product");
        product.put("asin", i.asin).put("title", i.title).put("sellerSku", i.sku);
        product.putObject("condition").put("conditionType", "NEW").put("conditionSubtype", "NEW");
        ObjectNode price = product.putObject("price");
        price.set("unitPrice", money(i.unitPrice, o.currency));
        if (o.business) {
            price.put("priceDesignation", "BUSINESS_PRICE");
        }
        if (included.contains("PROCEEDS") && priced) {
            ObjectNode proceeds = n.putObject("proceeds");
            proceeds.set("proceedsTotal", money(itemTotal(o, i), o.currency));
            ArrayNode b = proceeds.putArray("breakdowns");
            Map<Part, BigDecimal> tax = taxes(o, i);
            for (Map.Entry<String, BigDecimal> e : itemBreakdowns(o, i).entrySet()) {
                ObjectNode entry = b.addObject().put("type", e.getKey());
                entry.set("subtotal", money(e.getValue(), o.currency));
                if ("TAX".equals(e.getKey())) {
                    ArrayNode details = entry.putArray("detailedBreakdowns");
                    tax.forEach((part, v) -> details.addObject().put("subtype", part.name())
                            .set("value", money(v, o.currency)));
                } else if ("DISCOUNT".equals(e.getKey())) {
                    entry.putArray("detailedBreakdowns").addObject().put("subtype", "ITEM")
                            .set("value", money(i.promotionDiscount, o.currency));
                }
            }
        }
        if (included.contains("PROMOTION") && i.promotionId != null) {
            n.putObject("promotion").putArray("breakdowns").addObject().put("promotionId", i.promotionId);
        }
        if (included.contains("CANCELLATION") && (i.quantityCancelled > 0 || i.buyerRequestedCancel)) {
            ObjectNode c = n.putObject("cancellation");
            if (i.buyerRequestedCancel) {
                c.putObject("cancellationRequest").put("requester", "BUYER").put("cancelReason", i.cancelReason);
            }
            if (i.quantityCancelled > 0) {
                c.putObject("cancellationExecution").put("cancelledBy", "BUYER").put("cancelReason", i.cancelReason);
            }
        }
        if (included.contains("FULFILLMENT")) {
            n.putObject("fulfillment").put("quantityFulfilled", i.quantityShipped)
                    .put("quantityUnfulfilled", Math.max(0, i.quantity - i.quantityShipped - i.quantityCancelled));
        }
        if (included.contains("TAX") && o.facilitatorTax) {
            n.putObject("tax").putArray("taxCollections").addObject().put("model", "MARKETPLACE_FACILITATOR")
                    .put("responsibleParty", "Amazon Services, Inc.");
        }
        return n;
    }

    /** Item proceeds per type; DISCOUNT negative; TAX is the part inside the price where prices include tax. */
    static Map<String, BigDecimal> itemBreakdowns(SimOrder o, SimOrder.SimItem i) {
        Map<String, BigDecimal> out = new java.util.LinkedHashMap<>();
        out.put("ITEM", i.unitPrice.multiply(BigDecimal.valueOf(i.quantity)));
        if (i.shipping.signum() != 0) {
            out.put("SHIPPING", i.shipping);
        }
        if (i.giftWrap.signum() != 0) {
            out.put("GIFT_WRAP", i.giftWrap);
        }
        if (i.promotionDiscount.signum() != 0) {
            out.put("DISCOUNT", i.promotionDiscount);
        }
        BigDecimal tax = taxes(o, i).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        out.put("TAX", tax);
        return out;
    }

    /** What the seller is paid for the item: every category, plus tax only where prices exclude it. */
    static BigDecimal itemTotal(SimOrder o, SimOrder.SimItem i) {
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> e : itemBreakdowns(o, i).entrySet()) {
            if (!"TAX".equals(e.getKey()) || !o.pricesIncludeTax) {
                total = total.add(e.getValue());
            }
        }
        return total;
    }

    static Map<Part, BigDecimal> taxes(SimOrder o, SimOrder.SimItem i) {
        Map<Part, BigDecimal> out = new EnumMap<>(Part.class);
        put(out, Part.ITEM, tax(o, i.unitPrice.multiply(BigDecimal.valueOf(i.quantity))));
        put(out, Part.SHIPPING, tax(o, i.shipping));
        put(out, Part.GIFT_WRAP, tax(o, i.giftWrap));
        put(out, Part.DISCOUNT, tax(o, i.promotionDiscount));
        return out;
    }

    private static void put(Map<Part, BigDecimal> out, Part part, BigDecimal v) {
        if (v.signum() != 0 || part == Part.ITEM) {
            out.put(part, v);
        }
    }

    static BigDecimal tax(SimOrder o, BigDecimal amount) {
        BigDecimal t = o.pricesIncludeTax
                ? amount.multiply(o.taxRate).divide(BigDecimal.ONE.add(o.taxRate), 10, RoundingMode.HALF_UP)
                : amount.multiply(o.taxRate);
        return DataGenerator.scale(t, o.currency);
    }

    static ObjectNode money(BigDecimal amount, String currency) {
        return Exchange.JSON.createObjectNode().put("amount", amount.toPlainString()).put("currencyCode", currency);
    }

    static String time(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t);
    }
}
