package org.ecomhub.spapi.simulator.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Listings Items 2021-08-01, Catalog Items 2022-04-01, FBA Inventory v1 and Sellers v1 over the listings state. */
final class ListingsApi {
    static final Set<String> LISTING_DATA = Set.of("summaries", "attributes", "issues", "offers",
            "fulfillmentAvailability", "procurement", "relationships", "productTypes");
    static final Set<String> CATALOG_DATA = Set.of("attributes", "classifications", "dimensions", "identifiers",
            "images", "productTypes", "relationships", "salesRanks", "summaries", "vendorDetails");
    static final int SEARCH_LIMIT = 1000;
    static final Duration FBA_TOKEN_LIFE = Duration.ofSeconds(30);
    private final SpApiSimulator sim;

    ListingsApi(SpApiSimulator sim) {
        this.sim = sim;
    }

    // ---- listings

    void get(Exchange ex, SpApiSimulator.Caller caller) throws IOException {
        ex.allowOnly("marketplaceIds", "issueLocale", "includedData");
        String sellerId = ex.segment(3);
        String sku = ex.segment(4);
        checkSeller(sellerId, caller);
        List<String> marketplaces = ex.csv("marketplaceIds");
        if (marketplaces.size() != 1) {
            throw ApiError.invalid("marketplaceIds must hold exactly one marketplace id");
        }
        Markets.require(marketplaces.get(0));
        List<String> included = ex.csvOf("includedData", LISTING_DATA.toArray(String[]::new));
        ObjectNode body;
        synchronized (sim.state.lock) {
            SimListing l = sim.state.listings.get(SimState.listingKey(sellerId, marketplaces.get(0), sku));
            if (l == null) {
                throw ApiError.notFound("SKU " + sku + " not found for marketplace " + marketplaces.get(0));
            }
            body = listing(l, included.isEmpty() ? List.of("summaries") : included);
        }
        ex.sendJson(200, body);
    }

    void patch(Exchange ex, SpApiSimulator.Caller caller) throws IOException {
        ex.allowOnly("marketplaceIds", "includedData", "mode", "issueLocale");
        String sellerId = ex.segment(3);
        String sku = ex.segment(4);
        checkSeller(sellerId, caller);
        List<String> marketplaces = ex.csv("marketplaceIds");
        if (marketplaces.isEmpty()) {
            throw ApiError.invalid("Missing required parameter: marketplaceIds");
        }
        marketplaces.forEach(Markets::require);
        String mode = ex.param("mode");
        if (mode != null && !"VALIDATION_PREVIEW".equals(mode)) {
            throw ApiError.invalid("Invalid mode: " + mode);
        }
        JsonNode body = ex.json();
        if (OrdersApi.text(body, "productType") == null || !body.path("patches").isArray()
                || body.path("patches").isEmpty()) {
            throw ApiError.invalid("productType and at least one patch are required");
        }
        ObjectNode reply = Exchange.JSON.createObjectNode().put("sku", sku);
        ArrayNode issues = Exchange.JSON.createArrayNode();
        synchronized (sim.state.lock) {
            String error = null;
            List<SimListing> targets = new ArrayList<>();
            for (String m : marketplaces) {
                SimListing l = sim.state.listings.get(SimState.listingKey(sellerId, m, sku));
                if (l == null) {
                    error = "SKU " + sku + " does not exist in marketplace " + m;
                } else {
                    targets.add(l);
                }
            }
            if (error == null) {
                for (SimListing l : targets) {
                    SimListing copy = "VALIDATION_PREVIEW".equals(mode) ? copy(l) : l;
                    error = applyPatches(copy, body.get("patches"), sim.clock.instant());
                    if (error != null) {
                        break;
                    }
                }
            }
            if (error != null) {
                issues.addObject().put("code", "4000001").put("message", error).put("severity", "ERROR")
                        .putArray("categories").add("INVALID_ATTRIBUTE");
                reply.put("status", "INVALID");
            } else {
                reply.put("status", "VALIDATION_PREVIEW".equals(mode) ? "VALID" : "ACCEPTED");
            }
        }
        reply.put("submissionId", sim.state.nextId("sub"));
        reply.set("issues", issues);
        ex.sendJson(200, reply);
    }

    private static SimListing copy(SimListing l) {
        SimListing c = new SimListing();
        c.quantity = l.quantity;
        c.leadTimeDays = l.leadTimeDays;
        c.fulfillmentChannel = l.fulfillmentChannel;
        return c;
    }

    /**
     * Applies listings patches (only {@code /attributes/fulfillment_availability} changes state here). Returns an
     * error message, or null when every patch is valid.
     */
    static String applyPatches(SimListing l, JsonNode patches, Instant now) {
        for (JsonNode p : patches) {
            String op = p.path("op").asText();
            String path = p.path("path").asText();
            if (!Set.of("add", "replace", "merge", "delete").contains(op) || !path.startsWith("/attributes/")
                    || path.substring(12).contains("/")) {
                return "Invalid patch: op " + op + " path " + path;
            }
            if (!"/attributes/fulfillment_availability".equals(path)) {
                continue;
            }
            JsonNode value = p.path("value");
            if (!value.isArray() || value.isEmpty()) {
                return "fulfillment_availability needs a value";
            }
            for (JsonNode member : value) {
                String channel = member.path("fulfillment_channel_code").asText(null);
                if (channel == null) {
                    return "fulfillment_channel_code is required";
                }
                if (!"DEFAULT".equals(channel)) {
                    return "quantities of Amazon-fulfilled listings cannot be set";
                }
                if (!"DEFAULT".equals(l.fulfillmentChannel)) {
                    return "this SKU is fulfilled by Amazon";
                }
                JsonNode q = member.get("quantity");
                JsonNode lead = member.get("lead_time_to_ship_max_days");
                if (q != null && (!q.canConvertToInt() || q.asInt() < 0)) {
                    return "quantity must be an integer >= 0";
                }
                if (lead != null && (!lead.canConvertToInt() || lead.asInt() < 0 || lead.asInt() > 30)) {
                    return "lead_time_to_ship_max_days must be an integer 0..30";
                }
                if ("merge".equals(op)) {
                    if (q != null) {
                        l.quantity = q.asInt();
                    }
                    if (lead != null) {
                        l.leadTimeDays = lead.asInt();
                    }
                } else {
                    // replace swaps the whole value: members not given are gone
                    l.quantity = q == null ? null : q.asInt();
                    l.leadTimeDays = lead == null ? null : lead.asInt();
                }
            }
            l.updated = now;
        }
        return null;
    }

    void search(Exchange ex, SpApiSimulator.Caller caller) throws IOException {
        ex.allowOnly("marketplaceIds", "issueLocale", "includedData", "identifiers", "identifiersType",
                "variationParentSku", "packageHierarchySku", "createdAfter", "createdBefore", "lastUpdatedAfter",
                "lastUpdatedBefore", "withIssueSeverity", "withStatus", "withoutStatus", "sortBy", "sortOrder",
                "pageSize", "pageToken");
        String sellerId = ex.segment(3);
        checkSeller(sellerId, caller);
        List<String> marketplaces = ex.csv("marketplaceIds");
        if (marketplaces.size() != 1) {
            throw ApiError.invalid("marketplaceIds must hold exactly one marketplace id");
        }
        Markets.require(marketplaces.get(0));
        List<String> identifiers = ex.csv("identifiers");
        String type = ex.param("identifiersType");
        if (identifiers.size() > 20) {
            throw ApiError.invalid("identifiers accepts at most 20 values");
        }
        if (!identifiers.isEmpty() && type == null) {
            throw ApiError.invalid("identifiersType is required with identifiers");
        }
        if (type != null && !Set.of("ASIN", "EAN", "FNSKU", "GTIN", "ISBN", "JAN", "MINSAN", "SKU", "UPC").contains(type)) {
            throw ApiError.invalid("Invalid identifiersType: " + type);
        }
        Integer size = ex.integer("pageSize", 1, 20);
        int pageSize = size == null ? 10 : size;
        List<String> included = ex.csvOf("includedData", LISTING_DATA.toArray(String[]::new));
        String filters = marketplaces + "|" + identifiers + "|" + type + "|" + sellerId;
        String token = ex.param("pageToken");
        ObjectNode body = Exchange.JSON.createObjectNode();
        synchronized (sim.state.lock) {
            List<String> keys;
            int offset = 0;
            if (token != null) {
                SimState.PageToken page = sim.state.pageTokens.get(token);
                if (page == null || !page.operation().equals("searchListingsItems") || !page.filters().equals(filters)) {
                    throw ApiError.invalid("Invalid pageToken");
                }
                keys = page.ids();
                offset = page.offset();
            } else {
                keys = new ArrayList<>();
                for (SimListing l : sim.state.listingsOf(sellerId, marketplaces.get(0))) {
                    if (identifiers.isEmpty() || identifiers.contains(identifierOf(l, type))) {
                        keys.add(SimState.listingKey(sellerId, l.marketplaceId, l.sku));
                    }
                }
            }
            if (offset + pageSize > SEARCH_LIMIT && offset < keys.size()) {
                throw ApiError.invalid("Results beyond the first 1000 cannot be paged; use a report");
            }
            int end = Math.min(keys.size(), offset + pageSize);
            ArrayNode items = body.put("numberOfResults", keys.size()).putArray("items");
            for (String k : keys.subList(offset, end)) {
                items.add(listing(sim.state.listings.get(k), included.isEmpty() ? List.of("summaries") : included));
            }
            if (end < keys.size() && end < SEARCH_LIMIT) {
                String next = sim.state.nextId("lt") + "==";
                sim.state.pageTokens.put(next, new SimState.PageToken("searchListingsItems", filters,
                        sim.clock.instant(), keys, end));
                body.putObject("pagination").put("nextToken", next);
            }
        }
        ex.sendJson(200, body);
    }

    private static String identifierOf(SimListing l, String type) {
        return switch (type) {
            case "SKU" -> l.sku;
            case "ASIN" -> l.asin;
            case "EAN", "GTIN" -> l.ean;
            default -> "";
        };
    }

    private ObjectNode listing(SimListing l, List<String> included) {
        ObjectNode n = Exchange.JSON.createObjectNode().put("sku", l.sku);
        if (included.contains("summaries")) {
            ObjectNode s = n.putArray("summaries").addObject();
            s.put("marketplaceId", l.marketplaceId).put("asin", l.asin).put("productType", l.productType)
                    .put("conditionType", "new_new");
            ArrayNode status = s.putArray("status");
            boolean available = l.quantity != null && l.quantity > 0 || l.fbaFulfillable > 0;
            status.add("DISCOVERABLE");
            if (available) {
                status.add("BUYABLE");
            }
            s.put("itemName", l.title).put("createdDate", OrderJson.time(l.created))
                    .put("lastUpdatedDate", OrderJson.time(l.updated));
        }
        if (included.contains("offers")) {
            ObjectNode o = n.putArray("offers").addObject().put("marketplaceId", l.marketplaceId).put("offerType", "B2C");
            o.set("price", OrderJson.money(l.price, l.currency));
        }
        if (included.contains("fulfillmentAvailability")) {
            ObjectNode f = n.putArray("fulfillmentAvailability").addObject()
                    .put("fulfillmentChannelCode", l.fulfillmentChannel);
            if (l.quantity != null) {
                f.put("quantity", l.quantity);
            }
        }
        if (included.contains("issues")) {
            n.putArray("issues");
        }
        if (included.contains("attributes")) {
            ObjectNode a = n.putObject("attributes");
            if ("DEFAULT".equals(l.fulfillmentChannel)) {
                ObjectNode fa = a.putArray("fulfillment_availability").addObject()
                        .put("fulfillment_channel_code", "DEFAULT");
                if (l.quantity != null) {
                    fa.put("quantity", l.quantity);
                }
                if (l.leadTimeDays != null) {
                    fa.put("lead_time_to_ship_max_days", l.leadTimeDays);
                }
            }
        }
        return n;
    }

    private static void checkSeller(String sellerId, SpApiSimulator.Caller caller) {
        if (!sellerId.equals(caller.sellerId())) {
            throw new ApiError(403, "Unauthorized", "Access to requested resource is denied.",
                    "The sellerId does not match the authorised selling partner");
        }
    }

    // ---- catalog

    void searchCatalog(Exchange ex, SpApiSimulator.Caller caller) throws IOException {
        ex.allowOnly("identifiers", "identifiersType", "marketplaceIds", "includedData", "locale", "sellerId",
                "keywords", "brandNames", "classificationIds", "pageSize", "pageToken", "keywordsLocale");
        List<String> marketplaces = ex.csv("marketplaceIds");
        if (marketplaces.size() != 1) {
            throw ApiError.invalid("marketplaceIds must hold exactly one marketplace id");
        }
        Markets.require(marketplaces.get(0));
        List<String> identifiers = ex.csv("identifiers");
        List<String> keywords = ex.csv("keywords");
        if (identifiers.isEmpty() == keywords.isEmpty()) {
            throw ApiError.invalid("Exactly one of identifiers and keywords is required");
        }
        if (identifiers.size() > 20 || keywords.size() > 20) {
            throw ApiError.invalid("identifiers and keywords accept at most 20 values");
        }
        String type = ex.param("identifiersType");
        if (!identifiers.isEmpty()) {
            if (type == null || !Set.of("ASIN", "EAN", "GTIN", "ISBN", "JAN", "MINSAN", "SKU", "UPC").contains(type)) {
                throw ApiError.invalid("A valid identifiersType is required with identifiers");
            }
            if ("SKU".equals(type) && !caller.sellerId().equals(ex.param("sellerId"))) {
                throw ApiError.invalid("sellerId is required when identifiersType is SKU");
            }
        }
        Integer size = ex.integer("pageSize", 1, 20);
        List<String> included = ex.csvOf("includedData", CATALOG_DATA.toArray(String[]::new));
        ObjectNode body = Exchange.JSON.createObjectNode();
        ArrayNode items = Exchange.JSON.createArrayNode();
        synchronized (sim.state.lock) {
            Set<String> seen = new java.util.HashSet<>();
            for (SimListing l : sim.state.listingsOf(caller.sellerId(), marketplaces.get(0))) {
                boolean hit = identifiers.isEmpty()
                        ? keywords.stream().anyMatch(k -> l.title.toLowerCase().contains(k.toLowerCase()))
                        : identifiers.contains(identifierOf(l, type));
                if (hit && seen.add(l.asin) && items.size() < (size == null ? 20 : Math.max(size, identifiers.size()))) {
                    items.add(catalogItem(l, included.isEmpty() ? List.of("summaries") : included));
                }
            }
        }
        body.put("numberOfResults", items.size());
        body.set("items", items);
        ex.sendJson(200, body);
    }

    void getCatalogItem(Exchange ex, SpApiSimulator.Caller caller) throws IOException {
        ex.allowOnly("marketplaceIds", "includedData", "locale");
        String asin = ex.segment(3);
        List<String> marketplaces = ex.csv("marketplaceIds");
        if (marketplaces.isEmpty()) {
            throw ApiError.invalid("Missing required parameter: marketplaceIds");
        }
        marketplaces.forEach(Markets::require);
        List<String> included = ex.csvOf("includedData", CATALOG_DATA.toArray(String[]::new));
        synchronized (sim.state.lock) {
            for (SimListing l : sim.state.listings.values()) {
                if (l.asin.equals(asin) && marketplaces.contains(l.marketplaceId)) {
                    ex.sendJson(200, catalogItem(l, included.isEmpty() ? List.of("summaries") : included));
                    return;
                }
            }
        }
        throw ApiError.notFound("Requested item '" + asin + "' not found in marketplace " + marketplaces);
    }

    private static ObjectNode catalogItem(SimListing l, List<String> included) {
        ObjectNode n = Exchange.JSON.createObjectNode().put("asin", l.asin);
        if (included.contains("summaries")) {
            n.putArray("summaries").addObject().put("marketplaceId", l.marketplaceId).put("brand", l.brand)
                    .put("itemName", l.title).put("manufacturer", l.brand);
        }
        if (included.contains("identifiers")) {
            ObjectNode byMarket = n.putArray("identifiers").addObject().put("marketplaceId", l.marketplaceId);
            byMarket.putArray("identifiers").addObject().put("identifierType", "EAN").put("identifier", l.ean);
        }
        if (included.contains("productTypes")) {
            n.putArray("productTypes").addObject().put("marketplaceId", l.marketplaceId).put("productType", "HOME");
        }
        return n;
    }

    // ---- FBA inventory

    void inventory(Exchange ex, SpApiSimulator.Caller caller) throws IOException {
        ex.allowOnly("details", "granularityType", "granularityId", "startDateTime", "sellerSkus", "sellerSku",
                "nextToken", "marketplaceIds");
        if (!"Marketplace".equals(ex.param("granularityType"))) {
            throw ApiError.invalid("granularityType must be Marketplace");
        }
        String granularityId = ex.required("granularityId");
        List<String> marketplaces = ex.csv("marketplaceIds");
        if (marketplaces.size() != 1 || !marketplaces.get(0).equals(granularityId)) {
            throw ApiError.invalid("marketplaceIds must hold exactly the granularityId marketplace");
        }
        Markets.require(granularityId);
        List<String> skus = ex.csv("sellerSkus");
        if (skus.size() > 50) {
            throw ApiError.invalid("sellerSkus accepts at most 50 values");
        }
        Instant since = ex.instant("startDateTime");
        Instant now = sim.clock.instant();
        if (since != null && since.isBefore(now.minus(Duration.ofDays(548)))) {
            throw ApiError.invalid("startDateTime cannot be more than 18 months in the past");
        }
        boolean details = "true".equals(ex.param("details"));
        String token = ex.param("nextToken");
        String filters = granularityId + "|" + skus + "|" + since + "|" + caller.sellerId();
        ObjectNode body = Exchange.JSON.createObjectNode();
        synchronized (sim.state.lock) {
            List<String> keys;
            int offset = 0;
            if (token != null) {
                SimState.PageToken page = sim.state.pageTokens.get(token);
                if (page == null || !page.filters().equals(filters) || now.isAfter(page.issued().plus(FBA_TOKEN_LIFE))) {
                    throw ApiError.invalid("Invalid or expired nextToken");
                }
                keys = page.ids();
                offset = page.offset();
            } else {
                keys = new ArrayList<>();
                for (SimListing l : sim.state.listingsOf(caller.sellerId(), granularityId)) {
                    if (!"DEFAULT".equals(l.fulfillmentChannel) && (since != null || skus.isEmpty()
                            || skus.contains(l.sku)) && (since == null || !l.updated.isBefore(since))) {
                        keys.add(SimState.listingKey(l.sellerId, l.marketplaceId, l.sku));
                    }
                }
            }
            ObjectNode payload = body.putObject("payload");
            payload.putObject("granularity").put("granularityType", "Marketplace").put("granularityId", granularityId);
            ArrayNode list = payload.putArray("inventorySummaries");
            int end = Math.min(keys.size(), offset + 50);
            for (String k : keys.subList(offset, end)) {
                SimListing l = sim.state.listings.get(k);
                ObjectNode s = list.addObject().put("asin", l.asin).put("fnSku", "X00" + l.asin.substring(5))
                        .put("sellerSku", l.sku).put("condition", "NewItem");
                if (details) {
                    s.putObject("inventoryDetails").put("fulfillableQuantity", l.fbaFulfillable)
                            .put("inboundWorkingQuantity", 0).put("inboundShippedQuantity", l.fbaInbound)
                            .put("inboundReceivingQuantity", 0);
                }
                s.put("lastUpdatedTime", OrderJson.time(l.updated)).put("productName", l.title)
                        .put("totalQuantity", l.fbaFulfillable + l.fbaInbound);
            }
            if (end < keys.size()) {
                String next = sim.state.nextId("fba") + "/x";
                sim.state.pageTokens.put(next, new SimState.PageToken("getInventorySummaries", filters, now, keys, end));
                body.putObject("pagination").put("nextToken", next);
            }
        }
        ex.sendJson(200, body);
    }

    // ---- sellers

    void participations(Exchange ex, SpApiSimulator.Caller caller) throws IOException {
        ex.allowOnly();
        ObjectNode body = Exchange.JSON.createObjectNode();
        ArrayNode payload = body.putArray("payload");
        for (String id : sim.marketplacesOf(caller.sellerId())) {
            Markets.Market m = Markets.require(id);
            ObjectNode p = payload.addObject();
            p.putObject("marketplace").put("id", m.id()).put("name", m.name()).put("countryCode", m.country())
                    .put("defaultCurrencyCode", m.currency()).put("defaultLanguageCode", m.language())
                    .put("domainName", "www." + m.domain());
            p.putObject("participation").put("isParticipating", true).put("hasSuspendedListings", false);
            p.put("storeName", "Simulated Store");
        }
        ex.sendJson(200, body);
    }
}
