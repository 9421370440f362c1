package org.ecomhub.spapi.simulator.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A strict SP-API on a real HTTP server bound to loopback: Amazon's paths and JSON, LWA, consent page, usage plans,
 * Amazon's rejections, fault injection, admin endpoint under {@code /_admin}. Time comes from the given Clock.
 */
public final class SpApiSimulator implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SpApiSimulator.class);

    /** Who is calling: from the access token. */
    record Caller(String sellerId, String clientId) {
    }

    @FunctionalInterface
    interface Handler {
        void handle(Exchange ex, Caller caller) throws IOException;
    }

    private record Route(String method, Pattern path, String operation, Handler handler) {
    }

    final SimulatorSettings settings;
    final Clock clock;
    final SimState state = new SimState();
    final Faults faults;
    final TokenBuckets buckets;
    private final List<Route> routes = new ArrayList<>();
    private final HttpServer server;
    private final ExecutorService executor;
    private final LwaEndpoints lwa;
    private final SandboxExamples sandbox;
    private final LiveOrders live;

    public SpApiSimulator(SimulatorSettings settings, Clock clock) throws IOException {
        this.settings = settings;
        this.clock = clock;
        this.faults = new Faults(settings.seed());
        this.buckets = new TokenBuckets(clock, settings.rateMultiplier());
        state.refreshTokens.put(settings.refreshToken(), settings.sellerId());
        state.sellerMarketplaces.put(settings.sellerId(), settings.marketplaceIds());
        this.sandbox = SandboxExamples.load();
        this.live = new LiveOrders(this);
        this.lwa = new LwaEndpoints(this);
        OrdersApi orders = new OrdersApi(this);
        ReportsApi reports = new ReportsApi(this);
        FeedsApi feeds = new FeedsApi(this);
        ListingsApi listings = new ListingsApi(this);
        route("GET", "/orders/2026-01-01/orders", "searchOrders", orders::search);
        route("GET", "/orders/2026-01-01/orders/[^/]+", "getOrder", orders::get);
        route("POST", "/orders/v0/orders/[^/]+/shipmentConfirmation", "confirmShipment", orders::confirmShipment);
        route("POST", "/reports/2021-06-30/reports", "createReport", reports::create);
        route("GET", "/reports/2021-06-30/reports/[^/]+", "getReport", reports::get);
        route("GET", "/reports/2021-06-30/documents/[^/]+", "getReportDocument", reports::document);
        route("POST", "/feeds/2021-06-30/documents", "createFeedDocument", feeds::createDocument);
        route("POST", "/feeds/2021-06-30/feeds", "createFeed", feeds::create);
        route("GET", "/feeds/2021-06-30/feeds/[^/]+", "getFeed", feeds::get);
        route("GET", "/feeds/2021-06-30/documents/[^/]+", "getFeedDocument", feeds::document);
        route("GET", "/catalog/2022-04-01/items", "searchCatalogItems", listings::searchCatalog);
        route("GET", "/catalog/2022-04-01/items/[^/]+", "getCatalogItem", listings::getCatalogItem);
        route("GET", "/listings/2021-08-01/items/[^/]+/[^/]+", "getListingsItem", listings::get);
        route("PATCH", "/listings/2021-08-01/items/[^/]+/[^/]+", "patchListingsItem", listings::patch);
        route("GET", "/listings/2021-08-01/items/[^/]+", "searchListingsItems", listings::search);
        route("GET", "/fba/inventory/v1/summaries", "getInventorySummaries", listings::inventory);
        route("GET", "/sellers/v1/marketplaceParticipations", "getMarketplaceParticipations", listings::participations);

        server = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 50);
        executor = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "spapi-simulator");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::dispatch);
        AdminApi admin = new AdminApi(this);
        server.createContext("/_admin/", admin::handle);
        server.createContext("/_documents/", feeds::serveDocument);
        server.createContext("/auth/o2/token", lwa::token);
        server.createContext("/apps/authorize/consent", lwa::consent);
        server.start();
        LOG.info("SP-API simulator listening on {}", baseUri());
    }

    private void route(String method, String regex, String operation, Handler handler) {
        routes.add(new Route(method, Pattern.compile(regex), operation, handler));
    }

    /** http://127.0.0.1:port — the SP-API endpoint override. */
    public URI baseUri() {
        return URI.create("http://" + settings.host() + ":" + server.getAddress().getPort());
    }

    /** The LWA token URL override. */
    public URI lwaUri() {
        return baseUri().resolve("/auth/o2/token");
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Generates orders and listings deterministically (also reachable as POST /_admin/generate). */
    public void generate(int orders, int listingsPerMarketplace, Duration spread) {
        AdminApi.generate(this, settings.sellerId(), orders, listingsPerMarketplace, spread);
    }

    /**
     * Registers another seller account: its refresh token (LWA gives it access tokens for that seller), the
     * marketplaces it sells in (getMarketplaceParticipations, live orders) and {@code listings} listings in each.
     * Also POST /_admin/sellers.
     *
     * @throws IllegalArgumentException for a malformed seller id or token, an unknown marketplace, or a refresh token
     *                                  that already belongs to another seller
     */
    public void addSeller(String sellerId, String refreshToken, List<String> marketplaceIds, int listings) {
        if (sellerId == null || !sellerId.matches("[A-Z0-9]{8,20}")) {
            throw new IllegalArgumentException("sellerId must be 8 to 20 capital letters or digits");
        }
        if (refreshToken == null || !refreshToken.startsWith("Atzr|") || refreshToken.length() < 8) {
            throw new IllegalArgumentException("refreshToken must look like Atzr|...");
        }
        if (marketplaceIds.isEmpty()) {
            throw new IllegalArgumentException("at least one marketplace id is required");
        }
        for (String id : marketplaceIds) {
            if (!Markets.known(id)) {
                throw new IllegalArgumentException("unknown marketplace id " + id);
            }
        }
        String owner = state.refreshTokens.get(refreshToken);
        if (owner != null && !owner.equals(sellerId)) {
            throw new IllegalArgumentException("the refresh token belongs to another seller");
        }
        state.refreshTokens.put(refreshToken, sellerId);
        state.sellerMarketplaces.put(sellerId, List.copyOf(marketplaceIds));
        AdminApi.generate(this, sellerId, 0, listings, Duration.ZERO);
    }

    /** The marketplaces a seller sells in; the settings' marketplaces for a seller nobody registered. */
    List<String> marketplacesOf(String sellerId) {
        return state.sellerMarketplaces.getOrDefault(sellerId, settings.marketplaceIds());
    }

    /** Faults injected so far per kind (also GET /_admin/faults). */
    public java.util.Map<String, Long> faultsInjected() {
        return faults.injected();
    }

    /** The latest lastUpdatedTime of any order, after bringing the live stream up to now; null without orders. */
    public java.time.Instant lastOrderChange() {
        live.advance();
        synchronized (state.lock) {
            return state.orders.values().stream().map(o -> o.lastUpdatedTime).max(java.util.Comparator.naturalOrder())
                    .orElse(null);
        }
    }

    /** Starts a live stream of new orders (0 = off) that move through their lifecycle on the clock. */
    public void liveOrders(double ordersPerHour) {
        live.advance(); // orders due under the old rate exist before the new rate starts
        live.start(ordersPerHour);
    }

    public Faults faults() {
        return faults;
    }

    /** Calls served per operation (also GET /_admin/counters). */
    public java.util.Map<String, Long> counters() {
        java.util.Map<String, Long> out = new java.util.TreeMap<>();
        state.counters.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    /** Makes every issued access token expire now (token expiry mid-run). */
    public void expireAccessTokens() {
        state.accessTokens.replaceAll((k, g) -> new SimState.AccessGrant(g.sellerId(), g.clientId(), clock.instant()));
    }

    private void dispatch(HttpExchange http) throws IOException {
        try {
            live.advance();
            Exchange ex;
            try {
                ex = new Exchange(http);
            } catch (ApiError e) {
                error(http, e);
                return;
            }
            Route route = null;
            for (Route r : routes) {
                if (r.method.equals(ex.method) && r.path.matcher(ex.path).matches()) {
                    route = r;
                    break;
                }
            }
            java.util.Optional<SandboxExamples.Hit> example = sandbox.match(ex);
            if (route == null && example.isEmpty()) {
                error(http, new ApiError(404, "NotFound", "Resource not found"));
                return;
            }
            String operation = route != null ? route.operation : example.get().operationId();
            state.count(operation);
            try {
                Caller caller = authorise(ex);
                if (!buckets.take(caller.sellerId(), caller.clientId(), operation)) {
                    throttled(http, operation);
                    return;
                }
                if (inject(http, operation)) {
                    return;
                }
                http.getResponseHeaders().set("x-amzn-RateLimit-Limit", rateHeader(operation));
                if (example.isPresent()) {
                    // Amazon's sandbox trigger values answer with the model's example
                    ex.send(example.get().status(), "application/json",
                            Exchange.JSON.writeValueAsBytes(example.get().response()));
                    return;
                }
                route.handler.handle(ex, caller);
            } catch (ApiError e) {
                error(http, e);
            }
        } catch (RuntimeException e) {
            LOG.warn("simulator bug on {} {}", http.getRequestMethod(), http.getRequestURI().getPath(), e);
            error(http, new ApiError(500, "InternalFailure", "We encountered an internal error. Please try again."));
        } finally {
            http.close();
        }
    }

    private Caller authorise(Exchange ex) {
        String token = ex.header("x-amz-access-token");
        if (token == null || token.isBlank()) {
            throw new ApiError(403, "Unauthorized", "Access to requested resource is denied.",
                    "The request has no x-amz-access-token header");
        }
        SimState.AccessGrant grant = state.accessTokens.get(token);
        if (grant == null) {
            throw new ApiError(403, "Unauthorized", "Access to requested resource is denied.",
                    "The access token you provided is revoked, malformed or invalid.");
        }
        if (!clock.instant().isBefore(grant.expires())) {
            throw new ApiError(403, "Unauthorized", "Access to requested resource is denied.",
                    "The access token you provided has expired.");
        }
        String agent = ex.header("user-agent");
        if (agent == null || agent.isBlank() || agent.length() > 500) {
            throw ApiError.invalid("A user-agent header of at most 500 characters is required");
        }
        return new Caller(grant.sellerId(), grant.clientId());
    }

    private boolean inject(HttpExchange http, String operation) throws IOException {
        long delay = faults.delayMillis();
        if (delay > 0) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        switch (faults.next()) {
            case THROTTLE -> throttled(http, operation);
            case ERROR_500 -> error(http, new ApiError(500, "InternalFailure",
                    "We encountered an internal error. Please try again."));
            case ERROR_503 -> error(http, new ApiError(503, "ServiceUnavailable",
                    "Service temporarily unavailable. Please try again."));
            case RESET -> {
                // close the connection without a reply: the client sees a reset / unexpected end of stream
                http.getResponseBody().close();
                http.close();
            }
            case MALFORMED -> {
                byte[] broken = "{\"orders\":[{\"orderId\":\"".getBytes(java.nio.charset.StandardCharsets.UTF_8);
                http.getResponseHeaders().set("Content-Type", "application/json");
                http.sendResponseHeaders(200, broken.length);
                http.getResponseBody().write(broken);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private String rateHeader(String operation) {
        return Double.toString(buckets.rate(operation));
    }

    private void throttled(HttpExchange http, String operation) throws IOException {
        http.getResponseHeaders().set("x-amzn-RateLimit-Limit", rateHeader(operation));
        error(http, new ApiError(429, "QuotaExceeded", "You exceeded your quota for the requested resource."));
    }

    static void error(HttpExchange http, ApiError e) throws IOException {
        ObjectNode body = Exchange.JSON.createObjectNode();
        ObjectNode err = body.putArray("errors").addObject().put("code", e.code).put("message", e.getMessage());
        if (e.details != null) {
            err.put("details", e.details);
        }
        byte[] bytes = Exchange.JSON.writeValueAsBytes(body);
        http.getResponseHeaders().set("Content-Type", "application/json");
        http.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        http.sendResponseHeaders(e.status, bytes.length);
        http.getResponseBody().write(bytes);
        http.getResponseBody().close();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
