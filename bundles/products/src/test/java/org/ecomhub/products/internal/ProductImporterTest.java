package org.ecomhub.products.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.ecomhub.amazon.api.log.LogLevel;
import org.ecomhub.amazon.api.products.ProductImportResult;
import org.ecomhub.amazon.api.products.ProductListPage;
import org.ecomhub.amazon.api.products.ProductListQuery;
import org.ecomhub.amazon.api.products.ProductMapping;
import org.ecomhub.amazon.api.settings.FulfilmentChannel;
import org.ecomhub.amazon.api.settings.ProductSettings;
import org.ecomhub.amazon.api.settings.ProductSettings.CodeMapping;
import org.ecomhub.amazon.api.settings.StoreConfiguration;
import org.ecomhub.amazon.api.spapi.Marketplace;
import org.ecomhub.host.api.IdempotencyKey;
import org.ecomhub.host.api.Money;
import org.ecomhub.host.api.Product;
import org.ecomhub.spapi.testing.AmazonSandbox;
import org.ecomhub.testsupport.QuietProgress;
import org.ecomhub.testsupport.RecordingConnectionLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Product import and lead times against the SP-API simulator and the reference host. */
class ProductImporterTest {

    private static final int LISTINGS = 10; // SIM-0001..SIM-0010; every fifth is FBA

    @TempDir
    Path dir;

    private ReferenceHost host;
    private AmazonSandbox amazon;
    private final RecordingConnectionLog log = new RecordingConnectionLog();
    private ProductImporter importer;
    private JdbcProductMappings mappings;

    @BeforeEach
    void setUp() throws Exception {
        host = new ReferenceHost(dir);
        amazon = new AmazonSandbox(LISTINGS);
        importer = new ProductImporter(host.dataSource, host.catalog, log);
        mappings = new JdbcProductMappings(host.dataSource, host.catalog);
    }

    @AfterEach
    void tearDown() {
        amazon.close();
    }

    private static StoreConfiguration uk(CodeMapping codeMapping, boolean sync, String tier) {
        return ReferenceHost.store("UK1", Marketplace.UK,
                new ProductSettings("UK1", true, tier, codeMapping, sync, false));
    }

    private ProductImportResult importUk(StoreConfiguration store) {
        return importer.importProducts(store, amazon.client, new QuietProgress());
    }

    @Test
    @DisplayName("DATA-01 PROD-03 PROD-05: every listing of the report creates and maps a host product")
    void importCreatesAndMapsEveryListing() {
        ProductImportResult result = importUk(uk(CodeMapping.SELLER_SKU, false, ""));

        assertEquals(new ProductImportResult(LISTINGS, 8, LISTINGS, LISTINGS, 0, 0, 0), result);
        Product p = host.catalog.findProduct("SIM-0001").orElseThrow();
        assertTrue(p.description().endsWith(" 1"), "the Amazon product name: " + p.description());
        assertEquals("Simco", p.details().brand());
        ProductMapping fba = mappings.find("UK1", "SIM-0005").orElseThrow();
        assertEquals(FulfilmentChannel.FBA, fba.channel());
        assertEquals("B0SIM00005", fba.asin());
        assertEquals(FulfilmentChannel.FBM, mappings.find("UK1", "SIM-0001").orElseThrow().channel());
        assertEquals(1, amazon.calls("createReport"));
        assertEquals(1, amazon.calls("searchCatalogItems"), "20 identifiers per call");
    }

    @Test
    @DisplayName("STK-02: the last import tells whether the store has a merchant-fulfilled listing")
    void fbmListingsFound() {
        assertTrue(importer.fbmListingsFound("UK1").isEmpty(), "no import yet");
        importUk(uk(CodeMapping.SELLER_SKU, false, ""));
        assertEquals(java.util.Optional.of(true), importer.fbmListingsFound("UK1"));
    }

    @Test
    @DisplayName("DATA-01: a second import creates and maps nothing again")
    void importTwiceIsIdempotent() {
        StoreConfiguration store = uk(CodeMapping.SELLER_SKU, false, "");
        importUk(store);

        ProductImportResult again = importUk(store);

        assertEquals(new ProductImportResult(LISTINGS, 8, 0, 0, 0, 0, 0), again);
        assertEquals(LISTINGS, host.catalog.products(null, 1000).size());
    }

    @Test
    @DisplayName("PROD-03: with ASIN mapping host products are coded by ASIN")
    void asinCodes() {
        importUk(uk(CodeMapping.ASIN, false, ""));

        assertTrue(host.catalog.findProduct("B0SIM00003").isPresent());
        assertTrue(host.catalog.findProduct("SIM-0003").isEmpty());
        assertEquals("B0SIM00003", mappings.find("UK1", "SIM-0003").orElseThrow().hostProductCode());
    }

    @Test
    @DisplayName("DATA-01 PROD-04: matched products are left alone with sync off and overwritten with sync on")
    void syncOnAndOff() {
        host.admin.addProduct("SIM-0002", "Our own words", false, false);

        ProductImportResult off = importUk(uk(CodeMapping.SELLER_SKU, false, ""));
        assertEquals(LISTINGS - 1, off.created());
        assertEquals("Our own words", host.catalog.findProduct("SIM-0002").orElseThrow().description());
        assertEquals("SIM-0002", mappings.find("UK1", "SIM-0002").orElseThrow().hostProductCode(), "matched");

        ProductImportResult on = importUk(uk(CodeMapping.SELLER_SKU, true, ""));
        assertEquals(1, on.updated(), "only the product that differs is written");
        Product p = host.catalog.findProduct("SIM-0002").orElseThrow();
        assertFalse(p.description().equals("Our own words"));
        assertEquals("Simco", p.details().brand());
    }

    @Test
    @DisplayName("PROD-02: the listing price goes into a tier in the marketplace's currency")
    void priceIntoMatchingTier() throws Exception {
        host.admin.setCurrencies("GBP", java.util.Set.of("EUR"));
        host.admin.addSellPriceTier("AMZ-UK", "Amazon UK", "GBP");

        ProductImportResult result = importUk(uk(CodeMapping.SELLER_SKU, false, "AMZ-UK"));

        assertEquals(LISTINGS, result.pricesSet());
        Money price = host.catalog.findProduct("SIM-0001").orElseThrow().sellPrice("AMZ-UK").orElseThrow();
        assertEquals("GBP", price.currency());
        assertTrue(amazon.listing(Marketplace.UK.id(), "SIM-0001").contains("SIM-0001"));
        assertTrue(price.amount().compareTo(BigDecimal.ZERO) > 0);
    }

    @Test
    @DisplayName("PROD-02: a tier in another currency gets no price, and a DEBUG entry says why")
    void noPriceIntoForeignCurrencyTier() {
        host.admin.setCurrencies("GBP", java.util.Set.of("EUR"));
        host.admin.addSellPriceTier("AMZ-DE", "Amazon DE", "EUR");

        ProductImportResult result = importUk(uk(CodeMapping.SELLER_SKU, false, "AMZ-DE"));

        assertEquals(0, result.pricesSet());
        assertTrue(host.catalog.findProduct("SIM-0001").orElseThrow().sellPrice("AMZ-DE").isEmpty());
        assertTrue(log.at(LogLevel.DEBUG).stream().anyMatch(e -> e.message().contains("EUR")
                && e.message().contains("GBP")), log.events().toString());
    }

    @Test
    @DisplayName("LIST-03: a lead time change reaches Amazon without touching the quantity")
    void leadTimeChangeKeepsQuantity() throws Exception {
        StoreConfiguration store = uk(CodeMapping.SELLER_SKU, false, "");
        importUk(store);
        String before = amazon.listing(Marketplace.UK.id(), "SIM-0001");
        assertEquals(ProductMapping.DEFAULT_LEAD_TIME_DAYS, mappings.find("UK1", "SIM-0001").orElseThrow().leadTimeDays());

        ProductMapping m = importer.changeLeadTime(store, amazon.client, "SIM-0001", 7);

        assertEquals(7, m.leadTimeDays());
        String after = amazon.listing(Marketplace.UK.id(), "SIM-0001");
        assertTrue(after.contains("\"leadTimeDays\":7"), after);
        assertEquals(quantity(before), quantity(after), "quantity untouched: " + before + " / " + after);
    }

    @Test
    @DisplayName("LIST-03: out-of-range days and FBA listings are refused before calling Amazon")
    void leadTimeRefusals() {
        StoreConfiguration store = uk(CodeMapping.SELLER_SKU, false, "");
        importUk(store);
        long patches = amazon.calls("patchListingsItem");

        assertThrows(IllegalArgumentException.class, () -> importer.changeLeadTime(store, amazon.client, "SIM-0001", 31));
        assertThrows(IllegalArgumentException.class, () -> importer.changeLeadTime(store, amazon.client, "SIM-0001", -1));
        assertThrows(IllegalArgumentException.class, () -> importer.changeLeadTime(store, amazon.client, "SIM-0005", 3));
        assertThrows(IllegalArgumentException.class, () -> importer.changeLeadTime(store, amazon.client, "NOPE", 3));
        assertEquals(patches, amazon.calls("patchListingsItem"));
        assertEquals(2, mappings.find("UK1", "SIM-0001").orElseThrow().leadTimeDays());
    }

    @Test
    @DisplayName("LIST-01 LIST-02: the product list pages by store and SKU and finds by SKU or ASIN")
    void productListPagesAndSearches() {
        importUk(uk(CodeMapping.SELLER_SKU, false, ""));
        mappings.resolveForOrder(ReferenceHost.store("DE1", Marketplace.DE,
                new ProductSettings("DE1", true, "", CodeMapping.SELLER_SKU, false, false)),
                new org.ecomhub.amazon.api.products.OrderedProduct("SIM-0001", "B0SIM00001", "x", FulfilmentChannel.FBM),
                IdempotencyKey.of("DE", "1"));

        ProductListPage first = mappings.list(new ProductListQuery("", "", 0, 4));
        assertEquals(List.of("DE1/SIM-0001", "UK1/SIM-0001", "UK1/SIM-0002", "UK1/SIM-0003"), keys(first));
        assertTrue(first.more());
        ProductListPage last = mappings.list(new ProductListQuery("", "", 8, 4));
        assertEquals(3, last.entries().size());
        assertFalse(last.more());

        assertEquals(List.of("UK1/SIM-0007"), keys(mappings.list(new ProductListQuery("UK1", "sim-0007", 0, 10))));
        assertEquals(List.of("DE1/SIM-0001", "UK1/SIM-0001"),
                keys(mappings.list(new ProductListQuery("", "b0sim00001", 0, 10))));
        ProductListPage.Entry entry = first.entries().get(1);
        assertEquals(Marketplace.UK, entry.mapping().marketplace());
        assertEquals(2, entry.mapping().leadTimeDays());
        assertTrue(entry.hostLink() != null && entry.hostLink().value().contains("SIM-0001"), "link to host product");
    }

    private static List<String> keys(ProductListPage page) {
        return page.entries().stream().map(e -> e.mapping().store() + "/" + e.mapping().sellerSku()).toList();
    }

    private static String quantity(String listingJson) {
        int i = listingJson.indexOf("\"quantity\":");
        return i < 0 ? "none" : listingJson.substring(i, listingJson.indexOf(',', i) < 0 ? listingJson.length()
                : listingJson.indexOf(',', i));
    }
}
