package org.ecomhub.host.embedded.internal;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ecomhub.host.api.Accounting;
import org.ecomhub.host.api.Company;
import org.ecomhub.host.api.Customers;
import org.ecomhub.host.api.HostEvents;
import org.ecomhub.host.api.IdempotencyKey;
import org.ecomhub.host.api.Inventory;
import org.ecomhub.host.api.ProductCatalog;
import org.ecomhub.host.api.ReferenceData;
import org.ecomhub.host.api.SalesOrders;
import org.ecomhub.host.api.WarehouseKind;
import org.ecomhub.host.api.conformance.HostFixture;
import org.ecomhub.testsupport.SteppedClock;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The reference host wired by hand on an H2 file database, as the components are wired in the framework. Serves
 * as the conformance tests' fixture and as the host of this module's own tests.
 */
public final class EmbeddedHost implements HostFixture {

    public final JdbcDataSource dataSource;
    public final HostDatabase db;
    public final HostAdmin admin;
    public final EmbeddedProductCatalog products;
    public final EmbeddedCustomers customers;
    public final EmbeddedInventory inventory;
    public final EmbeddedSalesOrders orders;
    public final EmbeddedReferenceData referenceData;
    public final EmbeddedCompany company;
    public final EmbeddedAccounting accounting;
    public final EmbeddedHostEvents events;

    private EmbeddedHost(JdbcDataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.db = new HostDatabase(dataSource, clock);
        this.admin = new HostAdmin(db);
        this.products = new EmbeddedProductCatalog(db);
        this.customers = new EmbeddedCustomers(db);
        this.inventory = new EmbeddedInventory(db);
        this.orders = new EmbeddedSalesOrders(db);
        this.referenceData = new EmbeddedReferenceData(db);
        this.company = new EmbeddedCompany(db);
        this.accounting = new EmbeddedAccounting(db);
        this.events = new EmbeddedHostEvents(db);
    }

    /** Opens (or reopens) the host whose database file lives in {@code dir}. */
    public static EmbeddedHost open(Path dir) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("erp").toAbsolutePath() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        ds.setUser("sa");
        ds.setPassword("");
        return new EmbeddedHost(ds, SteppedClock.tickingOnRead(Instant.parse("2026-11-20T10:00:00Z"), Duration.ofSeconds(1)));
    }

    /** Closes the database file, as a stop of the framework would. */
    @Override
    public void close() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    @Override public ProductCatalog productCatalog() { return products; }
    @Override public Customers customers() { return customers; }
    @Override public Inventory inventory() { return inventory; }
    @Override public SalesOrders salesOrders() { return orders; }
    @Override public ReferenceData referenceData() { return referenceData; }
    @Override public Company company() { return company; }
    @Override public Accounting accounting() { return accounting; }
    @Override public HostEvents events() { return events; }

    @Override
    public void setCurrencies(String baseCurrency, Set<String> others) {
        admin.setCurrencies(baseCurrency, others);
    }

    @Override
    public void setCompanySettings(boolean batchTracking, boolean serialisedProducts, boolean accountingIntegration) {
        admin.setCompanySettings(batchTracking, serialisedProducts, accountingIntegration);
    }

    @Override
    public void addWarehouse(String code, String name, WarehouseKind kind) {
        admin.addWarehouse(code, name, kind);
    }

    @Override
    public void addProduct(String code, String description, boolean batchTracked, boolean serialised) {
        admin.addProduct(code, description, batchTracked, serialised);
    }

    @Override
    public void addBillOfMaterials(String productCode, boolean autoAssemble, Map<String, BigDecimal> components) {
        admin.setBillOfMaterials(productCode, autoAssemble, components);
    }

    @Override
    public void addSellPriceTier(String code, String name, String currency) {
        admin.addSellPriceTier(code, name, currency);
    }

    @Override
    public void addTaxCode(String code, String description, BigDecimal rate) {
        admin.addTaxCode(code, description, rate);
    }

    @Override
    public void addSalesOrderGroup(String code, String name) {
        admin.addSalesOrderGroup(code, name);
    }

    @Override
    public void addSalesAccount(String code, String name) {
        admin.addSalesAccount(code, name);
    }

    @Override
    public void receiveStock(String productCode, String warehouseCode, BigDecimal quantity) {
        admin.receiveStock(IdempotencyKey.of("receipt", UUID.randomUUID().toString()), productCode, warehouseCode, quantity);
    }

    @Override
    public void receiveBatch(String productCode, String warehouseCode, String batchNumber, LocalDate batchDate,
                             BigDecimal quantity) {
        admin.receiveBatch(productCode, warehouseCode, batchNumber, batchDate, null, quantity);
    }

    @Override
    public void receiveSerials(String productCode, String warehouseCode, String... serialNumbers) {
        admin.receiveSerials(productCode, warehouseCode, null, new ArrayList<>(List.of(serialNumbers)));
    }

    @Override
    public String dispatch(String orderNumber, String carrier, String trackingNumber, LocalDate shipDate,
                           Map<String, BigDecimal> lines) {
        return admin.dispatch(orderNumber, carrier, trackingNumber, shipDate, lines);
    }
}
