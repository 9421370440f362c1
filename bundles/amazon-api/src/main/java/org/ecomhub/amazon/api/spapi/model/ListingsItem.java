package org.ecomhub.amazon.api.spapi.model;

import java.time.Instant;
import java.util.List;

/** getListingsItem / searchListingsItems entry with the datasets the connector asks for. */
public record ListingsItem(String sku, List<Summary> summaries, List<Offer> offers,
        List<FulfillmentAvailability> fulfillmentAvailability, List<ListingsIssue> issues) {

    public ListingsItem {
        summaries = summaries == null ? List.of() : List.copyOf(summaries);
        offers = offers == null ? List.of() : List.copyOf(offers);
        fulfillmentAvailability = fulfillmentAvailability == null ? List.of() : List.copyOf(fulfillmentAvailability);
        issues = issues == null ? List.of() : List.copyOf(issues);
    }

    /** Per-marketplace summary: {@code status} holds BUYABLE and/or DISCOVERABLE. */
    public record Summary(String marketplaceId, String asin, String productType, String conditionType,
            List<String> status, String itemName, Instant createdDate, Instant lastUpdatedDate) {
    }

    /** An offer: B2C or B2B price. */
    public record Offer(String marketplaceId, String offerType, Money price) {
    }

    /** Quantity per fulfilment channel ({@code DEFAULT} = merchant); quantity may be null for FBA. */
    public record FulfillmentAvailability(String fulfillmentChannelCode, Integer quantity) {
    }
}
