package org.ecomhub.host.api.conformance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.ecomhub.host.api.Accounting;
import org.ecomhub.host.api.Company;
import org.ecomhub.host.api.Customers;
import org.ecomhub.host.api.HostEvents;
import org.ecomhub.host.api.Inventory;
import org.ecomhub.host.api.ProductCatalog;
import org.ecomhub.host.api.ReferenceData;
import org.ecomhub.host.api.SalesOrders;
import org.ecomhub.host.api.WarehouseKind;

/**
 * What an implementer supplies to run the conformance tests: a fresh, empty host, its SPI services, and a way to
 * put the data in that the SPI itself never writes (warehouses, receipts, dispatches done by people in the host).
 *
 * <p>Every seeding method acts at once and durably, as if a person did it in the host.
 */
public interface HostFixture extends AutoCloseable {

    ProductCatalog productCatalog();

    Customers customers();

    Inventory inventory();

    SalesOrders salesOrders();

    ReferenceData referenceData();

    Company company();

    Accounting accounting();

    HostEvents events();

    /** The base currency and every other currency the host trades in. */
    void setCurrencies(String baseCurrency, Set<String> others);

    void setCompanySettings(boolean batchTracking, boolean serialisedProducts, boolean accountingIntegration);

    void addWarehouse(String code, String name, WarehouseKind kind);

    void addProduct(String code, String description, boolean batchTracked, boolean serialised);

    /** Components in the order given; a component may have a bill of its own. */
    void addBillOfMaterials(String productCode, boolean autoAssemble, Map<String, BigDecimal> components);

    void addSellPriceTier(String code, String name, String currency);

    void addTaxCode(String code, String description, BigDecimal rate);

    void addSalesOrderGroup(String code, String name);

    void addSalesAccount(String code, String name);

    /** A receipt of a product that is neither batch-tracked nor serialised: raises stock on hand. */
    void receiveStock(String productCode, String warehouseCode, BigDecimal quantity);

    /** A receipt of one batch of a batch-tracked product: raises stock on hand by the quantity. */
    void receiveBatch(String productCode, String warehouseCode, String batchNumber, LocalDate batchDate,
                      BigDecimal quantity);

    /** A receipt of units of a serialised product, in the order given; one unit each. */
    void receiveSerials(String productCode, String warehouseCode, String... serialNumbers);

    /**
     * A person dispatches (ships) part of an order: stock on hand falls by the quantities unless the order was
     * completed, shipped quantities rise, and a dispatch event is recorded.
     *
     * @param lines line external reference to quantity
     * @return the dispatch id
     */
    String dispatch(String orderNumber, String carrier, String trackingNumber, LocalDate shipDate,
                    Map<String, BigDecimal> lines);

    @Override
    void close() throws Exception;
}
