package org.ecomhub.host.api.conformance;

import static java.math.BigDecimal.valueOf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.ecomhub.host.api.IdempotencyKey;
import org.ecomhub.host.api.NewCustomer;
import org.ecomhub.host.api.WarehouseKind;

/** The data every conformance test starts from. Names are constants so tests read like the world they use. */
public final class StandardWorld {

    public static final String GBP = "GBP";
    public static final String EUR = "EUR";

    public static final String MAIN = "MAIN";
    public static final String SECOND = "SECOND";
    public static final String FBA_UK = "FBA-UK";

    public static final String WIDGET = "WIDGET";
    public static final String GADGET = "GADGET";
    public static final String BATCHED = "BATCHED";
    public static final String SERIAL = "SERIAL";
    public static final String KIT = "KIT";
    public static final String SUBKIT = "SUBKIT";

    public static final String TIER_UK = "AMAZON-UK";
    public static final String TIER_DE = "AMAZON-DE";

    public static final String STD = "STD";
    public static final String ZERO = "ZERO";

    public static final String GROUP = "AMAZON";
    public static final String ACCOUNT_SHIPPING = "4010";

    public static final String CUSTOMER = "CUST-1";

    /** Batches of BATCHED in MAIN, received in this order; FIFO order is B-OLD, B-MID, B-NEW. */
    public static final LocalDate OLD = LocalDate.of(2026, 1, 1);
    public static final LocalDate MID = LocalDate.of(2026, 2, 1);
    public static final LocalDate NEW = LocalDate.of(2026, 3, 1);

    private StandardWorld() {
    }

    public static void seed(HostFixture host) {
        host.setCurrencies(GBP, Set.of(EUR));
        host.setCompanySettings(true, true, true);
        host.addWarehouse(MAIN, "Main warehouse", WarehouseKind.OWN);
        host.addWarehouse(SECOND, "Second warehouse", WarehouseKind.OWN);
        host.addWarehouse(FBA_UK, "Amazon UK", WarehouseKind.FBA);
        host.addProduct(WIDGET, "Widget", false, false);
        host.addProduct(GADGET, "Gadget", false, false);
        host.addProduct(BATCHED, "Batched cream", true, false);
        host.addProduct(SERIAL, "Serialised drill", false, true);
        host.addProduct(SUBKIT, "Sub-assembly", false, false);
        host.addProduct(KIT, "Kit", false, false);
        host.addBillOfMaterials(SUBKIT, true, Map.of(GADGET, valueOf(1)));
        Map<String, BigDecimal> kit = new LinkedHashMap<>();
        kit.put(WIDGET, valueOf(2));
        kit.put(SUBKIT, valueOf(1));
        host.addBillOfMaterials(KIT, true, kit);
        host.addSellPriceTier(TIER_UK, "Amazon UK", GBP);
        host.addSellPriceTier(TIER_DE, "Amazon DE", EUR);
        host.addTaxCode(STD, "Standard 20%", new BigDecimal("0.20"));
        host.addTaxCode(ZERO, "Zero rated", BigDecimal.ZERO);
        host.addSalesOrderGroup(GROUP, "Amazon orders");
        host.addSalesAccount("4000", "Sales");
        host.addSalesAccount(ACCOUNT_SHIPPING, "Shipping income");
        host.receiveStock(WIDGET, MAIN, valueOf(10));
        host.receiveStock(GADGET, MAIN, valueOf(5));
        host.receiveStock(WIDGET, FBA_UK, valueOf(7));
        host.receiveBatch(BATCHED, MAIN, "B-NEW", NEW, valueOf(4));
        host.receiveBatch(BATCHED, MAIN, "B-OLD", OLD, valueOf(3));
        host.receiveBatch(BATCHED, MAIN, "B-MID", MID, valueOf(2));
        host.receiveSerials(SERIAL, MAIN, "S-003", "S-001", "S-002");
        host.customers().createCustomer(IdempotencyKey.of("seed", CUSTOMER),
                new NewCustomer(CUSTOMER, "First customer", "first@example.com", GBP, null));
    }
}
