package org.ecomhub.spapi.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import org.ecomhub.amazon.api.spapi.SpApiMalformedResponseException;
import org.ecomhub.amazon.api.spapi.model.Buyer;
import org.ecomhub.amazon.api.spapi.model.CatalogItem;
import org.ecomhub.amazon.api.spapi.model.DeliveryAddress;
import org.ecomhub.amazon.api.spapi.model.Feed;
import org.ecomhub.amazon.api.spapi.model.FeedResult;
import org.ecomhub.amazon.api.spapi.model.InventorySummary;
import org.ecomhub.amazon.api.spapi.model.ListingsIssue;
import org.ecomhub.amazon.api.spapi.model.ListingsItem;
import org.ecomhub.amazon.api.spapi.model.ListingsSubmission;
import org.ecomhub.amazon.api.spapi.model.MarketplaceParticipation;
import org.ecomhub.amazon.api.spapi.model.Money;
import org.ecomhub.amazon.api.spapi.model.Order;
import org.ecomhub.amazon.api.spapi.model.OrderItem;
import org.ecomhub.amazon.api.spapi.model.ProceedsBreakdown;
import org.ecomhub.amazon.api.spapi.model.Report;

/**
 * Amazon JSON → wire records. Tolerant: unknown fields are ignored, missing optional fields become null or empty;
 * a missing required field is a {@link SpApiMalformedResponseException}.
 */
final class JsonReaders {
    private JsonReaders() {
    }

    static Order order(JsonNode o) {
        String sellerOrderId = null;
        for (JsonNode alias : o.path("orderAliases")) {
            if ("SELLER_ORDER_ID".equals(alias.path("aliasType").asText())) {
                sellerOrderId = text(alias, "aliasId");
            }
        }
        JsonNode fulfillment = o.path("fulfillment");
        JsonNode proceeds = o.path("proceeds");
        return new Order(required(o, "orderId", "searchOrders"), sellerOrderId, instant(o, "createdTime"),
                instant(o, "lastUpdatedTime"), text(o.path("salesChannel"), "marketplaceId"),
                text(o.path("salesChannel"), "channelName"), strings(o.path("programs")),
                text(fulfillment, "fulfillmentStatus"), text(fulfillment, "fulfilledBy"),
                text(fulfillment, "fulfillmentServiceLevel"), money(proceeds.path("grandTotal")),
                list(proceeds.path("breakdowns"), JsonReaders::breakdown), buyer(o.path("buyer")),
                address(o.path("recipient").path("deliveryAddress")), list(o, "orderItems", JsonReaders::item));
    }

    static OrderItem item(JsonNode i) {
        JsonNode product = i.path("product");
        JsonNode fulfillment = i.path("fulfillment");
        List<String> promotionIds = new ArrayList<>();
        for (JsonNode p : i.path("promotion").path("breakdowns")) {
            if (p.hasNonNull("promotionId")) {
                promotionIds.add(p.get("promotionId").asText());
            }
        }
        List<OrderItem.TaxCollection> collections = list(i.path("tax").path("taxCollections"),
                t -> new OrderItem.TaxCollection(text(t, "model"), text(t, "responsibleParty")));
        JsonNode cancellation = i.path("cancellation");
        OrderItem.ItemCancellation cancel = null;
        if (cancellation.isObject() && (cancellation.has("cancellationRequest") || cancellation.has("cancellationExecution"))) {
            cancel = new OrderItem.ItemCancellation(text(cancellation.path("cancellationRequest"), "requester"),
                    text(cancellation.path("cancellationRequest"), "cancelReason"),
                    text(cancellation.path("cancellationExecution"), "cancelledBy"),
                    text(cancellation.path("cancellationExecution"), "cancelReason"));
        }
        String itemId = required(i, "orderItemId", "order item");
        Integer quantity = integer(i, "quantityOrdered");
        if (quantity == null) {
            throw new SpApiMalformedResponseException("order item", "order item lacks required field quantityOrdered",
                    null);
        }
        return new OrderItem(itemId, quantity,
                text(product, "asin"), text(product, "sellerSku"), text(product, "title"),
                text(product.path("condition"), "conditionType"), money(product.path("price").path("unitPrice")),
                text(product.path("price"), "priceDesignation"), integer(fulfillment, "quantityFulfilled"),
                integer(fulfillment, "quantityUnfulfilled"), money(i.path("proceeds").path("proceedsTotal")),
                list(i.path("proceeds").path("breakdowns"), JsonReaders::breakdown), promotionIds, collections, cancel);
    }

    static ProceedsBreakdown breakdown(JsonNode b) {
        return new ProceedsBreakdown(text(b, "type"), text(b, "status"), money(b.path("subtotal")),
                list(b.path("detailedBreakdowns"), d -> new ProceedsBreakdown.Detail(text(d, "subtype"),
                        money(d.path("value")))));
    }

    static Buyer buyer(JsonNode b) {
        if (!b.isObject()) {
            return null;
        }
        return new Buyer(text(b, "buyerName"), text(b, "buyerEmail"), text(b, "buyerCompanyName"),
                text(b, "buyerPurchaseOrderNumber"));
    }

    static DeliveryAddress address(JsonNode a) {
        if (!a.isObject()) {
            return null;
        }
        return new DeliveryAddress(text(a, "name"), text(a, "companyName"), text(a, "addressLine1"),
                text(a, "addressLine2"), text(a, "addressLine3"), text(a, "city"), text(a, "districtOrCounty"),
                text(a, "stateOrRegion"), text(a, "municipality"), text(a, "postalCode"), text(a, "countryCode"),
                text(a, "phone"), text(a, "addressType"));
    }

    static Report report(JsonNode r) {
        return new Report(required(r, "reportId", "getReport"), text(r, "reportType"),
                required(r, "processingStatus", "getReport"), instant(r, "createdTime"),
                instant(r, "processingStartTime"), instant(r, "processingEndTime"), instant(r, "dataStartTime"),
                instant(r, "dataEndTime"), text(r, "reportDocumentId"));
    }

    static Feed feed(JsonNode f) {
        return new Feed(required(f, "feedId", "getFeed"), text(f, "feedType"), required(f, "processingStatus", "getFeed"),
                instant(f, "createdTime"), instant(f, "processingStartTime"), instant(f, "processingEndTime"),
                text(f, "resultFeedDocumentId"));
    }

    static FeedResult.ProcessingReport processingReport(JsonNode r) {
        JsonNode s = r.path("summary");
        return new FeedResult.ProcessingReport(s.path("messagesProcessed").asInt(), s.path("messagesAccepted").asInt(),
                s.path("messagesInvalid").asInt(), s.path("errors").asInt(), s.path("warnings").asInt(),
                list(r.path("issues"), i -> new FeedResult.Issue(integer(i, "messageId"), text(i, "sku"),
                        text(i, "code"), text(i, "severity"), text(i, "message"), text(i, "attributeName"))));
    }

    static CatalogItem catalogItem(JsonNode c, String marketplaceId) {
        JsonNode summary = null;
        for (JsonNode s : c.path("summaries")) {
            if (summary == null || marketplaceId.equals(s.path("marketplaceId").asText())) {
                summary = s;
            }
        }
        String productType = null;
        for (JsonNode p : c.path("productTypes")) {
            if (productType == null || marketplaceId.equals(p.path("marketplaceId").asText())) {
                productType = text(p, "productType");
            }
        }
        List<CatalogItem.Identifier> ids = new ArrayList<>();
        for (JsonNode byMarketplace : c.path("identifiers")) {
            for (JsonNode id : byMarketplace.path("identifiers")) {
                ids.add(new CatalogItem.Identifier(text(id, "identifierType"), text(id, "identifier")));
            }
        }
        JsonNode s = summary == null ? c.path("none") : summary;
        return new CatalogItem(required(c, "asin", "catalog item"), text(s, "marketplaceId"), text(s, "itemName"),
                text(s, "brand"), text(s, "manufacturer"), productType, ids);
    }

    static ListingsItem listingsItem(JsonNode l) {
        List<ListingsItem.Summary> summaries = list(l.path("summaries"), s -> new ListingsItem.Summary(
                text(s, "marketplaceId"), text(s, "asin"), text(s, "productType"), text(s, "conditionType"),
                strings(s.path("status")), text(s, "itemName"), instant(s, "createdDate"),
                instant(s, "lastUpdatedDate")));
        List<ListingsItem.Offer> offers = list(l.path("offers"), o -> new ListingsItem.Offer(text(o, "marketplaceId"),
                text(o, "offerType"), offerPrice(o.path("price"))));
        List<ListingsItem.FulfillmentAvailability> availability = list(l.path("fulfillmentAvailability"),
                f -> new ListingsItem.FulfillmentAvailability(text(f, "fulfillmentChannelCode"), integer(f, "quantity")));
        return new ListingsItem(required(l, "sku", "listings item"), summaries, offers, availability,
                list(l.path("issues"), JsonReaders::issue));
    }

    static ListingsIssue issue(JsonNode i) {
        return new ListingsIssue(text(i, "code"), text(i, "message"), text(i, "severity"),
                strings(i.path("attributeNames")));
    }

    static ListingsSubmission submission(JsonNode s) {
        return new ListingsSubmission(text(s, "sku"), required(s, "status", "patchListingsItem"),
                text(s, "submissionId"), list(s.path("issues"), JsonReaders::issue));
    }

    static InventorySummary inventory(JsonNode i) {
        JsonNode details = i.path("inventoryDetails");
        return new InventorySummary(text(i, "asin"), text(i, "fnSku"), text(i, "sellerSku"), text(i, "condition"),
                text(i, "productName"), i.path("totalQuantity").asInt(0), integer(details, "fulfillableQuantity"),
                instant(i, "lastUpdatedTime"));
    }

    static MarketplaceParticipation participation(JsonNode p) {
        JsonNode m = p.path("marketplace");
        JsonNode part = p.path("participation");
        return new MarketplaceParticipation(required(m, "id", "marketplace"), text(m, "name"), text(m, "countryCode"),
                text(m, "defaultCurrencyCode"), text(m, "defaultLanguageCode"), text(m, "domainName"),
                part.path("isParticipating").asBoolean(false), part.path("hasSuspendedListings").asBoolean(false),
                text(p, "storeName"));
    }

    /** Amazon's Money: {@code {"amount":"11.01","currencyCode":"USD"}}; also the v0 spelling. */
    static Money money(JsonNode m) {
        if (m == null || !m.isObject()) {
            return null;
        }
        JsonNode amount = m.has("amount") ? m.get("amount") : m.get("Amount");
        JsonNode currency = m.has("currencyCode") ? m.get("currencyCode") : m.get("CurrencyCode");
        if (amount == null || currency == null || amount.isNull()) {
            return null;
        }
        return new Money(decimal(amount.asText()), currency.asText());
    }

    /** No price or quantity has more digits than this on either side of the point: a bound against absurd exponents. */
    static final int MAX_DIGITS = 20;

    /**
     * An amount as Amazon's Decimal string. An exponent like {@code 1e999999999} reads as a BigDecimal but no price
     * has it, and rounding or printing it later would take the process down: refused here, by name.
     */
    static BigDecimal decimal(String text) {
        BigDecimal d;
        try {
            d = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new SpApiMalformedResponseException("money", "amount '" + shortened(text) + "' is not a decimal",
                    null);
        }
        if (d.precision() - d.scale() > MAX_DIGITS || d.scale() > MAX_DIGITS) {
            throw new SpApiMalformedResponseException("money", "amount '" + shortened(text)
                    + "' is out of the range of any price", null);
        }
        return d;
    }

    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    /** Listings offer price: {@code {"currencyCode":"USD","amount":"9.99"}} (amount may be a JSON number). */
    private static Money offerPrice(JsonNode p) {
        if (!p.isObject() || !p.has("amount")) {
            return null;
        }
        return new Money(decimal(p.get("amount").asText()), p.path("currencyCode").asText(""));
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** A whole number, also as a numeric string; null when absent; anything else is a malformed reply. */
    static Integer integer(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isIntegralNumber() && v.canConvertToInt()) {
            return v.intValue();
        }
        if (v.isTextual()) {
            try {
                return Integer.valueOf(v.asText().trim());
            } catch (NumberFormatException e) {
                // falls through to the error below
            }
        }
        throw new SpApiMalformedResponseException(field, field + " is not a whole number: "
                + shortened(v.toString()), null);
    }

    static Instant instant(JsonNode node, String field) {
        String t = text(node, field);
        if (t == null || t.isBlank()) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(t);
            } catch (DateTimeParseException e2) {
                throw new SpApiMalformedResponseException(field, field + " is not an ISO 8601 date-time", null);
            }
        }
    }

    static String required(JsonNode node, String field, String what) {
        String v = text(node, field);
        if (v == null) {
            throw new SpApiMalformedResponseException(what, what + " lacks required field " + field, null);
        }
        return v;
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            out.add(n.asText());
        }
        return out;
    }

    /** A list field: absent or null is empty; a field that is not a list is a malformed reply. */
    static <T> List<T> list(JsonNode node, String field, Function<JsonNode, T> mapper) {
        JsonNode v = node.get(field);
        if (v != null && !v.isNull() && !v.isArray()) {
            throw new SpApiMalformedResponseException(field, field + " is not a list", null);
        }
        return list(v, mapper);
    }

    static <T> List<T> list(JsonNode array, Function<JsonNode, T> mapper) {
        List<T> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            for (JsonNode n : array) {
                out.add(mapper.apply(n));
            }
        }
        return out;
    }
}
