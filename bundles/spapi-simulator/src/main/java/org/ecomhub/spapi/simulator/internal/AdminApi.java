package org.ecomhub.spapi.simulator.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

/**
 * The simulator's own endpoint under {@code /_admin} (loopback only, no token): generate data from a seed, read
 * per-operation call counters, set faults, expire tokens, move orders through their lifecycle, read a listing.
 */
final class AdminApi {
    private final SpApiSimulator sim;

    AdminApi(SpApiSimulator sim) {
        this.sim = sim;
    }

    void handle(HttpExchange http) throws IOException {
        try {
            Exchange ex = new Exchange(http);
            String[] p = ex.path.substring("/_admin/".length()).split("/");
            String action = p[0];
            if ("counters".equals(action) && "GET".equals(ex.method)) {
                ObjectNode n = Exchange.JSON.createObjectNode();
                sim.counters().forEach(n::put);
                ex.sendJson(200, n);
                return;
            }
            if ("faults".equals(action) && "GET".equals(ex.method)) {
                ObjectNode n = Exchange.JSON.createObjectNode();
                sim.faultsInjected().forEach(n::put);
                ex.sendJson(200, n);
                return;
            }
            if ("activity".equals(action) && "GET".equals(ex.method)) {
                ex.sendJson(200, activity());
                return;
            }
            if ("listings".equals(action) && p.length == 3 && "GET".equals(ex.method)) {
                listing(ex, p[1], Exchange.decode(p[2]));
                return;
            }
            if (!"POST".equals(ex.method)) {
                throw new ApiError(405, "MethodNotAllowed", "Use POST");
            }
            switch (action) {
                case "generate" -> {
                    int orders = intParam(ex, "orders", 0);
                    int listings = intParam(ex, "listings", 0);
                    long hours = intParam(ex, "spreadHours", 24);
                    String seller = ex.param("sellerId") == null ? sim.settings.sellerId() : ex.param("sellerId");
                    int[] made = generate(sim, seller, orders, listings, Duration.ofHours(hours));
                    ex.sendJson(200, Exchange.JSON.createObjectNode().put("orders", made[0]).put("listings", made[1]));
                }
                case "faults" -> {
                    sim.faults.set(d(ex, "share429"), d(ex, "share500"), d(ex, "share503"), d(ex, "reset"),
                            d(ex, "malformed"), d(ex, "slow"), (long) d(ex, "slowMillis"));
                    ex.sendJson(200, Exchange.JSON.createObjectNode().put("ok", true));
                }
                case "sellers" -> {
                    String markets = ex.required("marketplaceIds");
                    try {
                        sim.addSeller(ex.required("sellerId"), ex.required("refreshToken"),
                                List.of(markets.split(",")), intParam(ex, "listings", 0));
                    } catch (IllegalArgumentException e) {
                        throw ApiError.invalid(e.getMessage());
                    }
                    ex.sendJson(200, Exchange.JSON.createObjectNode().put("ok", true));
                }
                case "expire-tokens" -> {
                    sim.expireAccessTokens();
                    ex.sendJson(200, Exchange.JSON.createObjectNode().put("ok", true));
                }
                case "reset-buckets" -> {
                    sim.buckets.reset();
                    ex.sendJson(200, Exchange.JSON.createObjectNode().put("ok", true));
                }
                case "orders" -> {
                    if (p.length == 1) {
                        newOrder(ex);
                    } else {
                        order(ex, p);
                    }
                }
                default -> throw ApiError.notFound("Unknown admin action " + action);
            }
        } catch (ApiError e) {
            SpApiSimulator.error(http, e);
        } finally {
            http.close();
        }
    }

    /**
     * When orders last changed, the index lag, and each seller's recent polls (answered first pages of searchOrders
     * by last-updated time): enough for a run to tell that polls have seen everything there is.
     */
    private ObjectNode activity() {
        ObjectNode n = Exchange.JSON.createObjectNode();
        java.time.Instant last = sim.lastOrderChange();
        n.put("now", sim.clock.instant().toString());
        n.put("lastOrderChange", last == null ? null : last.toString());
        n.put("indexLagSeconds", sim.settings.indexLag().toSeconds());
        ObjectNode sellers = n.putObject("polls");
        sim.state.searches.forEach((seller, searches) -> {
            com.fasterxml.jackson.databind.node.ArrayNode a = sellers.putArray(seller);
            synchronized (searches) {
                for (SimState.Search s : searches) {
                    ObjectNode e = a.addObject().put("at", s.at().toString()).put("windowEnd",
                            s.windowEnd().toString());
                    s.marketplaceIds().forEach(e.putArray("marketplaceIds")::add);
                }
            }
        });
        return n;
    }

    /** Adds listings (per marketplace the seller sells in) and orders over them; returns the counts made. */
    static int[] generate(SpApiSimulator sim, String sellerId, int orders, int listings, Duration spread) {
        Instant now = sim.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        synchronized (sim.state.lock) {
            if (listings > 0) {
                for (SimListing l : DataGenerator.listings(sim.settings.seed(), sellerId, sim.marketplacesOf(sellerId),
                        listings, now)) {
                    sim.state.listings.put(SimState.listingKey(sellerId, l.marketplaceId, l.sku), l);
                }
            }
            List<SimListing> all = new java.util.ArrayList<>();
            for (SimListing l : sim.state.listings.values()) {
                if (l.sellerId.equals(sellerId)) {
                    all.add(l);
                }
            }
            long first = 1_000_000L + sim.state.orders.size();
            for (SimOrder o : DataGenerator.orders(sim.settings.seed() + first, sellerId, all, orders, now, spread,
                    first)) {
                sim.state.orders.put(o.orderId, o);
            }
            return new int[] {orders, listings};
        }
    }

    /**
     * One new order (UNSHIPPED, FBM, placed now) for one SKU of a seller in a marketplace. A SKU the seller does not
     * list is ordered as from a listing closed since: the order has it, the listings (and so the live stream) do not.
     */
    private void newOrder(Exchange ex) throws IOException {
        String seller = ex.param("sellerId") == null ? sim.settings.sellerId() : ex.param("sellerId");
        String marketplaceId = ex.required("marketplaceId");
        String sku = ex.required("sku");
        if (!sim.marketplacesOf(seller).contains(marketplaceId)) {
            throw ApiError.invalid("Seller " + seller + " does not sell in " + marketplaceId);
        }
        if (!sku.matches("[A-Za-z0-9._-]{1,40}")) {
            throw ApiError.invalid("sku must be 1 to 40 letters, digits, dots, dashes or underscores");
        }
        Instant now = sim.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        synchronized (sim.state.lock) {
            SimListing listing = sim.state.listings.get(SimState.listingKey(seller, marketplaceId, sku));
            if (listing == null) {
                listing = DataGenerator.listings(sim.settings.seed(), seller, List.of(marketplaceId), 1, now).get(0);
                listing.sku = sku;
                listing.fulfillmentChannel = "DEFAULT";
            }
            long number = 1_000_000L + sim.state.orders.size();
            SimOrder o = DataGenerator.orders(sim.settings.seed() + number, seller, List.of(listing), 1, now,
                    Duration.ZERO, number).get(0);
            o.placeNew("UNSHIPPED", now);
            sim.state.orders.put(o.orderId, o);
            ex.sendJson(200, OrderJson.order(o, OrderJson.DATASETS));
        }
    }

    private void order(Exchange ex, String[] p) throws IOException {
        if (p.length < 3) {
            throw ApiError.notFound("Use /_admin/orders/{orderId}/status or /cancel-item");
        }
        synchronized (sim.state.lock) {
            SimOrder o = sim.state.orders.get(Exchange.decode(p[1]));
            if (o == null) {
                throw ApiError.notFound("Order not found");
            }
            switch (p[2]) {
                case "status" -> {
                    String to = ex.required("to");
                    if (!OrdersApi.STATUSES.contains(to)) {
                        throw ApiError.invalid("Unknown status " + to);
                    }
                    o.status = to;
                    for (SimOrder.SimItem i : o.items) {
                        if ("SHIPPED".equals(to)) {
                            i.quantityShipped = i.quantity - i.quantityCancelled;
                        } else if ("CANCELLED".equals(to)) {
                            i.quantityCancelled = i.quantity - i.quantityShipped;
                            i.cancelReason = "SELLER_CANCELLED";
                        }
                    }
                }
                case "cancel-item" -> {
                    String itemId = ex.required("itemId");
                    SimOrder.SimItem item = o.items.stream().filter(i -> i.orderItemId.equals(itemId)).findFirst()
                            .orElseThrow(() -> ApiError.notFound("Item not found"));
                    item.quantityCancelled = item.quantity - item.quantityShipped;
                    item.buyerRequestedCancel = true;
                    item.cancelReason = "BUYER_CANCELLED";
                    if (o.items.stream().allMatch(i -> i.quantityCancelled >= i.quantity)) {
                        o.status = "CANCELLED";
                    }
                }
                default -> throw ApiError.notFound("Unknown order action " + p[2]);
            }
            o.lastUpdatedTime = sim.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            ex.sendJson(200, OrderJson.order(o, OrderJson.DATASETS));
        }
    }

    private void listing(Exchange ex, String marketplaceId, String sku) throws IOException {
        synchronized (sim.state.lock) {
            String seller = ex.param("sellerId") == null ? sim.settings.sellerId() : ex.param("sellerId");
            SimListing l = sim.state.listings.get(SimState.listingKey(seller, marketplaceId, sku));
            if (l == null) {
                throw ApiError.notFound("Listing not found");
            }
            ObjectNode n = Exchange.JSON.createObjectNode().put("sku", l.sku).put("asin", l.asin)
                    .put("fulfillmentChannel", l.fulfillmentChannel);
            if (l.quantity != null) {
                n.put("quantity", l.quantity);
            }
            if (l.leadTimeDays != null) {
                n.put("leadTimeDays", l.leadTimeDays);
            }
            ex.sendJson(200, n);
        }
    }

    private static int intParam(Exchange ex, String name, int dflt) {
        Integer v = ex.integer(name, 0, 10_000_000);
        return v == null ? dflt : v;
    }

    private static double d(Exchange ex, String name) {
        String v = ex.param(name);
        try {
            return v == null ? 0 : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw ApiError.invalid(name + " must be a number");
        }
    }
}
