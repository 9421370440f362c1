package org.ecomhub.host.embedded.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecomhub.host.api.Customers;
import org.ecomhub.host.api.IdempotencyKey;
import org.ecomhub.host.api.Money;
import org.ecomhub.host.api.NewCustomer;
import org.ecomhub.host.api.ProductCatalog;
import org.ecomhub.host.api.WarehouseKind;

/**
 * The demo company: a tea shop selling on Amazon UK and DE. Every step only adds what is missing and every SPI call
 * carries a fixed idempotency key, so seeding twice doubles nothing.
 */
public final class DemoData {

    static final String MAIN = "MAIN";
    static final String OVERFLOW = "OVERFLOW";
    static final String FBA_UK = "FBA-UK";
    static final String FBA_DE = "FBA-DE";

    private DemoData() {
    }

    public static void seed(HostAdmin admin, ProductCatalog catalog, Customers customers) {
        admin.setCurrencies("GBP", Set.of("EUR", "USD"));
        admin.setCompanySettings(true, true, true);

        admin.addWarehouse(MAIN, "Main warehouse", WarehouseKind.OWN);
        admin.addWarehouse(OVERFLOW, "Overflow store", WarehouseKind.OWN);
        admin.addWarehouse(FBA_UK, "Amazon FBA UK", WarehouseKind.FBA);
        admin.addWarehouse(FBA_DE, "Amazon FBA DE", WarehouseKind.FBA);

        admin.addTaxCode("STANDARD", "UK standard rate 20%", new BigDecimal("0.20"));
        admin.addTaxCode("REDUCED", "UK reduced rate 5%", new BigDecimal("0.05"));
        admin.addTaxCode("ZERO", "Zero rated", BigDecimal.ZERO);
        admin.addTaxCode("NONE", "No tax", BigDecimal.ZERO);
        admin.addTaxCode("DE-STANDARD", "DE Regelsteuersatz 19%", new BigDecimal("0.19"));
        admin.addSalesOrderGroup("AMAZON", "Amazon orders");
        admin.addSalesOrderGroup("WHOLESALE", "Wholesale");
        admin.addSalesAccount("4000", "Sales");
        admin.addSalesAccount("4010", "Shipping income");
        admin.addSalesAccount("4020", "Gift wrap income");
        admin.addSellPriceTier("AMAZON-UK", "Amazon UK", "GBP");
        admin.addSellPriceTier("AMAZON-DE", "Amazon DE", "EUR");
        admin.addSellPriceTier("AMAZON-US", "Amazon US", "USD");
        admin.addSellPriceTier("RETAIL", "Retail", "GBP");

        admin.addProduct("MUG-001", "Ceramic mug, blue", false, false);
        admin.addProduct("TEA-050", "Loose-leaf breakfast tea, 50 g", true, false);
        admin.addProduct("KETTLE-01", "Electric kettle 1.7 l", false, true);
        admin.addProduct("POT-01", "Teapot body, 1 l", false, false);
        admin.addProduct("LID-01", "Teapot lid", false, false);
        admin.addProduct("TEAPOT-01", "Teapot, 1 l (body + lid)", false, false);
        admin.addProduct("GIFTSET-01", "Tea gift set", false, false);
        admin.setBillOfMaterials("TEAPOT-01", true, components("POT-01", 1, "LID-01", 1));
        // nested: the gift set contains the teapot, itself assembled from its parts
        admin.setBillOfMaterials("GIFTSET-01", true, components("TEAPOT-01", 1, "MUG-001", 2, "TEA-050", 1));

        price(catalog, "MUG-001", "AMAZON-UK", "8.99", "GBP");
        price(catalog, "MUG-001", "AMAZON-DE", "10.49", "EUR");
        price(catalog, "MUG-001", "RETAIL", "9.50", "GBP");
        price(catalog, "TEA-050", "AMAZON-UK", "4.25", "GBP");
        price(catalog, "KETTLE-01", "AMAZON-UK", "34.99", "GBP");
        price(catalog, "KETTLE-01", "AMAZON-US", "44.00", "USD");
        price(catalog, "TEAPOT-01", "AMAZON-UK", "24.00", "GBP");
        price(catalog, "GIFTSET-01", "AMAZON-UK", "39.99", "GBP");
        price(catalog, "GIFTSET-01", "AMAZON-DE", "46.99", "EUR");

        receive(admin, "MUG-001", MAIN, 120);
        receive(admin, "MUG-001", OVERFLOW, 30);
        receive(admin, "MUG-001", FBA_UK, 40);
        receive(admin, "POT-01", MAIN, 10);
        receive(admin, "LID-01", MAIN, 12);
        receive(admin, "TEAPOT-01", MAIN, 3);
        admin.receiveBatch("TEA-050", MAIN, "T-2026-01", LocalDate.of(2026, 1, 15), LocalDate.of(2027, 1, 15),
                BigDecimal.valueOf(30));
        admin.receiveBatch("TEA-050", MAIN, "T-2026-03", LocalDate.of(2026, 3, 10), LocalDate.of(2027, 3, 10),
                BigDecimal.valueOf(40));
        admin.receiveBatch("TEA-050", OVERFLOW, "T-2026-02", LocalDate.of(2026, 2, 1), LocalDate.of(2027, 2, 1),
                BigDecimal.valueOf(10));
        admin.receiveSerials("KETTLE-01", MAIN, null, List.of("KT-1001", "KT-1002", "KT-1003", "KT-1004", "KT-1005"));

        customer(customers, new NewCustomer("ACME", "Acme Retail Ltd", "orders@acme.example", "GBP", "WHOLESALE"));
        customer(customers, new NewCustomer("TEEHAUS", "Berliner Teehaus GmbH", "einkauf@teehaus.example", "EUR", null));
    }

    private static Map<String, BigDecimal> components(Object... codeAndQuantity) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (int i = 0; i < codeAndQuantity.length; i += 2) {
            out.put((String) codeAndQuantity[i], BigDecimal.valueOf((Integer) codeAndQuantity[i + 1]));
        }
        return out;
    }

    private static void price(ProductCatalog catalog, String product, String tier, String amount, String currency) {
        catalog.setSellPrice(IdempotencyKey.of("demo", "price", product, tier), product, tier, Money.of(amount, currency));
    }

    private static void receive(HostAdmin admin, String product, String warehouse, int quantity) {
        admin.receiveStock(IdempotencyKey.of("demo", "receipt", product, warehouse), product, warehouse,
                BigDecimal.valueOf(quantity));
    }

    private static void customer(Customers customers, NewCustomer customer) {
        if (customers.findCustomer(customer.code()).isEmpty()) {
            customers.createCustomer(IdempotencyKey.of("demo", "customer", customer.code()), customer);
        }
    }
}
