package org.ecomhub.amazon.api.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecomhub.amazon.api.settings.OrderSettings.HostOrderStatus;
import org.ecomhub.amazon.api.settings.OrderSettings.ImportFromStatus;
import org.ecomhub.amazon.api.settings.OrderSettings.ImportOption;
import org.ecomhub.amazon.api.settings.TaxSettings.TaxMode;
import org.ecomhub.amazon.api.spapi.Marketplace;
import org.junit.jupiter.api.Test;

/** Reading one configuration: types, defaults, and the rules inside it, each refusal naming setting and fix. */
class SettingsReadingTest {

    private static SettingsProblem onlyProblem(Runnable read) {
        SettingsException refused = assertThrows(SettingsException.class, read::run);
        assertEquals(1, refused.problems().size(), refused.getMessage());
        return refused.problems().get(0);
    }

    // covers STORE-01: alias of 1 to 8 letters or digits, a real marketplace id, a merchant token
    @Test
    void storeSettingsAreReadFromEtcFileStrings() {
        StoreSettings store = StoreSettings.from(Map.of("alias", "MYSHOP", "marketplace", "A1F83G8C2ARO7P",
                "seller.id", "A2SELLER123", "enabled", "true", "buyer.details", "restricted"));
        assertEquals(Marketplace.UK, store.marketplace());
        assertTrue(store.enabled());
        assertEquals(BuyerDetails.RESTRICTED, store.buyerDetails());
        assertEquals(store, StoreSettings.from(store.toProperties()));
    }

    // covers STORE-01
    @Test
    void aBadAliasMarketplaceAndSellerAreAllReportedAtOnce() {
        SettingsException refused = assertThrows(SettingsException.class, () -> StoreSettings.from(Map.of(
                "alias", "MY-SHOP-TOO-LONG", "marketplace", "XX", "seller.id", "seller")));
        assertEquals(List.of("alias", "marketplace", "seller.id"),
                refused.problems().stream().map(SettingsProblem::property).toList());
        assertTrue(refused.getMessage().contains("1 to 8 letters or digits"), refused.getMessage());
        assertTrue(refused.getMessage().contains("A1F83G8C2ARO7P"), "names an example id: " + refused.getMessage());
    }

    // covers STORE-03: a typed Config Admin value (String[]) for a one-value setting
    @Test
    void aListForAOneValueSettingIsReportedAndAListOfOneIsItsValue() {
        SettingsException refused = assertThrows(SettingsException.class, () -> StoreSettings.from(Map.of(
                "alias", "MYSHOP", "marketplace", "A1F83G8C2ARO7P", "seller.id", "A2SELLER123",
                "buyer.details", new String[] {"NONE", "RESTRICTED"})));
        assertEquals(List.of("buyer.details"), refused.problems().stream().map(SettingsProblem::property).toList());
        assertTrue(refused.getMessage().contains("2 values (NONE, RESTRICTED); it takes one"), refused.getMessage());
        assertFalse(refused.getMessage().contains("[Ljava"), refused.getMessage());
        StoreSettings one = StoreSettings.from(Map.of("alias", "MYSHOP", "marketplace", "A1F83G8C2ARO7P",
                "seller.id", "A2SELLER123", "buyer.details", new String[] {"RESTRICTED"}));
        assertEquals(BuyerDetails.RESTRICTED, one.buyerDetails());
    }

    @Test
    void aNewStoreIsOffWithoutBuyerDetails() {
        StoreSettings store = StoreSettings.from(Map.of("alias", "S1", "marketplace", "ATVPDKIKX0DER",
                "seller.id", "A2SELLER123"));
        assertFalse(store.enabled());
        assertEquals(BuyerDetails.NONE, store.buyerDetails());
    }

    @Test
    void unknownChoicesNameTheAllowedValues() {
        SettingsProblem problem = onlyProblem(() -> OrderSettings.from(FulfilmentChannel.FBM,
                Map.of("store", "S1", "order.status", "SHIPPED")));
        assertEquals("order.status", problem.property());
        assertTrue(problem.problem().contains("PARKED, PLACED, BACKORDERED, COMPLETED"), problem.problem());
    }

    @Test
    void channelDefaultsDifferOnlyInImportFromStatus() {
        assertEquals(ImportFromStatus.UNSHIPPED, OrderSettings.from(FulfilmentChannel.FBM,
                Map.of("store", "S1")).importFromStatus());
        assertEquals(ImportFromStatus.SHIPPED, OrderSettings.from(FulfilmentChannel.FBA,
                Map.of("store", "S1")).importFromStatus());
        assertEquals(HostOrderStatus.PARKED, OrderSettings.defaults(FulfilmentChannel.FBA, "S1").orderStatus());
    }

    // covers ORD-01: a single customer must be chosen
    @Test
    void singleCustomerWithoutACustomerIsRefused() {
        SettingsProblem problem = onlyProblem(() -> OrderSettings.from(FulfilmentChannel.FBM,
                Map.of("store", "S1", "import.option", "SINGLE_CUSTOMER")));
        assertEquals("single.customer", problem.property());
    }

    // covers ORD-05: Completed is not offered with a single customer
    @Test
    void completedWithASingleCustomerIsRefused() {
        SettingsProblem problem = onlyProblem(() -> OrderSettings.from(FulfilmentChannel.FBM, Map.of("store", "S1",
                "import.option", "SINGLE_CUSTOMER", "single.customer", "AMAZON", "order.status", "COMPLETED")));
        assertEquals("order.status", problem.property());
        assertEquals(ImportOption.CUSTOMER_PER_ORDER, OrderSettings.from(FulfilmentChannel.FBM,
                Map.of("store", "S1", "order.status", "COMPLETED")).importOption());
    }

    // covers ORD-07: assignment is FBM only
    @Test
    void numberAssignmentOnFbaIsRefused() {
        assertEquals("assign.numbers", onlyProblem(() -> OrderSettings.from(FulfilmentChannel.FBA,
                Map.of("store", "S1", "assign.numbers", "BATCH"))).property());
    }

    // covers STK-03: can-assemble needs export
    @Test
    void canAssembleWithoutExportIsRefused() {
        assertEquals("include.can.assemble", onlyProblem(() -> StockSettings.from(
                Map.of("store", "S1", "include.can.assemble", "true"))).property());
    }

    // covers STK-04: warehouses as an array (console), a list, or a comma string (etc file)
    @Test
    void stockWarehousesAcceptEveryListForm() {
        List<String> expected = List.of("MAIN", "SECOND");
        assertEquals(expected, StockSettings.from(Map.of("store", "S1", "warehouses",
                new String[] {"MAIN", "SECOND"})).warehouses());
        assertEquals(expected, StockSettings.from(Map.of("store", "S1", "warehouses", "MAIN, SECOND")).warehouses());
        assertEquals(expected, StockSettings.from(Map.of("store", "S1", "warehouses",
                List.of("MAIN", "SECOND", "MAIN"))).warehouses());
    }

    // covers TAX-05: the rate -> code map syntax
    @Test
    void taxCodeMapIsParsedAndMalformedEntriesNamed() {
        TaxSettings tax = TaxSettings.from(Map.of("store", "S1", "tax.codes", "20=VAT20, 5%=VAT5, 0=ZERO"));
        assertEquals(List.of("0=ZERO", "5=VAT5", "20=VAT20"), tax.taxCodes().toList());
        assertEquals(TaxMode.LINE, tax.mode());
        assertEquals(Optional.empty(), tax.pricesIncludeTax());
        SettingsException refused = assertThrows(SettingsException.class, () -> TaxSettings.from(
                Map.of("store", "S1", "tax.codes", "twenty=VAT20, 5=, 20=A, 20=B")));
        assertEquals(3, refused.problems().size(), refused.getMessage());
        assertTrue(refused.getMessage().contains("'twenty=VAT20' is not of the form rate=code"));
        assertTrue(refused.getMessage().contains("mapped twice"));
    }

    // covers TAX-05: snapping to the nearest mapped rate within half a percentage point
    @Test
    void ratesSnapToTheNearestMappedRateWithinHalfAPoint() {
        TaxCodeMap map = TaxSettings.from(Map.of("store", "S1", "tax.codes", "20=VAT20, 5=VAT5")).taxCodes();
        assertEquals(Optional.of("VAT20"), map.codeFor(new BigDecimal("19.98")));
        assertEquals(Optional.of("VAT20"), map.codeFor(new BigDecimal("20.5")));
        assertEquals(Optional.of("VAT5"), map.codeFor(new BigDecimal("4.6")));
        assertEquals(Optional.empty(), map.codeFor(new BigDecimal("20.51")));
        assertEquals(Optional.empty(), map.codeFor(new BigDecimal("12")));
    }

    @Test
    void pricesIncludeTaxIsEmptyUnlessSet() {
        assertEquals(Optional.of(true), TaxSettings.from(Map.of("store", "S1", "prices.include.tax", "true"))
                .pricesIncludeTax());
    }

    // covers STORE-02, STK-05: integration defaults and ranges
    @Test
    void integrationDefaultsAndRanges() {
        IntegrationSettings defaults = IntegrationSettings.from(Map.of());
        assertEquals(IntegrationSettings.DEFAULTS, defaults);
        assertEquals(5, defaults.storeLimit());
        assertEquals(StockExportFrequency.MINUTES_60, defaults.stockExportFrequency());
        SettingsException refused = assertThrows(SettingsException.class, () -> IntegrationSettings.from(Map.of(
                "store.limit", "0", "stock.export.frequency", "HOURS_6", "spapi.endpoint", "localhost:9000")));
        assertEquals(List.of("store.limit", "stock.export.frequency", "spapi.endpoint"),
                refused.problems().stream().map(SettingsProblem::property).toList());
    }

    @Test
    void everyRecordSurvivesARoundTripThroughProperties() {
        StoreConfiguration defaults = StoreConfiguration.defaults(StoreSettings.from(Map.of("alias", "S1",
                "marketplace", "ATVPDKIKX0DER", "seller.id", "A2SELLER123")), true);
        assertEquals(defaults.fbm(), OrderSettings.from(FulfilmentChannel.FBM, defaults.fbm().toProperties()));
        assertEquals(defaults.fba(), OrderSettings.from(FulfilmentChannel.FBA, defaults.fba().toProperties()));
        assertEquals(defaults.products(), ProductSettings.from(defaults.products().toProperties()));
        assertEquals(defaults.tax(), TaxSettings.from(defaults.tax().toProperties()));
        assertEquals(defaults.stock(), StockSettings.from(defaults.stock().toProperties()));
    }
}
