package org.ecomhub.amazon.api.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecomhub.amazon.api.settings.OrderSettings.ImportOption;
import org.ecomhub.amazon.api.settings.OrderSettings.NumberAssignment;
import org.ecomhub.amazon.api.settings.ProductSettings.CodeMapping;
import org.ecomhub.amazon.api.spapi.Marketplace;
import org.junit.jupiter.api.Test;

/** The rules that span settings, stores and host data. */
class SettingsValidatorTest {

    private final FakeHost host = new FakeHost();
    private final List<StoreFacts> installed = new ArrayList<>();
    private final Map<String, StockSettings> stockInForce = new HashMap<>();
    private IntegrationSettings integration = IntegrationSettings.DEFAULTS;
    private Optional<Boolean> fbmListingsFound = Optional.empty();

    private static StoreSettings store(String alias, Marketplace marketplace, String seller) {
        return new StoreSettings(alias, marketplace, seller, false, BuyerDetails.NONE);
    }

    private void install(String alias, Marketplace marketplace, String seller, boolean ownsSharedStock) {
        installed.add(new StoreFacts(alias, seller, marketplace, Instant.parse("2026-01-01T00:00:00Z"),
                Optional.empty()));
        stockInForce.put(alias, StockSettings.defaults(alias, ownsSharedStock));
    }

    private List<SettingsProblem> validate(StoreConfiguration candidate) {
        return SettingsValidator.validate(candidate, new ValidationContext(integration, installed, stockInForce, host,
                fbmListingsFound));
    }

    private static StoreConfiguration defaults(StoreSettings store) {
        return StoreConfiguration.defaults(store, false);
    }

    private static List<String> properties(List<SettingsProblem> problems) {
        return problems.stream().map(SettingsProblem::property).toList();
    }

    @Test
    void theDefaultsOfANewStoreAreValid() {
        assertEquals(List.of(), validate(defaults(store("S1", Marketplace.UK, "A2SELLER123"))));
    }

    // covers STORE-02
    @Test
    void oneStoreAboveTheLimitIsRefusedWithTheWayToRaiseIt() {
        integration = new IntegrationSettings("", "", "", 2, StockExportFrequency.MINUTES_60, 5, "", "");
        install("S1", Marketplace.UK, "A2SELLER123", true);
        install("S2", Marketplace.DE, "A2SELLER123", false);
        List<SettingsProblem> problems = validate(defaults(store("S3", Marketplace.FR, "A2SELLER123")));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).problem().contains("its limit is 2"), problems.get(0).problem());
        assertTrue(problems.get(0).fix().contains("store.limit"), problems.get(0).fix());
        // an installed store is not counted again when its settings change
        assertEquals(List.of(), validate(defaults(store("S1", Marketplace.UK, "A2SELLER123"))));
    }

    // covers STORE-01: alias unique, seller + marketplace unique
    @Test
    void aliasAndSellerMarketplacePairAreUnique() {
        install("MYSHOP", Marketplace.UK, "A2SELLER123", true);
        assertEquals(List.of("alias"), properties(validate(defaults(store("myshop", Marketplace.DE, "A2OTHER999")))));
        assertEquals(List.of("marketplace"), properties(validate(defaults(store("SHOP2", Marketplace.UK,
                "A2SELLER123")))));
        assertEquals(List.of(), validate(defaults(store("SHOP3", Marketplace.UK, "A2OTHER999"))));
    }

    // covers STORE-01: seller id and marketplace are fixed at install
    @Test
    void changingSellerOrMarketplaceOfAnInstalledStoreIsRefused() {
        install("MYSHOP", Marketplace.UK, "A2SELLER123", true);
        List<SettingsProblem> problems = validate(defaults(store("MYSHOP", Marketplace.DE, "A2OTHER999")));
        assertEquals(List.of("seller.id", "marketplace"), properties(problems));
        assertTrue(problems.get(1).fix().contains(Marketplace.UK.id()), problems.get(1).fix());
    }

    // covers PROD-03: the code mapping is fixed once saved
    @Test
    void theSavedCodeMappingCannotChange() {
        installed.add(new StoreFacts("MYSHOP", "A2SELLER123", Marketplace.UK, Instant.EPOCH,
                Optional.of(CodeMapping.SELLER_SKU)));
        StoreConfiguration candidate = defaults(store("MYSHOP", Marketplace.UK, "A2SELLER123"));
        StoreConfiguration asin = new StoreConfiguration(candidate.store(), candidate.fbm(), candidate.fba(),
                new ProductSettings("MYSHOP", true, "", CodeMapping.ASIN, false, false), candidate.tax(),
                candidate.stock());
        List<SettingsProblem> problems = validate(asin);
        assertEquals(List.of("code.mapping"), properties(problems));
        assertTrue(problems.get(0).problem().contains("create every product a second time"));
    }

    // covers ORD-01, ORD-04, ORD-06: host references must exist
    @Test
    void unknownHostReferencesAreNamed() {
        StoreConfiguration candidate = defaults(store("S1", Marketplace.UK, "A2SELLER123"));
        OrderSettings fbm = new OrderSettings(FulfilmentChannel.FBM, "S1", ImportOption.SINGLE_CUSTOMER, "NOBODY",
                OrderSettings.SingleCustomerMode.DAILY_CONSOLIDATED, OrderSettings.ImportFromStatus.UNSHIPPED,
                "NOGROUP", OrderSettings.HostOrderStatus.PLACED, "NOWHERE", NumberAssignment.DISABLED);
        List<SettingsProblem> problems = validate(new StoreConfiguration(candidate.store(), fbm, candidate.fba(),
                candidate.products(), candidate.tax(), candidate.stock()));
        assertEquals(List.of("single.customer", "sales.order.group", "warehouse"), properties(problems));
        assertTrue(problems.get(0).problem().contains("'NOBODY'"));
    }

    // covers ORD-07: assignment only when the host tracks batches / serials
    @Test
    void numberAssignmentNeedsTheCompanySetting() {
        StoreConfiguration candidate = defaults(store("S1", Marketplace.UK, "A2SELLER123"));
        OrderSettings d = candidate.fbm();
        OrderSettings fbm = new OrderSettings(d.channel(), "S1", d.importOption(), "", d.singleCustomerMode(),
                d.importFromStatus(), "", d.orderStatus(), "", NumberAssignment.SERIAL_AND_BATCH);
        StoreConfiguration withNumbers = new StoreConfiguration(candidate.store(), fbm, candidate.fba(),
                candidate.products(), candidate.tax(), candidate.stock());
        assertEquals(2, validate(withNumbers).size());
        host.batchTracking = true;
        host.serialisedProducts = true;
        assertEquals(List.of(), validate(withNumbers));
    }

    // covers STK-02: export refused for an FBA-only store, with the seed's warning
    @Test
    void exportForAnFbaOnlyStoreIsRefused() {
        StoreConfiguration candidate = defaults(store("S1", Marketplace.UK, "A2SELLER123"));
        StoreConfiguration fbaOnly = withStock(candidate, new StockSettings("S1", true, false, List.of("FBA-UK"), true));
        List<SettingsProblem> problems = validate(fbaOnly);
        assertEquals(List.of("export"), properties(problems));
        assertTrue(problems.get(0).problem().contains(SettingsValidator.FBA_ONLY_WARNING));

        StoreConfiguration own = withStock(candidate, new StockSettings("S1", true, false, List.of("MAIN", "FBA-UK"),
                true));
        assertEquals(List.of(), validate(own));
        fbmListingsFound = Optional.of(false);
        assertEquals(List.of("export"), properties(validate(own)));
    }

    // covers STK-07: one owner of shared stock per seller and region
    @Test
    void onlyOneStoreOfASellerAndRegionOwnsSharedStock() {
        install("UK1", Marketplace.UK, "A2SELLER123", true);
        install("US1", Marketplace.US, "A2SELLER123", true); // other region: its own owner
        StoreConfiguration de = StoreConfiguration.defaults(store("DE1", Marketplace.DE, "A2SELLER123"), true);
        List<SettingsProblem> problems = validate(de);
        assertEquals(List.of("owns.shared.stock"), properties(problems));
        assertTrue(problems.get(0).fix().contains("'UK1'"), problems.get(0).fix());
        assertEquals(List.of(), validate(StoreConfiguration.defaults(store("DE1", Marketplace.DE, "A2SELLER123"),
                false)));
    }

    // covers TAX-04, TAX-05: mapped tax codes and the sales account exist in the host
    @Test
    void taxCodesAndSalesAccountMustExist() {
        StoreConfiguration candidate = defaults(store("S1", Marketplace.UK, "A2SELLER123"));
        TaxSettings tax = TaxSettings.from(Map.of("store", "S1", "tax.codes", "20=VAT20, 10=VAT10",
                "default.tax.code", "STD", "charges.sales.account", "9999", "facilitator.tax.code", "NONE"));
        List<SettingsProblem> problems = validate(new StoreConfiguration(candidate.store(), candidate.fbm(),
                candidate.fba(), candidate.products(), tax, candidate.stock()));
        assertEquals(List.of("tax.codes", "default.tax.code", "charges.sales.account"), properties(problems));
        assertTrue(problems.get(0).problem().contains("'VAT10'"));
    }

    @Test
    void featureSettingsMustBelongToTheirStore() {
        StoreConfiguration candidate = defaults(store("S1", Marketplace.UK, "A2SELLER123"));
        StoreConfiguration misfiled = withStock(candidate, StockSettings.defaults("S2", false));
        List<SettingsProblem> problems = validate(misfiled);
        assertEquals(List.of("store"), properties(problems));
        assertEquals(StockSettings.PID, problems.get(0).pid());
    }

    private static StoreConfiguration withStock(StoreConfiguration c, StockSettings stock) {
        return new StoreConfiguration(c.store(), c.fbm(), c.fba(), c.products(), c.tax(), stock);
    }
}
