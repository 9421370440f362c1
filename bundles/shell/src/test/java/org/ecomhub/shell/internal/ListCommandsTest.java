package org.ecomhub.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecomhub.amazon.api.products.OrderedProduct;
import org.ecomhub.amazon.api.products.ProductListPage;
import org.ecomhub.amazon.api.products.ProductListQuery;
import org.ecomhub.amazon.api.products.ProductMapping;
import org.ecomhub.amazon.api.products.ProductMappings;
import org.ecomhub.amazon.api.settings.FulfilmentChannel;
import org.ecomhub.amazon.api.settings.StoreConfiguration;
import org.ecomhub.amazon.api.spapi.ConnectionSettings;
import org.ecomhub.amazon.api.spapi.Marketplace;
import org.ecomhub.amazon.api.spapi.RefreshToken;
import org.ecomhub.amazon.api.spapi.Region;
import org.ecomhub.amazon.api.spapi.SellingPartnerClient;
import org.ecomhub.amazon.api.spapi.SellingPartnerClients;
import org.ecomhub.amazon.api.spapi.model.CallCount;
import org.ecomhub.amazon.api.store.PollGroup;
import org.ecomhub.amazon.api.store.StoreConnections;
import org.ecomhub.host.api.IdempotencyKey;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ListCommandsTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final FakeStores stores = new FakeStores();

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("LIST-01/02, HOST-05: products-list searches by SKU or ASIN, pages, and prints JSON; 'not installed' without the engine")
    void productsList() throws Exception {
        List<ProductListQuery> queries = new ArrayList<>();
        ProductMappings mappings = new ProductMappings() {
            @Override
            public Optional<ProductMapping> find(String storeAlias, String sellerSku) {
                return Optional.empty();
            }

            @Override
            public ProductMapping resolveForOrder(StoreConfiguration store, OrderedProduct product, IdempotencyKey key) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<ProductMapping> ofStore(String storeAlias) {
                return List.of();
            }

            @Override
            public ProductListPage list(ProductListQuery query) {
                queries.add(query);
                return new ProductListPage(List.of(new ProductListPage.Entry(new ProductMapping("EU1", "MY-SKU-1",
                        "B00TEST001", "P-100", Marketplace.UK, FulfilmentChannel.FBM, 2), null)), query.offset(), true);
            }
        };
        ProductsListCommand c = new ProductsListCommand();
        c.out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        c.execute();
        assertTrue(output().startsWith("not installed"), output());

        printed.reset();
        c.mappings = mappings;
        c.store = "EU1";
        c.search = "sku-1";
        c.execute();
        assertEquals("sku-1", queries.get(0).search());
        assertTrue(output().contains("B00TEST001") && output().contains("P-100"), output());
        assertTrue(output().contains("More: amazon:products-list --offset 1"), output());

        printed.reset();
        c.json = true;
        c.execute();
        JsonNode json = new ObjectMapper().readTree(output());
        assertEquals("MY-SKU-1", json.get("products").get(0).get("sellerSku").asText());
        c.limit = 0;
        assertThrows(IllegalArgumentException.class, c::execute);
    }

    @Test
    @DisplayName("API-07, HOST-05: calls shows the counts per store and per poll group (a shared poll once, under the group)")
    void calls() throws Exception {
        List<CallCount> counts = List.of(new CallCount("A2SELLER0001/EU", "searchOrders", 12, 1),
                new CallCount("EU1", "getListingsItem", 3, 0), new CallCount("EU2", "getListingsItem", 5, 0));
        SellingPartnerClient client = (SellingPartnerClient) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SellingPartnerClient.class}, (proxy, method, args) -> {
                    if (method.getName().equals("callCounts")) {
                        return counts;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        SellingPartnerClients clients = new SellingPartnerClients() {
            @Override
            public SellingPartnerClient client(String sellerId, Region region, ConnectionSettings settings) {
                return client;
            }

            @Override
            public RefreshToken exchangeAuthorizationCode(ConnectionSettings settings, String code, URI redirectUri) {
                throw new UnsupportedOperationException();
            }
        };
        CallsCommand c = new CallsCommand();
        c.out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        c.admin = stores;
        c.clients = clients;
        c.connections = new StoreConnections() {
            @Override
            public ConnectionSettings connectionSettings(PollGroup group) {
                return ConnectionSettings.amazon("id", () -> "s", () -> "t", null);
            }

            @Override
            public void authorisationFailed(PollGroup group, String reason) {
            }
        };
        c.store = "EU1";
        c.execute();
        assertTrue(output().contains("A2SELLER0001/EU") && output().contains("searchOrders"), output());
        assertTrue(output().contains("getListingsItem") && !output().contains("EU2"), output());

        printed.reset();
        c.store = null;
        c.json = true;
        c.execute();
        assertEquals(3, new ObjectMapper().readTree(output()).size(), "the group's stores share one client: listed once");
        c.store = "NOPE";
        assertThrows(IllegalArgumentException.class, c::execute);
    }
}
