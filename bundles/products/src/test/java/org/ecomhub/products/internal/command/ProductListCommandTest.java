package org.ecomhub.products.internal.command;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.ecomhub.amazon.api.products.OrderedProduct;
import org.ecomhub.amazon.api.products.ProductListPage;
import org.ecomhub.amazon.api.products.ProductListQuery;
import org.ecomhub.amazon.api.products.ProductMapping;
import org.ecomhub.amazon.api.products.ProductMappings;
import org.ecomhub.amazon.api.settings.FulfilmentChannel;
import org.ecomhub.amazon.api.settings.StoreConfiguration;
import org.ecomhub.amazon.api.spapi.Marketplace;
import org.ecomhub.host.api.DisplayLink;
import org.ecomhub.host.api.IdempotencyKey;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProductListCommandTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private ProductListCommand command(ProductListPage page, ProductListQuery[] asked) {
        ProductListCommand c = new ProductListCommand();
        c.mappings = new ProductMappings() {
            @Override
            public Optional<ProductMapping> find(String storeAlias, String sellerSku) {
                return Optional.empty();
            }

            @Override
            public List<ProductMapping> ofStore(String storeAlias) {
                return List.of();
            }

            @Override
            public ProductListPage list(ProductListQuery query) {
                asked[0] = query;
                return page;
            }

            @Override
            public ProductMapping resolveForOrder(StoreConfiguration store, OrderedProduct product, IdempotencyKey key) {
                throw new UnsupportedOperationException();
            }
        };
        c.out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        return c;
    }

    private static ProductListPage page(boolean more) {
        ProductMapping m = new ProductMapping("UK1", "MUG-1", "B0MUG00001", "MUG-1", Marketplace.UK,
                FulfilmentChannel.FBM, 3);
        return new ProductListPage(List.of(new ProductListPage.Entry(m,
                new DisplayLink(DisplayLink.Kind.HOST_REFERENCE, "product:MUG-1", null))), 0, more);
    }

    @Test
    @DisplayName("LIST-01 LIST-02: the table shows SKU, ASIN, store, marketplace, lead time and the host link")
    void printsTable() {
        ProductListQuery[] asked = new ProductListQuery[1];
        ProductListCommand c = command(page(true), asked);
        c.search = "mug";
        c.execute();
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("MUG-1") && out.contains("B0MUG00001") && out.contains("UK1") && out.contains("GB")
                && out.contains("product:MUG-1") && out.contains("3"), out);
        assertTrue(out.contains("More: --offset 1"), out);
        assertTrue(asked[0].search().equals("mug"));
    }

    @Test
    @DisplayName("LIST-01: --json prints the page for scripts")
    void printsJson() {
        ProductListCommand c = command(page(false), new ProductListQuery[1]);
        c.json = true;
        c.execute();
        String out = bytes.toString(StandardCharsets.UTF_8).trim();
        assertTrue(out.startsWith("{\"offset\":0,\"more\":false,\"products\":[{\"store\":\"UK1\",\"sku\":\"MUG-1\""), out);
        assertTrue(out.contains("\"leadTimeDays\":3") && out.contains("\"hostLink\":\"product:MUG-1\""), out);
        assertFalse(out.contains("More"));
    }
}
