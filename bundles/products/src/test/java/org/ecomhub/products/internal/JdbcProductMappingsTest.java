package org.ecomhub.products.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ecomhub.amazon.api.products.OrderedProduct;
import org.ecomhub.amazon.api.products.ProductMapping;
import org.ecomhub.amazon.api.products.UnknownSkuException;
import org.ecomhub.amazon.api.settings.FulfilmentChannel;
import org.ecomhub.amazon.api.settings.ProductSettings;
import org.ecomhub.amazon.api.settings.ProductSettings.CodeMapping;
import org.ecomhub.amazon.api.settings.StoreConfiguration;
import org.ecomhub.amazon.api.spapi.Marketplace;
import org.ecomhub.host.api.IdempotencyKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcProductMappingsTest {

    @TempDir
    Path dir;

    private ReferenceHost host;
    private JdbcProductMappings mappings;

    @BeforeEach
    void setUp() throws Exception {
        host = new ReferenceHost(dir);
        mappings = new JdbcProductMappings(host.dataSource, host.catalog);
    }

    private static StoreConfiguration store(boolean createOnImport, CodeMapping codeMapping) {
        return ReferenceHost.store("SHOP1", Marketplace.UK,
                new ProductSettings("SHOP1", createOnImport, "", codeMapping, false, false));
    }

    private static OrderedProduct line(String sku, String asin, String title) {
        return new OrderedProduct(sku, asin, title, FulfilmentChannel.FBM);
    }

    @Test
    @DisplayName("PROD-03: an existing host product with the SKU as code is mapped, with the default lead time")
    void mapsExistingProductBySku() {
        host.admin.addProduct("MUG-01", "Blue mug", false, false);

        ProductMapping m = mappings.resolveForOrder(store(false, CodeMapping.SELLER_SKU),
                line("MUG-01", "B00MUG0001", "Mug"), IdempotencyKey.of("S", "O1", "I1"));

        assertEquals("MUG-01", m.hostProductCode());
        assertEquals(ProductMapping.DEFAULT_LEAD_TIME_DAYS, m.leadTimeDays());
        assertEquals(Marketplace.UK, m.marketplace());
        assertEquals(m, mappings.find("SHOP1", "MUG-01").orElseThrow());
    }

    @Test
    @DisplayName("PROD-03: with ASIN mapping the host code is the ASIN")
    void mapsByAsin() {
        host.admin.addProduct("B00MUG0001", "Blue mug", false, false);

        ProductMapping m = mappings.resolveForOrder(store(false, CodeMapping.ASIN),
                line("MUG-01", "B00MUG0001", "Mug"), IdempotencyKey.of("S", "O1", "I1"));

        assertEquals("B00MUG0001", m.hostProductCode());
        assertEquals("MUG-01", m.sellerSku());
    }

    @Test
    @DisplayName("PROD-01/05: an unknown SKU creates a host product named after the Amazon product, once")
    void createsProductOnce() {
        StoreConfiguration store = store(true, CodeMapping.SELLER_SKU);
        IdempotencyKey key = IdempotencyKey.of("S", "O1", "I1");

        ProductMapping first = mappings.resolveForOrder(store, line("NEW-9", "B0NEW00009", "Green teapot"), key);
        ProductMapping again = mappings.resolveForOrder(store, line("NEW-9", "B0NEW00009", "Green teapot"), key);

        assertEquals(first, again);
        assertEquals("Green teapot", host.catalog.findProduct("NEW-9").orElseThrow().description());
        assertEquals(1, host.catalog.products(null, 1000).size());
    }

    @Test
    @DisplayName("PROD-01 off: an unknown SKU is refused and nothing is created or mapped")
    void refusesUnknownSkuWhenCreationIsOff() {
        UnknownSkuException e = assertThrows(UnknownSkuException.class, () -> mappings.resolveForOrder(
                store(false, CodeMapping.SELLER_SKU), line("NEW-9", "B0NEW00009", "Teapot"),
                IdempotencyKey.of("S", "O1", "I1")));

        assertEquals("NEW-9", e.sellerSku());
        assertTrue(host.catalog.findProduct("NEW-9").isEmpty());
        assertTrue(mappings.find("SHOP1", "NEW-9").isEmpty());
    }

    @Test
    @DisplayName("PROD-01: a retry after the mapping was lost still creates nothing twice")
    void retryWithSameKeyAfterCreateReusesProduct() {
        StoreConfiguration store = store(true, CodeMapping.SELLER_SKU);
        IdempotencyKey key = IdempotencyKey.of("S", "O1", "I1");
        mappings.resolveForOrder(store, line("NEW-9", "", "Teapot"), key);
        // a second store of the same host meets the same SKU: it maps the existing product
        StoreConfiguration other = ReferenceHost.store("SHOP2", Marketplace.DE,
                new ProductSettings("SHOP2", true, "", CodeMapping.SELLER_SKU, false, false));

        ProductMapping m = mappings.resolveForOrder(other, line("NEW-9", "", "Teekanne"),
                IdempotencyKey.of("S", "O2", "I1"));

        assertEquals("NEW-9", m.hostProductCode());
        assertEquals("Teapot", host.catalog.findProduct("NEW-9").orElseThrow().description());
        assertEquals(1, host.catalog.products(null, 1000).size());
    }

    @Test
    @DisplayName("PROD-01: two imports racing on one new SKU end with one product and one mapping")
    void concurrentResolutionCreatesOneProduct() throws Exception {
        StoreConfiguration store = store(true, CodeMapping.SELLER_SKU);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<ProductMapping>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String item = "I" + i;
                calls.add(() -> mappings.resolveForOrder(store, line("RACE-1", "", "Racer"),
                        IdempotencyKey.of("S", "O1", item)));
            }
            for (Future<ProductMapping> f : pool.invokeAll(calls)) {
                assertEquals("RACE-1", f.get().hostProductCode());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, host.catalog.products(null, 1000).size());
    }

    @Test
    @DisplayName("PROD-03 ASIN mapping: a line without an ASIN cannot be mapped")
    void asinMappingWithoutAsinIsRefused() {
        assertThrows(UnknownSkuException.class, () -> mappings.resolveForOrder(store(true, CodeMapping.ASIN),
                line("MUG-01", "", "Mug"), IdempotencyKey.of("S", "O1", "I1")));
    }
}
