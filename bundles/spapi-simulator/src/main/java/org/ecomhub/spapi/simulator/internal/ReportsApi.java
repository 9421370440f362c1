package org.ecomhub.spapi.simulator.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reports 2021-06-30: createReport, getReport, getReportDocument. Reports take simulated time
 * ({@code reportDelay}), then hold a GZIP tab-separated file behind a presigned URL valid 5 minutes.
 */
final class ReportsApi {
    static final Set<String> TYPES = Set.of("GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL",
            "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL", "GET_MERCHANT_LISTINGS_ALL_DATA");
    static final Duration URL_LIFE = Duration.ofMinutes(5);
    private final SpApiSimulator sim;

    ReportsApi(SpApiSimulator sim) {
        this.sim = sim;
    }

    void create(Exchange ex, SpApiSimulator.Caller caller) throws IOException {
        ex.allowOnly();
        JsonNode body = ex.json();
        String type = OrdersApi.text(body, "reportType");
        if (type == null || !TYPES.contains(type)) {
            throw ApiError.invalid("Invalid reportType: " + type);
        }
        JsonNode ids = body.path("marketplaceIds");
        if (!ids.isArray() || ids.isEmpty() || ids.size() > 25) {
            throw ApiError.invalid("marketplaceIds must hold 1 to 25 marketplace ids");
        }
        List<String> marketplaces = new ArrayList<>();
        ids.forEach(n -> marketplaces.add(Markets.require(n.asText()).id()));
        Instant start = body.hasNonNull("dataStartTime") ? Exchange.parseInstant("dataStartTime",
                body.get("dataStartTime").asText()) : null;
        Instant end = body.hasNonNull("dataEndTime") ? Exchange.parseInstant("dataEndTime",
                body.get("dataEndTime").asText()) : null;
        Instant now = sim.clock.instant();
        if (start != null && end != null && end.isBefore(start)) {
            throw ApiError.invalid("dataEndTime must be after dataStartTime");
        }
        SimState.Report r = new SimState.Report();
        r.reportId = sim.state.nextId("");
        r.reportType = type;
        r.sellerId = caller.sellerId();
        r.marketplaceIds = marketplaces;
        r.dataStart = start;
        r.dataEnd = end == null ? now : end;
        r.created = now;
        r.doneAt = now.plus(sim.settings.reportDelay());
        sim.state.reports.put(r.reportId, r);
        ex.sendJson(202, Exchange.JSON.createObjectNode().put("reportId", r.reportId));
    }

    void get(Exchange ex, SpApiSimulator.Caller caller) throws IOException {
        ex.allowOnly();
        String id = ex.segment(3);
        SimState.Report r = sim.state.reports.get(id);
        if (r == null || !r.sellerId.equals(caller.sellerId())) {
            throw ApiError.notFound("Report " + id + " not found");
        }
        settle(r);
        ObjectNode n = Exchange.JSON.createObjectNode();
        n.put("reportId", r.reportId).put("reportType", r.reportType);
        ArrayNode m = n.putArray("marketplaceIds");
        r.marketplaceIds.forEach(m::add);
        if (r.dataStart != null) {
            n.put("dataStartTime", OrderJson.time(r.dataStart));
        }
        n.put("dataEndTime", OrderJson.time(r.dataEnd));
        n.put("createdTime", OrderJson.time(r.created)).put("processingStatus", r.status);
        if (r.processingStart != null) {
            n.put("processingStartTime", OrderJson.time(r.processingStart));
        }
        if (r.processingEnd != null) {
            n.put("processingEndTime", OrderJson.time(r.processingEnd));
        }
        if (r.documentId != null) {
            n.put("reportDocumentId", r.documentId);
        }
        ex.sendJson(200, n);
    }

    void document(Exchange ex, SpApiSimulator.Caller caller) throws IOException {
        ex.allowOnly("enableContentEncodingUrlHeader");
        String id = ex.segment(3);
        SimState.Document d = sim.state.documents.get(id);
        if (d == null || d.upload) {
            throw ApiError.notFound("Report document " + id + " not found");
        }
        d.urlExpires = sim.clock.instant().plus(URL_LIFE);
        ObjectNode n = Exchange.JSON.createObjectNode().put("reportDocumentId", id)
                .put("url", FeedsApi.documentUrl(sim, d));
        if (d.gzip) {
            n.put("compressionAlgorithm", "GZIP");
        }
        ex.sendJson(200, n);
    }

    /** Moves a report along its timeline; builds its file when it is done. */
    private void settle(SimState.Report r) throws IOException {
        Instant now = sim.clock.instant();
        if (!"IN_QUEUE".equals(r.status) && !"IN_PROGRESS".equals(r.status)) {
            return;
        }
        Instant halfway = r.created.plus(Duration.between(r.created, r.doneAt).dividedBy(2));
        if (now.isBefore(halfway)) {
            return;
        }
        r.processingStart = halfway;
        r.status = "IN_PROGRESS";
        if (now.isBefore(r.doneAt)) {
            return;
        }
        String tsv;
        synchronized (sim.state.lock) {
            tsv = r.reportType.startsWith("GET_FLAT_FILE_ALL_ORDERS") ? ordersReport(r) : listingsReport(r);
        }
        r.processingEnd = r.doneAt;
        if (tsv.indexOf('\n') == tsv.length() - 1) {
            r.status = "CANCELLED"; // no data: Amazon cancels the report
            return;
        }
        SimState.Document d = new SimState.Document();
        d.id = "amzn1.spdoc.1.4.sim." + sim.state.nextId("r");
        d.contentType = "text/tab-separated-values";
        d.gzip = true;
        d.content = gzip(tsv.getBytes(StandardCharsets.UTF_8));
        sim.state.documents.put(d.id, d);
        r.documentId = d.id;
        r.status = "DONE";
    }

    private String ordersReport(SimState.Report r) {
        boolean byUpdate = r.reportType.contains("LAST_UPDATE");
        Instant cutoff = r.doneAt.minus(sim.settings.reportLag());
        StringBuilder b = new StringBuilder(String.join("\t", "amazon-order-id", "merchant-order-id", "purchase-date",
                "last-updated-date", "order-status", "fulfillment-channel", "sales-channel", "order-channel",
                "ship-service-level", "product-name", "sku", "asin", "item-status", "quantity", "currency",
                "item-price", "item-tax", "shipping-price", "shipping-tax", "gift-wrap-price", "gift-wrap-tax",
                "item-promotion-discount", "ship-promotion-discount", "ship-city", "ship-state", "ship-postal-code",
                "ship-country", "promotion-ids", "is-business-order", "purchase-order-number", "price-designation"))
                .append('\n');
        for (SimOrder o : sim.state.orders.values()) {
            Instant t = byUpdate ? o.lastUpdatedTime : o.createdTime;
            if (!o.sellerId.equals(r.sellerId) || !r.marketplaceIds.contains(o.marketplaceId)
                    || r.dataStart != null && t.isBefore(r.dataStart) || !t.isBefore(r.dataEnd)
                    || o.lastUpdatedTime.isAfter(cutoff)) {
                continue;
            }
            boolean pending = o.status.startsWith("PENDING");
            Markets.Market m = Markets.require(o.marketplaceId);
            for (SimOrder.SimItem i : o.items) {
                var tax = OrderJson.taxes(o, i);
                BigDecimal itemPrice = i.unitPrice.multiply(BigDecimal.valueOf(i.quantity));
                b.append(String.join("\t", o.orderId, o.sellerOrderId, OrderJson.time(o.createdTime),
                        OrderJson.time(o.lastUpdatedTime), reportStatus(o.status),
                        o.isFbm() ? "Merchant" : "Amazon", "Amazon." + m.domain().substring(7), "",
                        o.serviceLevel.equals("STANDARD") ? "Standard" : "Expedited", i.title, i.sku, i.asin,
                        reportStatus(o.status), Integer.toString(i.quantity), o.currency,
                        pending ? "" : itemPrice.toPlainString(),
                        pending ? "" : tax.getOrDefault(OrderJson.Part.ITEM, BigDecimal.ZERO).toPlainString(),
                        pending ? "" : i.shipping.toPlainString(),
                        pending ? "" : tax.getOrDefault(OrderJson.Part.SHIPPING, BigDecimal.ZERO).toPlainString(),
                        pending ? "" : i.giftWrap.toPlainString(),
                        pending ? "" : tax.getOrDefault(OrderJson.Part.GIFT_WRAP, BigDecimal.ZERO).toPlainString(),
                        pending ? "" : i.promotionDiscount.toPlainString(), pending ? "" : "0",
                        o.address[2], o.address[3], o.address[4], o.address[5],
                        i.promotionId == null ? "" : i.promotionId, Boolean.toString(o.business),
                        o.purchaseOrderNumber == null ? "" : o.purchaseOrderNumber,
                        o.business ? "BusinessPrice" : "")).append('\n');
            }
        }
        return b.toString();
    }

    private static String reportStatus(String status) {
        return switch (status) {
            case "PENDING", "PENDING_AVAILABILITY" -> "Pending";
            case "UNSHIPPED" -> "Unshipped";
            case "PARTIALLY_SHIPPED" -> "PartiallyShipped";
            case "SHIPPED" -> "Shipped";
            case "CANCELLED" -> "Cancelled";
            default -> status;
        };
    }

    private String listingsReport(SimState.Report r) {
        StringBuilder b = new StringBuilder(String.join("\t", "item-name", "item-description", "listing-id",
                "seller-sku", "price", "quantity", "open-date", "product-id-type", "product-id", "item-condition",
                "asin1", "fulfillment-channel", "status")).append('\n');
        for (String marketplaceId : r.marketplaceIds) {
            for (SimListing l : sim.state.listingsOf(r.sellerId, marketplaceId)) {
                b.append(String.join("\t", l.title, "", l.listingId, l.sku, l.price.toPlainString(),
                        l.quantity == null ? "" : l.quantity.toString(), OrderJson.time(l.created), "4", l.ean, "11",
                        l.asin, l.fulfillmentChannel, "Active")).append('\n');
            }
        }
        return b.toString();
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }
}
