package org.ecomhub.amazon.api.spapi;

import java.util.Arrays;
import java.util.Optional;

/**
 * The SP-API operations the connector calls, with the default usage plan from Amazon's models (FACTS §4):
 * {@code rate} requests per second refill and {@code burst} bucket size. A seller and application pair may get
 * more; the {@code x-amzn-RateLimit-Limit} header tells.
 */
public enum SpOperation {
    SEARCH_ORDERS("searchOrders", 0.0056, 20),
    GET_ORDER("getOrder", 0.5, 30),
    CONFIRM_SHIPMENT("confirmShipment", 2, 10),
    CREATE_REPORT("createReport", 0.0167, 15),
    GET_REPORT("getReport", 2, 15),
    GET_REPORTS("getReports", 0.0222, 10),
    GET_REPORT_DOCUMENT("getReportDocument", 0.0167, 15),
    CREATE_FEED_DOCUMENT("createFeedDocument", 0.5, 15),
    CREATE_FEED("createFeed", 0.0083, 15),
    GET_FEED("getFeed", 2, 15),
    GET_FEED_DOCUMENT("getFeedDocument", 0.0222, 10),
    SEARCH_CATALOG_ITEMS("searchCatalogItems", 2, 2),
    GET_CATALOG_ITEM("getCatalogItem", 2, 2),
    GET_LISTINGS_ITEM("getListingsItem", 5, 10),
    PATCH_LISTINGS_ITEM("patchListingsItem", 5, 5),
    SEARCH_LISTINGS_ITEMS("searchListingsItems", 5, 5),
    GET_INVENTORY_SUMMARIES("getInventorySummaries", 2, 2),
    GET_MARKETPLACE_PARTICIPATIONS("getMarketplaceParticipations", 0.016, 15);

    private final String operationId;
    private final double rate;
    private final int burst;

    SpOperation(String operationId, double rate, int burst) {
        this.operationId = operationId;
        this.rate = rate;
        this.burst = burst;
    }

    /** Amazon's operation id, e.g. {@code searchOrders}. */
    public String operationId() {
        return operationId;
    }

    /** Default rate of the published usage plan, requests per second. */
    public double defaultRate() {
        return rate;
    }

    /** Default burst of the published usage plan. */
    public int defaultBurst() {
        return burst;
    }

    public static Optional<SpOperation> byOperationId(String id) {
        return Arrays.stream(values()).filter(o -> o.operationId.equals(id)).findFirst();
    }
}
