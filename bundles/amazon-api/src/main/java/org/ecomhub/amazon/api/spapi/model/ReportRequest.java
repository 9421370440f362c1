package org.ecomhub.amazon.api.spapi.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** createReport body: report type, at most 25 marketplaces, optional data range and options. */
public record ReportRequest(String reportType, List<String> marketplaceIds, Instant dataStartTime,
        Instant dataEndTime, Map<String, String> reportOptions) {

    /** Orders report by last update (FACTS §12). */
    public static final String ORDERS_BY_LAST_UPDATE = "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL";
    /** Orders report by order date. */
    public static final String ORDERS_BY_ORDER_DATE = "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL";
    /** Merchant listings report (FACTS §14). */
    public static final String MERCHANT_LISTINGS = "GET_MERCHANT_LISTINGS_ALL_DATA";

    public ReportRequest {
        marketplaceIds = List.copyOf(marketplaceIds);
        reportOptions = reportOptions == null ? Map.of() : Map.copyOf(reportOptions);
        if (marketplaceIds.isEmpty() || marketplaceIds.size() > 25) {
            throw new IllegalArgumentException("a report needs 1..25 marketplace ids");
        }
    }
}
