package org.ecomhub.spapi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.ecomhub.amazon.api.spapi.model.CatalogItem;
import org.ecomhub.amazon.api.spapi.model.Feed;
import org.ecomhub.amazon.api.spapi.model.ListingsItem;
import org.ecomhub.amazon.api.spapi.model.ListingsSubmission;
import org.ecomhub.amazon.api.spapi.model.MarketplaceParticipation;
import org.ecomhub.amazon.api.spapi.model.Order;
import org.ecomhub.amazon.api.spapi.model.OrderItem;
import org.ecomhub.amazon.api.spapi.model.Report;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Amazon's own sandbox examples (x-amzn-api-sandbox in the copied models, src/test/resources/sp-api) parsed into
 * the values they hold.
 */
class ContractExamplesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode example(String model, String path, String method, String status, int index) throws IOException {
        try (InputStream in = ContractExamplesTest.class.getResourceAsStream("/sp-api/models/" + model + ".json")) {
            JsonNode root = JSON.readTree(in);
            return root.path("paths").path(path).path(method).path("responses").path(status)
                    .path("x-amzn-api-sandbox").path("static").get(index).path("response");
        }
    }

    @Test
    @DisplayName("API-04: searchOrders sandbox example: orders, items inline, money exact, next page token")
    void searchOrders() throws IOException {
        JsonNode body = example("orders-2026-01-01", "/orders/2026-01-01/orders", "get", "200", 0);
        List<Order> orders = JsonReaders.list(body.get("orders"), JsonReaders::order);
        assertEquals("2YgYW55IGNhcm5hbCBwbGVhc3VyZS4", body.path("pagination").path("nextToken").asText());
        Order o = orders.get(0);
        assertEquals("250-1234567-8901234", o.orderId());
        assertEquals("JP-ORDER-2024-001", o.sellerOrderId());
        assertEquals(Instant.parse("2024-12-25T06:45:00Z"), o.lastUpdatedTime());
        assertEquals("A1VC38T7YXB528", o.marketplaceId());
        assertEquals("SHIPPED", o.fulfillmentStatus());
        assertEquals("AMAZON", o.fulfilledBy());
        assertEquals(new BigDecimal("19940"), o.grandTotal().amount());
        assertEquals("JPY", o.grandTotal().currencyCode());
        assertEquals(2, o.items().size());
        OrderItem second = o.items().get(1);
        assertEquals("FIRE-TV-4K-MAX-JP", second.sellerSku());
        assertEquals(2, second.quantityOrdered());
        assertEquals(new BigDecimal("6980"), second.unitPrice().amount(), "unit price, not the line total");
        assertEquals(new BigDecimal("13960"), second.proceedsTotal().amount());
        assertEquals(List.of("JP-WINTER-SALE-2024"), o.items().get(0).promotionIds());
        assertNotNull(o.buyer());
        assertFalse(o.toString().contains("John Smith"), "buyer details never in toString (ORD-09)");
    }

    @Test
    @DisplayName("API-04: getOrder sandbox examples: TAX dataset with facilitator marker, buyer and address")
    void getOrder() throws IOException {
        for (int i = 0; i < 3; i++) {
            JsonNode body = example("orders-2026-01-01", "/orders/2026-01-01/orders/{orderId}", "get", "200", i);
            Order o = JsonReaders.order(body.get("order"));
            assertNotNull(o.orderId());
            assertFalse(o.items().isEmpty());
            for (OrderItem item : o.items()) {
                assertNotNull(item.orderItemId());
                if (item.unitPrice() != null) {
                    assertTrue(item.unitPrice().amount().signum() >= 0);
                }
            }
        }
        Order brazil = JsonReaders.order(example("orders-2026-01-01", "/orders/2026-01-01/orders/{orderId}", "get",
                "200", 0).get("order"));
        assertEquals("171-9876543-2109876", brazil.orderId());
        assertEquals("Maria Silva Santos", brazil.buyer().name());
        assertEquals("SP", brazil.deliveryAddress().stateOrRegion());
        assertFalse(brazil.deliveryAddress().toString().contains("Rua das Flores"));
    }

    @Test
    @DisplayName("API-03: Amazon's sandbox 400 body is read into code and message")
    void errorBody() throws IOException {
        JsonNode body = example("orders-2026-01-01", "/orders/2026-01-01/orders/{orderId}", "get", "400", 0);
        assertEquals("InvalidInput", body.path("errors").get(0).path("code").asText());
    }

    @Test
    @DisplayName("API-05: getReport and getFeed sandbox examples")
    void reportAndFeed() throws IOException {
        Report r = JsonReaders.report(example("reports-2021-06-30", "/reports/2021-06-30/reports/{reportId}", "get",
                "200", 0));
        assertEquals("ReportId1", r.reportId());
        assertEquals("IN_PROGRESS", r.processingStatus());
        assertFalse(r.finished());
        assertNull(r.reportDocumentId());
        Feed f = JsonReaders.feed(example("feeds-2021-06-30", "/feeds/2021-06-30/feeds/{feedId}", "get", "200", 0));
        assertEquals("CANCELLED", f.processingStatus());
        assertTrue(f.finished());
    }

    @Test
    @DisplayName("API-02: listings, catalog and sellers sandbox examples")
    void listingsCatalogSellers() throws IOException {
        ListingsItem item = JsonReaders.listingsItem(example("listings-items-2021-08-01",
                "/listings/2021-08-01/items/{sellerId}/{sku}", "get", "200", 0));
        assertEquals("GM-ZDPI-9B4E", item.sku());
        assertEquals("LUGGAGE", item.summaries().get(0).productType());
        assertEquals(List.of("BUYABLE"), item.summaries().get(0).status());
        ListingsSubmission invalid = JsonReaders.submission(example("listings-items-2021-08-01",
                "/listings/2021-08-01/items/{sellerId}/{sku}", "patch", "200", 2));
        assertEquals("INVALID", invalid.status());
        assertFalse(invalid.accepted());
        assertEquals(List.of("fake_attribute"), invalid.issues().get(0).attributeNames());
        CatalogItem c = JsonReaders.catalogItem(example("catalog-items-2022-04-01", "/catalog/2022-04-01/items/{asin}",
                "get", "200", 0), "ATVPDKIKX0DER");
        assertEquals("B07N4M94X4", c.asin());
        assertFalse(c.identifiers().isEmpty());
        MarketplaceParticipation p = JsonReaders.participation(example("sellers-v1",
                "/sellers/v1/marketplaceParticipations", "get", "200", 0).path("payload").get(0));
        assertEquals("ATVPDKIKX0DER", p.marketplaceId());
        assertEquals("USD", p.defaultCurrencyCode());
        assertTrue(p.participating());
    }

    @Test
    @DisplayName("ORD-12: money parses as exact BigDecimal from Amazon's decimal strings (and v0's spelling)")
    void money() throws IOException {
        assertEquals(new BigDecimal("11.01"), JsonReaders.money(JSON.readTree(
                "{\"amount\":\"11.01\",\"currencyCode\":\"USD\"}")).amount());
        assertEquals(new BigDecimal("0.1"), JsonReaders.money(JSON.readTree(
                "{\"CurrencyCode\":\"EUR\",\"Amount\":\"0.1\"}")).amount());
        assertNull(JsonReaders.money(JSON.readTree("{}")));
        assertEquals(new BigDecimal("0.30"), JsonReaders.money(JSON.readTree("{\"amount\":\"0.10\",\"currencyCode\":\"EUR\"}"))
                .amount().multiply(new BigDecimal("3")));
    }

    @Test
    @DisplayName("API-04: unknown fields are ignored and missing optional fields tolerated")
    void tolerant() throws IOException {
        Order o = JsonReaders.order(JSON.readTree("{\"orderId\":\"1\",\"newField\":{\"x\":1},\"orderItems\":[{"
                + "\"orderItemId\":\"9\",\"quantityOrdered\":1,\"product\":{}}]}"));
        assertEquals("1", o.orderId());
        assertNull(o.grandTotal());
        assertNull(o.items().get(0).unitPrice());
        assertTrue(o.items().get(0).breakdowns().isEmpty());
    }
}
