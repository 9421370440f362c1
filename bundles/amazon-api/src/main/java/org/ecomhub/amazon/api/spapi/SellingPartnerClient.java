package org.ecomhub.amazon.api.spapi;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.ecomhub.amazon.api.spapi.model.CallCount;
import org.ecomhub.amazon.api.spapi.model.CatalogItem;
import org.ecomhub.amazon.api.spapi.model.Feed;
import org.ecomhub.amazon.api.spapi.model.FeedResult;
import org.ecomhub.amazon.api.spapi.model.FeedSubmission;
import org.ecomhub.amazon.api.spapi.model.InventorySummary;
import org.ecomhub.amazon.api.spapi.model.ListingsFeedMessage;
import org.ecomhub.amazon.api.spapi.model.ListingsItem;
import org.ecomhub.amazon.api.spapi.model.ListingsPage;
import org.ecomhub.amazon.api.spapi.model.ListingsPatch;
import org.ecomhub.amazon.api.spapi.model.ListingsSearch;
import org.ecomhub.amazon.api.spapi.model.ListingsSubmission;
import org.ecomhub.amazon.api.spapi.model.MarketplaceParticipation;
import org.ecomhub.amazon.api.spapi.model.MerchantListingRow;
import org.ecomhub.amazon.api.spapi.model.Order;
import org.ecomhub.amazon.api.spapi.model.OrderPage;
import org.ecomhub.amazon.api.spapi.model.OrderReportRow;
import org.ecomhub.amazon.api.spapi.model.OrderSearch;
import org.ecomhub.amazon.api.spapi.model.Report;
import org.ecomhub.amazon.api.spapi.model.ReportRequest;
import org.ecomhub.amazon.api.spapi.model.ShipmentConfirmation;
import org.osgi.annotation.versioning.ProviderType;

/**
 * SP-API for one seller account in one region. Thread-safe; clients for the same seller, region and application
 * share one LWA token and one set of token buckets (API-01, API-03), whichever store asks. Every method may
 * block while a bucket refills or a retry backs off (time from the Clock service), and throws only
 * {@link SpApiException}s.
 */
@ProviderType
public interface SellingPartnerClient {

    /** The seller (merchant token) this client calls for. */
    String sellerId();

    Region region();

    /**
     * A view of this client whose calls are counted under {@code account} (a store alias, or a poll group for a
     * coalesced poll) for API-07. Buckets, tokens and breakers are shared with this client.
     */
    SellingPartnerClient forAccount(String account);

    // ---- Orders API 2026-01-01 and v0 confirmShipment

    /** One page of searchOrders; pass the previous page's token to continue, same filters (API-04). */
    OrderPage searchOrders(OrderSearch search, String paginationToken);

    /** Every page of searchOrders, one page at a time to {@code pageConsumer}. */
    void searchAllOrders(OrderSearch search, Consumer<OrderPage> pageConsumer);

    /** getOrder (2026-01-01) with items; buyer and recipient only when {@code buyerDetails}. */
    Order getOrder(String orderId, boolean buyerDetails);

    /** Orders v0 confirmShipment (SHIP-01). */
    void confirmShipment(String orderId, ShipmentConfirmation confirmation);

    // ---- Reports 2021-06-30

    /** createReport; returns the report id. */
    String createReport(ReportRequest request);

    Report getReport(String reportId);

    /**
     * Waits until the report finished (API-05: first poll after {@code expected}, then every 60 s, backing off
     * to 5 minutes) and returns it.
     */
    Report awaitReport(String reportId, Duration expected);

    /** Downloads a report document (gunzipped when Amazon says GZIP) as text. */
    String downloadReportDocument(String reportDocumentId);

    /** Parses an orders report (FACTS §12) by header name. */
    List<OrderReportRow> parseOrdersReport(String tsv);

    /** Parses a merchant listings report (FACTS §14) by header name. */
    List<MerchantListingRow> parseMerchantListingsReport(String tsv);

    // ---- Feeds 2021-06-30

    /**
     * The JSON_LISTINGS_FEED submission: createFeedDocument, upload to the presigned URL, createFeed. At most
     * 25,000 messages.
     */
    FeedSubmission submitListingsFeed(List<String> marketplaceIds, List<ListingsFeedMessage> messages);

    Feed getFeed(String feedId);

    /** Waits until the feed finished (API-05 polling) and reads its processing report. */
    FeedResult awaitFeed(String feedId, Duration expected);

    // ---- Catalog, Listings, FBA inventory, Sellers

    /** Catalog items by identifiers, 20 per call, in as many calls as needed. */
    List<CatalogItem> getCatalogItems(String marketplaceId, String identifiersType, List<String> identifiers);

    /** getListingsItem with summaries, offers, fulfillmentAvailability and issues; null when Amazon has none. */
    ListingsItem getListingsItem(String sku, String marketplaceId);

    /** patchListingsItem (productType {@code PRODUCT} unless given). */
    ListingsSubmission patchListingsItem(String sku, String marketplaceId, String productType,
            List<ListingsPatch> patches);

    /** One page of searchListingsItems. */
    ListingsPage searchListingsItems(ListingsSearch search, String pageToken);

    /** Every FBA inventory summary of a marketplace (all pages), changed since {@code since} or all when null. */
    List<InventorySummary> getInventorySummaries(String marketplaceId, Instant since);

    List<MarketplaceParticipation> getMarketplaceParticipations();

    // ---- Accounting and planning (API-07, ETA)

    /** Calls made so far through every view of this client, per account and operation. */
    List<CallCount> callCounts();

    /**
     * How long a planned batch of calls would take under the current buckets (the ETA shown to admins); calls of
     * different operations drain different buckets, so the longest one decides.
     */
    Duration estimate(Map<SpOperation, Integer> plannedCalls);
}
