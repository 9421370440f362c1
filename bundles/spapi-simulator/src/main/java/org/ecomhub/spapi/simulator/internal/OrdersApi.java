package org.ecomhub.spapi.simulator.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Orders API 2026-01-01 searchOrders / getOrder and Orders v0 confirmShipment, strict like Amazon. */
final class OrdersApi {
    static final Set<String> STATUSES = Set.of("PENDING_AVAILABILITY", "PENDING", "UNSHIPPED", "PARTIALLY_SHIPPED",
            "SHIPPED", "CANCELLED", "UNFULFILLABLE");
    static final Duration TOKEN_LIFE = Duration.ofHours(24);
    static final Duration BEFORE_MARGIN = Duration.ofMinutes(2);
    private final SpApiSimulator sim;

    OrdersApi(SpApiSimulator sim) {
        this.sim = sim;
    }

    void search(Exchange ex, SpApiSimulator.Caller caller) throws IOException {
        ex.allowOnly("createdAfter", "createdBefore", "lastUpdatedAfter", "lastUpdatedBefore", "fulfillmentStatuses",
                "marketplaceIds", "fulfilledBy", "maxResultsPerPage", "paginationToken", "includedData");
        Instant now = sim.clock.instant();
        Instant createdAfter = ex.instant("createdAfter");
        Instant createdBefore = ex.instant("createdBefore");
        Instant updatedAfter = ex.instant("lastUpdatedAfter");
        Instant updatedBefore = ex.instant("lastUpdatedBefore");
        if ((createdAfter == null) == (updatedAfter == null)) {
            throw ApiError.invalid("Exactly one of createdAfter and lastUpdatedAfter is required");
        }
        if (createdAfter != null && updatedBefore != null || updatedAfter != null && createdBefore != null) {
            throw ApiError.invalid("createdAfter/createdBefore and lastUpdatedAfter/lastUpdatedBefore cannot be mixed");
        }
        Instant after = createdAfter != null ? createdAfter : updatedAfter;
        Instant before = createdAfter != null ? createdBefore : updatedBefore;
        Instant latest = now.minus(BEFORE_MARGIN);
        if (after.isAfter(latest)) {
            throw ApiError.invalid((createdAfter != null ? "createdAfter" : "lastUpdatedAfter")
                    + " must be no later than 2 minutes before the time of the request");
        }
        if (before != null && before.isAfter(latest)) {
            throw ApiError.invalid((createdAfter != null ? "createdBefore" : "lastUpdatedBefore")
                    + " must be no later than 2 minutes before the time of the request");
        }
        if (before != null && before.isBefore(after)) {
            throw ApiError.invalid("The Before date must be later than the After date");
        }
        List<String> marketplaces = ex.csv("marketplaceIds");
        if (marketplaces.size() > 50) {
            throw ApiError.invalid("marketplaceIds accepts at most 50 values");
        }
        marketplaces.forEach(Markets::require);
        List<String> statuses = ex.csvOf("fulfillmentStatuses", STATUSES.toArray(String[]::new));
        String fulfilledBy = ex.param("fulfilledBy");
        if (fulfilledBy != null && !fulfilledBy.equals("MERCHANT") && !fulfilledBy.equals("AMAZON")) {
            throw ApiError.invalid("Invalid value for fulfilledBy: " + fulfilledBy);
        }
        Integer max = ex.integer("maxResultsPerPage", 1, 100);
        int pageSize = max == null ? 100 : max;
        Set<String> included = new HashSet<>(ex.csvOf("includedData", OrderJson.DATASETS.toArray(String[]::new)));
        String filters = new TreeMap<>(ex.query).entrySet().stream()
                .filter(e -> !Set.of("maxResultsPerPage", "includedData", "paginationToken").contains(e.getKey()))
                .map(e -> e.getKey() + "=" + e.getValue()).reduce("", (a, b) -> a + "&" + b);
        String token = ex.param("paginationToken");
        ArrayNode out = Exchange.JSON.createArrayNode();
        ObjectNode body = Exchange.JSON.createObjectNode();
        synchronized (sim.state.lock) {
            List<String> ids;
            int offset;
            if (token != null) {
                SimState.PageToken page = sim.state.pageTokens.get(token);
                if (page == null || !page.operation().equals("searchOrders")) {
                    throw ApiError.invalid("Invalid paginationToken");
                }
                if (!page.filters().equals(filters + "|" + caller.sellerId())) {
                    throw ApiError.invalid("The paginationToken was issued for other parameters; send the same"
                            + " parameters as the first request");
                }
                if (now.isAfter(page.issued().plus(TOKEN_LIFE))) {
                    throw ApiError.invalid("The paginationToken has expired");
                }
                ids = page.ids();
                offset = page.offset();
            } else {
                ids = match(caller.sellerId(), createdAfter != null, after, before, marketplaces, statuses,
                        fulfilledBy, now);
                offset = 0;
            }
            int end = Math.min(ids.size(), offset + pageSize);
            for (String id : ids.subList(offset, end)) {
                out.add(OrderJson.order(sim.state.orders.get(id), included));
            }
            body.set("orders", out);
            if (end < ids.size()) {
                String next = "sim" + sim.state.nextId("pt") + Long.toHexString(sim.settings.seed() ^ end) + "+/=";
                sim.state.pageTokens.put(next, new SimState.PageToken("searchOrders", filters + "|" + caller.sellerId(),
                        token == null ? now : sim.state.pageTokens.get(token).issued(), ids, end));
                body.putObject("pagination").put("nextToken", next);
            }
            if (before != null) {
                body.put(createdAfter != null ? "createdBefore" : "lastUpdatedBefore", OrderJson.time(before));
            }
            if (token == null && createdAfter == null) {
                sim.state.recordSearch(caller.sellerId(), new SimState.Search(now, before == null ? now : before,
                        marketplaces));
            }
        }
        ex.sendJson(200, body);
    }

    /** Ids of matching orders, visible only after the index lag, in an order that is not sorted (like Amazon). */
    private List<String> match(String sellerId, boolean byCreated, Instant after, Instant before,
            List<String> marketplaces, List<String> statuses, String fulfilledBy, Instant now) {
        List<String> ids = new ArrayList<>();
        for (SimOrder o : sim.state.orders.values()) {
            Instant t = byCreated ? o.createdTime : o.lastUpdatedTime;
            boolean visible = !o.lastUpdatedTime.plus(sim.settings.indexLag()).isAfter(now);
            if (o.sellerId.equals(sellerId) && visible && !t.isBefore(after) && (before == null || t.isBefore(before))
                    && (marketplaces.isEmpty() || marketplaces.contains(o.marketplaceId))
                    && (statuses.isEmpty() || statuses.contains(o.status))
                    && (fulfilledBy == null || fulfilledBy.equals(o.fulfilledBy))) {
                ids.add(o.orderId);
            }
        }
        ids.sort((a, b) -> Integer.compare(Integer.rotateLeft(a.hashCode(), 7), Integer.rotateLeft(b.hashCode(), 7)));
        return List.copyOf(ids);
    }

    void get(Exchange ex, SpApiSimulator.Caller caller) throws IOException {
        ex.allowOnly("includedData");
        String orderId = ex.segment(3);
        Set<String> included = new HashSet<>(ex.csvOf("includedData", OrderJson.DATASETS.toArray(String[]::new)));
        ObjectNode body = Exchange.JSON.createObjectNode();
        synchronized (sim.state.lock) {
            SimOrder o = sim.state.orders.get(orderId);
            if (o == null || !o.sellerId.equals(caller.sellerId())) {
                throw ApiError.notFound("Order " + orderId + " not found");
            }
            body.set("order", OrderJson.order(o, included));
        }
        ex.sendJson(200, body);
    }

    void confirmShipment(Exchange ex, SpApiSimulator.Caller caller) throws IOException {
        ex.allowOnly();
        String orderId = ex.segment(3);
        JsonNode body = ex.json();
        String marketplaceId = text(body, "marketplaceId");
        JsonNode pkg = body.path("packageDetail");
        if (marketplaceId == null || !pkg.isObject()) {
            throw ApiError.invalid("marketplaceId and packageDetail are required");
        }
        for (String f : List.of("packageReferenceId", "carrierCode", "trackingNumber", "shipDate")) {
            if (text(pkg, f) == null) {
                throw ApiError.invalid("packageDetail." + f + " is required");
            }
        }
        Instant shipDate = Exchange.parseInstant("shipDate", text(pkg, "shipDate"));
        if (!pkg.path("orderItems").isArray() || pkg.path("orderItems").isEmpty()) {
            throw ApiError.invalid("packageDetail.orderItems is required");
        }
        synchronized (sim.state.lock) {
            SimOrder o = sim.state.orders.get(orderId);
            if (o == null || !o.sellerId.equals(caller.sellerId())) {
                throw ApiError.notFound("Order " + orderId + " not found");
            }
            if (!o.marketplaceId.equals(marketplaceId)) {
                throw ApiError.invalid("marketplaceId does not match the order");
            }
            if (!o.isFbm() || !(o.status.equals("UNSHIPPED") || o.status.equals("PARTIALLY_SHIPPED"))) {
                throw ApiError.invalid("Order " + orderId + " cannot be confirmed in status " + o.status);
            }
            if (shipDate.isAfter(sim.clock.instant()) || shipDate.isBefore(o.createdTime)) {
                throw ApiError.invalid("shipDate must be between the purchase date and now");
            }
            List<int[]> changes = new ArrayList<>();
            for (JsonNode line : pkg.get("orderItems")) {
                String itemId = text(line, "orderItemId");
                int qty = line.path("quantity").asInt(0);
                int index = -1;
                for (int i = 0; i < o.items.size(); i++) {
                    if (o.items.get(i).orderItemId.equals(itemId)) {
                        index = i;
                    }
                }
                if (index < 0) {
                    throw ApiError.invalid("orderItemId " + itemId + " is not an item of the order");
                }
                SimOrder.SimItem item = o.items.get(index);
                if (qty < 1 || qty > item.quantity - item.quantityShipped - item.quantityCancelled) {
                    throw ApiError.invalid("quantity for " + itemId + " exceeds the unshipped quantity");
                }
                changes.add(new int[] {index, qty});
            }
            for (int[] c : changes) {
                o.items.get(c[0]).quantityShipped += c[1];
            }
            boolean all = o.items.stream().allMatch(i -> i.quantityShipped + i.quantityCancelled >= i.quantity);
            o.status = all ? "SHIPPED" : "PARTIALLY_SHIPPED";
            o.lastUpdatedTime = sim.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        }
        ex.send(204, "application/json", new byte[0]);
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }
}
