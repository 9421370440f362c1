package org.ecomhub.spapi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.ecomhub.amazon.api.spapi.ConnectionSettings;
import org.ecomhub.amazon.api.spapi.RefreshToken;
import org.ecomhub.amazon.api.spapi.Region;
import org.ecomhub.amazon.api.spapi.SellingPartnerClient;
import org.ecomhub.amazon.api.spapi.SpApiAuthorizationException;
import org.ecomhub.amazon.api.spapi.SpApiMalformedResponseException;
import org.ecomhub.amazon.api.spapi.SpApiRejectedException;
import org.ecomhub.amazon.api.spapi.SpApiThrottledException;
import org.ecomhub.amazon.api.spapi.SpApiTransientException;
import org.ecomhub.amazon.api.spapi.SpOperation;
import org.ecomhub.amazon.api.spapi.model.CallCount;
import org.ecomhub.amazon.api.spapi.model.CatalogItem;
import org.ecomhub.amazon.api.spapi.model.FeedResult;
import org.ecomhub.amazon.api.spapi.model.FeedSubmission;
import org.ecomhub.amazon.api.spapi.model.InventorySummary;
import org.ecomhub.amazon.api.spapi.model.ListingsFeedMessage;
import org.ecomhub.amazon.api.spapi.model.ListingsItem;
import org.ecomhub.amazon.api.spapi.model.ListingsPage;
import org.ecomhub.amazon.api.spapi.model.ListingsPatch;
import org.ecomhub.amazon.api.spapi.model.ListingsSearch;
import org.ecomhub.amazon.api.spapi.model.ListingsSubmission;
import org.ecomhub.amazon.api.spapi.model.MerchantListingRow;
import org.ecomhub.amazon.api.spapi.model.Order;
import org.ecomhub.amazon.api.spapi.model.OrderPage;
import org.ecomhub.amazon.api.spapi.model.OrderReportRow;
import org.ecomhub.amazon.api.spapi.model.OrderSearch;
import org.ecomhub.amazon.api.spapi.model.Report;
import org.ecomhub.amazon.api.spapi.model.ReportRequest;
import org.ecomhub.amazon.api.spapi.model.ShipmentConfirmation;
import org.ecomhub.spapi.simulator.internal.SimulatorSettings;
import org.ecomhub.spapi.simulator.internal.SpApiSimulator;
import org.ecomhub.testsupport.SteppedClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The connector against the real simulator over loopback HTTP, both on one stepped clock: every wait of the
 * connector moves the clock instead of sleeping, so 429 storms and report delays run in milliseconds.
 */
class ConnectorAgainstSimulatorTest {
    static final String US = "ATVPDKIKX0DER";
    static final String UK = "A1F83G8C2ARO7P";
    static final String SECRET = SimulatorSettings.DEFAULT_CLIENT_SECRET;
    static final String REFRESH = SimulatorSettings.DEFAULT_REFRESH_TOKEN;
    static final String SELLER = SimulatorSettings.DEFAULT_SELLER_ID;

    private final SteppedClock clock = new SteppedClock(Instant.parse("2026-06-01T12:00:00Z"));
    private SpApiSimulator sim;
    private SellingPartnerConnector connector;
    private SellingPartnerClient client;

    @BeforeEach
    void start() throws IOException {
        sim = new SpApiSimulator(SimulatorSettings.defaults(), clock);
        sim.generate(250, 30, Duration.ofHours(48));
        connector = new SellingPartnerConnector(clock, clock::step, () -> 0.5, Duration.ofSeconds(2));
        client = connector.client(SELLER, Region.NA, settings(REFRESH, SECRET));
    }

    @AfterEach
    void stop() {
        connector.close();
        sim.close();
    }

    private ConnectionSettings settings(String refresh, String secret) {
        return new ConnectionSettings(SimulatorSettings.DEFAULT_CLIENT_ID, () -> secret, () -> refresh,
                sim.baseUri(), sim.lwaUri(), "ecomhub-test/1.0 (Language=Java/17)", null);
    }

    private OrderSearch lastTwoDays(boolean buyer) {
        Instant now = clock.instant();
        return OrderSearch.lastUpdated(now.minus(Duration.ofHours(49)), now.minus(Duration.ofMinutes(3)),
                List.of(), buyer);
    }

    private List<Order> allOrders(SellingPartnerClient c, OrderSearch search) {
        List<Order> out = new ArrayList<>();
        c.searchAllOrders(search, page -> out.addAll(page.orders()));
        return out;
    }

    private long count(String operation) {
        return sim.counters().getOrDefault(operation, 0L);
    }

    // ---- API-01 / API-02

    @Test
    @DisplayName("API-01 API-02 API-04: searchOrders pages through every order once, one LWA token for all pages")
    void pagesThroughAllOrders() {
        List<Order> orders = allOrders(client, lastTwoDays(false));
        assertEquals(250, orders.size());
        assertEquals(250, orders.stream().map(Order::orderId).collect(Collectors.toSet()).size(), "no duplicates");
        assertEquals(3, count("searchOrders"), "100 per page");
        assertEquals(1, count("lwa"), "the access token is cached");
        assertTrue(orders.stream().allMatch(o -> !o.items().isEmpty()), "items inline");
    }

    @Test
    @DisplayName("API-04: adjacent windows [a,b) and [b,c) neither skip nor double-count an order at the edge")
    void windowEdges() {
        Instant now = clock.instant();
        Instant a = now.minus(Duration.ofHours(49));
        Instant b = now.minus(Duration.ofHours(20));
        Instant c = now.minus(Duration.ofMinutes(3));
        List<Order> first = allOrders(client, OrderSearch.lastUpdated(a, b, List.of(), false));
        List<Order> second = allOrders(client, OrderSearch.lastUpdated(b, c, List.of(), false));
        Set<String> ids = new HashSet<>();
        first.forEach(o -> ids.add(o.orderId()));
        second.forEach(o -> assertTrue(ids.add(o.orderId()), "order " + o.orderId() + " counted twice"));
        assertEquals(250, ids.size());
        assertTrue(first.stream().allMatch(o -> o.lastUpdatedTime().isBefore(b)));
        assertTrue(second.stream().allMatch(o -> !o.lastUpdatedTime().isBefore(b)));
    }

    @Test
    @DisplayName("ORD-09: buyer and recipient come only when buyer details are asked for; other datasets always")
    void buyerDetailsOnlyWhenAsked() {
        Order without = allOrders(client, lastTwoDays(false)).stream()
                .filter(o -> "UNSHIPPED".equals(o.fulfillmentStatus())).findFirst().orElseThrow();
        assertNull(without.buyer());
        assertNull(without.deliveryAddress());
        assertNotNull(without.grandTotal(), "PROCEEDS is always requested");
        Order with = client.getOrder(without.orderId(), true);
        assertNotNull(with.buyer());
        assertNotNull(with.deliveryAddress());
        assertNotNull(with.buyer().email());
    }

    @Test
    @DisplayName("API-01: an access token that expires mid-run is renewed and the walk completes")
    void tokenExpiryMidRun() {
        List<Order> out = new ArrayList<>();
        client.searchAllOrders(lastTwoDays(false), page -> {
            out.addAll(page.orders());
            sim.expireAccessTokens();
        });
        assertEquals(250, out.size());
        assertEquals(3, count("lwa"), "one renewal after each expiry that a later page met");
    }

    @Test
    @DisplayName("API-01 STORE-07: a revoked refresh token is an authorisation error (re-authorise), no secret in it")
    void invalidGrant() {
        SellingPartnerClient revoked = connector.client("A-OTHER", Region.EU, settings("Atzr|revoked-token", SECRET));
        SpApiAuthorizationException e = assertThrows(SpApiAuthorizationException.class,
                () -> revoked.getOrder("111-1111111-1111111", false));
        assertEquals(SpApiAuthorizationException.Reason.INVALID_GRANT, e.reason());
        assertTrue(e.needsReauthorisation());
        assertFalse(e.getMessage().contains("revoked-token"));
        assertFalse(e.getMessage().contains(SECRET));
        SellingPartnerClient badSecret = connector.client("A-THIRD", Region.FE, settings(REFRESH, "wrong-secret"));
        SpApiAuthorizationException e2 = assertThrows(SpApiAuthorizationException.class,
                () -> badSecret.getMarketplaceParticipations());
        assertEquals(SpApiAuthorizationException.Reason.INVALID_CLIENT, e2.reason());
        assertFalse(e2.getMessage().contains("wrong-secret"));
    }

    @Test
    @DisplayName("STORE-06: consent page redirect, single-use code exchanged for a refresh token that works")
    void authorizationCodeGrant() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        URI redirect = URI.create("https://erp.example/oauth");
        HttpResponse<String> consent = http.send(HttpRequest.newBuilder(sim.baseUri().resolve(
                "/apps/authorize/consent?application_id=" + SimulatorSettings.DEFAULT_APPLICATION_ID
                        + "&state=st-123&redirect_uri=" + redirect)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, consent.statusCode());
        String location = consent.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(redirect.toString()));
        Map<String, String> q = java.util.Arrays.stream(URI.create(location).getQuery().split("&"))
                .map(p -> p.split("=", 2)).collect(Collectors.toMap(p -> p[0], p -> p[1]));
        assertEquals("st-123", q.get("state"));
        assertEquals(SELLER, q.get("selling_partner_id"));
        String code = q.get("spapi_oauth_code");
        ConnectionSettings app = settings(null, SECRET);
        RefreshToken token = connector.exchangeAuthorizationCode(app, code, redirect);
        assertFalse(token.toString().contains(token.value()), "toString hides the token");
        SellingPartnerClient authorised = connector.client(SELLER, Region.EU, settings(token.value(), SECRET));
        assertFalse(authorised.getMarketplaceParticipations().isEmpty());
        SpApiAuthorizationException reused = assertThrows(SpApiAuthorizationException.class,
                () -> connector.exchangeAuthorizationCode(app, code, redirect));
        assertEquals(SpApiAuthorizationException.Reason.INVALID_GRANT, reused.reason());
    }

    // ---- API-03: throttling, faults, breaker

    @Test
    @DisplayName("API-03: the local bucket paces searchOrders at the usage plan: burst 20, then one per ~180 s")
    void bucketPacing() {
        Instant start = clock.instant();
        OrderSearch search = new OrderSearch(clock.instant().minus(Duration.ofHours(49)),
                clock.instant().minus(Duration.ofMinutes(3)), null, null, List.of(), Set.of(), null, 10, false);
        List<Order> out = allOrders(client, search);
        assertEquals(250, out.size());
        assertEquals(25, count("searchOrders"), "no 429 needed: we waited for our own bucket");
        long waited = Duration.between(start, clock.instant()).getSeconds();
        assertTrue(waited >= 5 * 178 && waited <= 5 * 180 + 5, "5 calls beyond the burst, ~178.6 s each: " + waited);
    }

    @Test
    @DisplayName("API-03 API-07: a 429 storm is retried with backoff; the data is complete and every 429 is counted")
    void throttleStorm() {
        sim.faults().set(0.5, 0, 0, 0, 0, 0, 0);
        List<Order> orders = allOrders(client, lastTwoDays(false));
        assertEquals(250, orders.size());
        long throttled = client.callCounts().stream().mapToLong(CallCount::throttled).sum();
        long calls = client.callCounts().stream().filter(c -> c.operation().equals("searchOrders"))
                .mapToLong(CallCount::calls).sum();
        assertTrue(throttled > 0);
        assertEquals(count("searchOrders"), calls, "retries and 429s are calls too");
    }

    @Test
    @DisplayName("API-03: 500s, 503s, resets and malformed bodies are retried and the walk still completes")
    void transientFaults() {
        sim.faults().set(0, 0.15, 0.1, 0.1, 0.1, 0, 0);
        assertEquals(250, allOrders(client, lastTwoDays(false)).size());
    }

    @Test
    @DisplayName("API-01 API-03: LWA 5xx during token renewals are retried; the walk completes")
    void lwaOutages() {
        sim.faults().set(0, 0.3, 0.3, 0, 0, 0, 0);
        List<Order> out = new ArrayList<>();
        client.searchAllOrders(lastTwoDays(false), page -> {
            out.addAll(page.orders());
            sim.expireAccessTokens();
        });
        assertEquals(250, out.size());
        assertTrue(client.callCounts().stream().filter(c -> c.operation().equals("lwa")).mapToLong(CallCount::calls)
                .sum() >= 3);
    }

    @Test
    @DisplayName("API-03: slow replies time out and are retried, never a hang")
    void slowReplies() {
        sim.faults().set(0, 0, 0, 0, 0, 0.3, 3000);
        assertEquals(250, allOrders(client, lastTwoDays(false)).size());
    }

    @Test
    @DisplayName("API-03: persistent 429s end in a throttled error, persistent 5xx in a transient error and an open breaker")
    void persistentFailures() {
        sim.faults().set(1.0, 0, 0, 0, 0, 0, 0);
        assertThrows(SpApiThrottledException.class, () -> client.getOrder("111-1111111-1111111", false));
        sim.faults().set(0, 1.0, 0, 0, 0, 0, 0);
        SpApiTransientException e = assertThrows(SpApiTransientException.class,
                () -> client.getMarketplaceParticipations());
        assertEquals(500, e.status());
        long before = count("getMarketplaceParticipations");
        SpApiTransientException open = assertThrows(SpApiTransientException.class,
                () -> client.getMarketplaceParticipations());
        assertTrue(open.getMessage().contains("circuit breaker"));
        assertEquals(before, count("getMarketplaceParticipations"), "an open breaker sends nothing");
        sim.faults().clear();
        clock.step(Duration.ofMinutes(2));
        assertFalse(client.getMarketplaceParticipations().isEmpty(), "half-open trial succeeds and closes it");
    }

    @Test
    @DisplayName("API-03: malformed JSON that never heals is a malformed-response error")
    void alwaysMalformed() {
        sim.faults().set(0, 0, 0, 0, 1.0, 0, 0);
        assertThrows(SpApiMalformedResponseException.class, () -> client.searchOrders(lastTwoDays(false), null));
    }

    @Test
    @DisplayName("API-03: Amazon's rejection carries its code and message (Before within 2 minutes of now)")
    void rejectionSurfacesAmazonError() {
        Instant now = clock.instant();
        SpApiRejectedException e = assertThrows(SpApiRejectedException.class, () -> client.searchOrders(
                OrderSearch.lastUpdated(now.minus(Duration.ofHours(1)), now.minus(Duration.ofSeconds(30)), List.of(),
                        false), null));
        assertEquals(400, e.status());
        assertEquals("InvalidInput", e.code());
        assertTrue(e.getMessage().contains("2 minutes"));
        SpApiRejectedException notFound = assertThrows(SpApiRejectedException.class,
                () -> client.getOrder("999-9999999-9999999", false));
        assertEquals(404, notFound.status());
    }

    @Test
    @DisplayName("API-04: a changed filter with a pagination token is rejected like Amazon does")
    void tokenWithChangedFilters() {
        OrderPage first = client.searchOrders(lastTwoDays(false), null);
        assertNotNull(first.nextToken());
        Instant now = clock.instant();
        OrderSearch other = OrderSearch.lastUpdated(now.minus(Duration.ofHours(30)), now.minus(Duration.ofMinutes(3)),
                List.of(), false);
        assertThrows(SpApiRejectedException.class, () -> client.searchOrders(other, first.nextToken()));
    }

    @Test
    @DisplayName("API-04: a pagination token older than 24 h is rejected; the caller restarts the window")
    void staleToken() {
        OrderPage first = client.searchOrders(lastTwoDays(false), null);
        OrderSearch same = lastTwoDays(false);
        clock.step(Duration.ofHours(25));
        SpApiRejectedException e = assertThrows(SpApiRejectedException.class,
                () -> client.searchOrders(same, first.nextToken()));
        assertEquals("InvalidInput", e.code());
    }

    @Test
    @DisplayName("API-04: what Amazon would reject is refused before sending (axes, >50 marketplaces, page size, feed size)")
    void refusedBeforeSending() {
        Instant now = clock.instant();
        List<String> many = java.util.Collections.nCopies(51, US);
        assertThrows(IllegalArgumentException.class, () -> new OrderSearch(now.minusSeconds(3600), null, null,
                now.minusSeconds(600), List.of(), Set.of(), null, 100, false));
        assertThrows(IllegalArgumentException.class, () -> OrderSearch.lastUpdated(now.minusSeconds(3600), null, many,
                false));
        assertThrows(IllegalArgumentException.class, () -> new OrderSearch(now.minusSeconds(3600), null, null, null,
                List.of(), Set.of(), null, 101, false));
        List<ListingsFeedMessage> tooMany = java.util.Collections.nCopies(25_001,
                ListingsFeedMessage.merchantStock("SIM-0001", 1, null));
        assertThrows(IllegalArgumentException.class, () -> client.submitListingsFeed(List.of(US), tooMany));
        assertEquals(0, count("searchOrders") + count("createFeedDocument"));
    }

    @Test
    @DisplayName("STORE-06: an OAuth code older than 5 minutes is refused as invalid_grant")
    void staleCode() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String location = http.send(HttpRequest.newBuilder(sim.baseUri().resolve("/apps/authorize/consent?application_id="
                + SimulatorSettings.DEFAULT_APPLICATION_ID + "&state=s")).build(), HttpResponse.BodyHandlers.ofString())
                .headers().firstValue("Location").orElseThrow();
        String code = location.substring(location.indexOf("spapi_oauth_code=") + "spapi_oauth_code=".length());
        clock.step(Duration.ofMinutes(6));
        SpApiAuthorizationException e = assertThrows(SpApiAuthorizationException.class,
                () -> connector.exchangeAuthorizationCode(settings(null, SECRET), code, null));
        assertEquals(SpApiAuthorizationException.Reason.INVALID_GRANT, e.reason());
    }

    // ---- API-07 accounting and ETA

    @Test
    @DisplayName("API-07: calls are counted per account and operation; LWA and transfers apart")
    void callAccounting() {
        SellingPartnerClient store = client.forAccount("SHOP1");
        SellingPartnerClient group = client.forAccount("group:" + SELLER + "/NA");
        store.getMarketplaceParticipations();
        group.searchOrders(lastTwoDays(false), null);
        group.searchOrders(lastTwoDays(false), null);
        List<CallCount> counts = client.callCounts();
        assertTrue(counts.contains(new CallCount("SHOP1", "getMarketplaceParticipations", 1, 0)));
        assertTrue(counts.contains(new CallCount("group:" + SELLER + "/NA", "searchOrders", 2, 0)));
        assertTrue(counts.contains(new CallCount("lwa", "lwa", 1, 0)));
    }

    @Test
    @DisplayName("API-03: the ETA of a planned batch follows the buckets (20 searchOrders free, then ~180 s each)")
    void estimate() {
        assertEquals(Duration.ZERO, client.estimate(Map.of(SpOperation.SEARCH_ORDERS, 20)));
        long seconds = client.estimate(Map.of(SpOperation.SEARCH_ORDERS, 30, SpOperation.GET_ORDER, 30)).getSeconds();
        assertTrue(seconds >= 1780 && seconds <= 1790, "10 beyond the burst at 0.0056/s: " + seconds);
    }

    // ---- orders v0 shipment

    @Test
    @DisplayName("SHIP-01: confirmShipment ships an FBM order; confirming it again is rejected by Amazon")
    void confirmShipment() {
        Order fbm = allOrders(client, lastTwoDays(false)).stream()
                .filter(o -> "MERCHANT".equals(o.fulfilledBy()) && "UNSHIPPED".equals(o.fulfillmentStatus()))
                .findFirst().orElseThrow();
        List<ShipmentConfirmation.Line> lines = fbm.items().stream()
                .map(i -> new ShipmentConfirmation.Line(i.orderItemId(), i.quantityOrdered())).toList();
        ShipmentConfirmation c = new ShipmentConfirmation(fbm.marketplaceId(), "1", "Other", "Local Couriers",
                "Standard", "TRACK123", clock.instant().minus(Duration.ofMinutes(10)), lines);
        client.confirmShipment(fbm.orderId(), c);
        assertEquals("SHIPPED", client.getOrder(fbm.orderId(), false).fulfillmentStatus());
        SpApiRejectedException again = assertThrows(SpApiRejectedException.class,
                () -> client.confirmShipment(fbm.orderId(), c));
        assertEquals(400, again.status());
    }

    // ---- API-05 reports and feeds

    @Test
    @DisplayName("API-05: the orders report is created, polled on the clock, downloaded (GZIP) and parsed by header")
    void ordersReport() {
        Instant now = clock.instant();
        String id = client.createReport(new ReportRequest(ReportRequest.ORDERS_BY_LAST_UPDATE, List.of(US),
                now.minus(Duration.ofHours(49)), now.minus(Duration.ofMinutes(3)), null));
        Report report = client.awaitReport(id, null);
        assertEquals("DONE", report.processingStatus());
        assertTrue(Duration.between(now, clock.instant()).compareTo(Duration.ofMinutes(5)) >= 0,
                "first poll after the expected 5 minutes");
        assertTrue(count("getReport") <= 2, "no busy polling: " + count("getReport"));
        List<OrderReportRow> rows = client.parseOrdersReport(client.downloadReportDocument(report.reportDocumentId()));
        List<Order> usOrders = allOrders(client, OrderSearch.lastUpdated(now.minus(Duration.ofHours(49)),
                now.minus(Duration.ofMinutes(3)), List.of(US), false));
        assertEquals(usOrders.stream().mapToInt(o -> o.items().size()).sum(), rows.size(), "one row per item");
        assertEquals(usOrders.stream().map(Order::orderId).collect(Collectors.toSet()),
                rows.stream().map(OrderReportRow::amazonOrderId).collect(Collectors.toSet()));
    }

    @Test
    @DisplayName("API-05: the merchant listings report enumerates every listing of a marketplace")
    void listingsReport() {
        String id = client.createReport(new ReportRequest(ReportRequest.MERCHANT_LISTINGS, List.of(UK), null, null, null));
        Report report = client.awaitReport(id, Duration.ofMinutes(5));
        List<MerchantListingRow> rows = client.parseMerchantListingsReport(
                client.downloadReportDocument(report.reportDocumentId()));
        assertEquals(30, rows.size());
        assertEquals(24, rows.stream().filter(MerchantListingRow::merchantFulfilled).count(), "every 5th is FBA");
    }

    @Test
    @DisplayName("API-05 STK-01: a JSON_LISTINGS_FEED changes stock; a bad SKU comes back as a per-message error")
    void listingsFeed() throws Exception {
        List<ListingsFeedMessage> messages = List.of(ListingsFeedMessage.merchantStock("SIM-0001", 7, null),
                ListingsFeedMessage.merchantStock("SIM-0002", null, 5),
                ListingsFeedMessage.merchantStock("NO-SUCH-SKU", 3, null));
        FeedSubmission submission = client.submitListingsFeed(List.of(US), messages);
        assertEquals(3, submission.messages());
        FeedResult result = client.awaitFeed(submission.feedId(), null);
        assertEquals("DONE", result.feed().processingStatus());
        assertEquals(3, result.report().messagesProcessed());
        assertEquals(2, result.report().messagesAccepted());
        assertEquals(1, result.report().issues().size());
        assertEquals("NO-SUCH-SKU", result.report().issues().get(0).sku());
        assertEquals(3, result.report().issues().get(0).messageId());
        ListingsItem one = client.getListingsItem("SIM-0001", US);
        assertEquals(7, one.fulfillmentAvailability().get(0).quantity());
        String two = admin("/_admin/listings/" + US + "/SIM-0002");
        assertTrue(two.contains("\"leadTimeDays\":5"), "merge kept the quantity and set the handling time: " + two);
        assertTrue(client.callCounts().stream().anyMatch(c -> c.operation().equals(CallLedger.TRANSFER)),
                "the upload and the report download are counted as transfers");
    }

    @Test
    @DisplayName("API-05 API-03: the 6th JSON_LISTINGS_FEED within 5 minutes gets 429s; the connector backs off until the window passes")
    void sixthListingsFeed() {
        List<ListingsFeedMessage> one = List.of(ListingsFeedMessage.merchantStock("SIM-0001", 1, null));
        Instant start = clock.instant();
        for (int i = 0; i < 5; i++) {
            client.submitListingsFeed(List.of(US), one);
        }
        FeedSubmission sixth = client.submitListingsFeed(List.of(US), one);
        assertNotNull(sixth.feedId());
        assertTrue(!clock.instant().isBefore(start.plus(Duration.ofMinutes(5))), "sent only after the 5-minute window");
        assertTrue(client.callCounts().stream().anyMatch(c -> c.operation().equals("createFeed") && c.throttled() > 0));
    }

    // ---- catalog, listings, FBA, sellers

    @Test
    @DisplayName("DATA-01: catalog look-up of 25 ASINs takes two calls of at most 20 identifiers")
    void catalogBatches() {
        List<String> asins = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            asins.add(String.format("B0SIM%05d", i));
        }
        List<CatalogItem> items = client.getCatalogItems(US, "ASIN", asins);
        assertEquals(25, items.size());
        assertEquals(2, count("searchCatalogItems"));
        assertEquals("Simco", items.get(0).brand());
    }

    @Test
    @DisplayName("LIST-03 API-04: patch the handling time alone; search listings pages with URL-encoded tokens")
    void listingsPatchAndSearch() throws Exception {
        ListingsSubmission s = client.patchListingsItem("SIM-0003", US, null,
                List.of(ListingsPatch.merchantStock(null, 4)));
        assertTrue(s.accepted());
        assertTrue(admin("/_admin/listings/" + US + "/SIM-0003").contains("\"leadTimeDays\":4"));
        List<ListingsItem> all = new ArrayList<>();
        String token = null;
        do {
            ListingsPage page = client.searchListingsItems(new ListingsSearch(US, null, List.of(), 20), token);
            all.addAll(page.items());
            token = page.nextToken();
        } while (token != null);
        assertEquals(30, all.size());
        assertEquals(1, client.searchListingsItems(new ListingsSearch(US, "SKU", List.of("SIM-0004"), 20), null)
                .items().size());
        assertNull(client.getListingsItem("NOPE", US));
    }

    @Test
    @DisplayName("FBA-01: FBA inventory summaries of a marketplace, every page")
    void fbaInventory() {
        List<InventorySummary> fba = client.getInventorySummaries(UK, null);
        assertEquals(6, fba.size());
        assertTrue(fba.stream().allMatch(i -> i.fulfillableQuantity() != null));
    }

    private String admin(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(sim.baseUri().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
