package org.ecomhub.orders.internal;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ecomhub.amazon.api.orders.PollSummary;
import org.ecomhub.amazon.api.store.JobCancelledException;
import org.ecomhub.amazon.api.store.Progress;
import org.ecomhub.amazon.api.store.Store;
import org.ecomhub.host.api.IdempotencyKey;
import org.ecomhub.host.api.SalesOrder;
import org.ecomhub.host.api.WarehouseKind;
import org.ecomhub.host.embedded.internal.EmbeddedAccounting;
import org.ecomhub.host.embedded.internal.EmbeddedCompany;
import org.ecomhub.host.embedded.internal.EmbeddedCustomers;
import org.ecomhub.host.embedded.internal.EmbeddedHostEvents;
import org.ecomhub.host.embedded.internal.EmbeddedInventory;
import org.ecomhub.host.embedded.internal.EmbeddedProductCatalog;
import org.ecomhub.host.embedded.internal.EmbeddedSalesOrders;
import org.ecomhub.host.embedded.internal.HostAdmin;
import org.ecomhub.host.embedded.internal.HostDatabase;
import org.ecomhub.tax.internal.ChargeTaxStrategy;
import org.ecomhub.tax.internal.IgnoreTaxStrategy;
import org.ecomhub.tax.internal.LineTaxStrategy;
import org.ecomhub.testsupport.RecordingConnectionLog;
import org.ecomhub.testsupport.SkuCodeMappings;
import org.ecomhub.testsupport.SteppedClock;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The importer wired by hand as DS would wire it: the reference host and the plugin's tables on H2 files in a temp
 * directory, a stepped clock, a recording log, and Amazon as a {@link FakeClient} (or the simulator's client).
 */
final class Harness {
    static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

    final SteppedClock clock = new SteppedClock(T0);
    final RecordingConnectionLog log = new RecordingConnectionLog();
    final FakeClient amazon = new FakeClient();
    final JdbcDataSource pluginDb;
    final HostDatabase hostDb;
    final HostAdmin admin;
    final EmbeddedSalesOrders salesOrders;
    final EmbeddedCustomers customers;
    final EmbeddedProductCatalog catalog;
    final EmbeddedAccounting accounting;
    final HostServices host;
    OrderImporterComponent importer;
    final LineTaxStrategy line = new LineTaxStrategy();

    Harness(Path dir) {
        this(dir, true);
    }

    /** @param seed false when the databases in {@code dir} exist already (a restart) */
    Harness(Path dir, boolean seed) {
        JdbcDataSource hostDs = h2(dir.resolve("erp"));
        pluginDb = h2(dir.resolve("plugin"));
        hostDb = new HostDatabase(hostDs, clock);
        admin = new HostAdmin(hostDb);
        salesOrders = new EmbeddedSalesOrders(hostDb);
        customers = new EmbeddedCustomers(hostDb);
        catalog = new EmbeddedProductCatalog(hostDb);
        accounting = new EmbeddedAccounting(hostDb);
        host = new HostServices(salesOrders, customers, new EmbeddedInventory(hostDb), catalog,
                new EmbeddedCompany(hostDb), accounting, new EmbeddedHostEvents(hostDb));
        if (seed) {
            seedHost();
        }
        importer = newImporter(CrashPoints.NONE);
    }

    private static JdbcDataSource h2(Path file) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + file.toAbsolutePath() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000;WRITE_DELAY=0");
        ds.setUser("sa");
        ds.setPassword("");
        return ds;
    }

    /** A fresh importer on the same databases: what a restart or a bundle update gives. */
    OrderImporterComponent newImporter(CrashPoints crash) {
        OrderImporterComponent c = new OrderImporterComponent(pluginDb, clock, log, host, crash);
        c.addTaxStrategy(line);
        c.addTaxStrategy(new ChargeTaxStrategy());
        c.addTaxStrategy(new IgnoreTaxStrategy());
        c.setProductMappings(new SkuCodeMappings(catalog));
        return c;
    }

    private void seedHost() {
        admin.setCurrencies("GBP", Set.of("EUR", "USD", "JPY"));
        admin.setCompanySettings(true, true, false);
        admin.addWarehouse("MAIN", "Main warehouse", WarehouseKind.OWN);
        admin.addWarehouse("FBA-UK", "Amazon FBA", WarehouseKind.FBA);
        admin.addTaxCode("STANDARD", "20%", new BigDecimal("0.20"));
        admin.addTaxCode("REDUCED", "5%", new BigDecimal("0.05"));
        admin.addTaxCode("ZERO", "0%", BigDecimal.ZERO);
        admin.addTaxCode("CA825", "8.25%", new BigDecimal("0.0825"));
        admin.addTaxCode("MPF", "facilitator", BigDecimal.ZERO);
        admin.addTaxCode("JP10", "10%", new BigDecimal("0.10"));
        admin.addSalesOrderGroup("AMAZON", "Amazon orders");
        admin.addSalesAccount("4010", "Shipping income");
        admin.addProduct("MUG", "Mug", false, false);
        admin.addProduct("TEA", "Tea", true, false);
        admin.addProduct("KETTLE", "Kettle", false, true);
        receive("MUG", "MAIN", 100);
        receive("MUG", "FBA-UK", 100);
    }

    void receive(String product, String warehouse, int units) {
        admin.receiveStock(IdempotencyKey.of("receipt", UUID.randomUUID().toString()), product, warehouse,
                BigDecimal.valueOf(units));
    }

    void receiveBatch(String product, String batch, LocalDate date, int units) {
        admin.receiveBatch(product, "MAIN", batch, date, null, BigDecimal.valueOf(units));
    }

    PollSummary poll(Store... stores) {
        return importer.poll(List.of(stores), amazon, progress());
    }

    static Progress progress() {
        return new Progress() {
            @Override public void report(String message) { }
            @Override public void step(long done, long total) { }
            @Override public boolean cancelled() { return false; }
            @Override public void checkpoint() throws JobCancelledException { }
        };
    }

    /** Every host order, first to last. */
    List<SalesOrder> hostOrders() {
        return salesOrders.orders(null, 1000);
    }

    SalesOrder hostOrder(String externalReference) {
        return salesOrders.findByExternalReference(externalReference)
                .orElseThrow(() -> new AssertionError("no host order " + externalReference));
    }

    LedgerEntry ledger(String orderId) {
        return importer.ledgerEntry(TestStore.SELLER, orderId).orElseThrow(() -> new AssertionError("not in ledger"));
    }

    /** Every value of every row of the plugin's own tables, as text (for the SEC-01/ORD-09 leak checks). */
    String pluginTables() throws Exception {
        StringBuilder sb = new StringBuilder();
        try (Connection c = pluginDb.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + t + "\"")) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            sb.append(rs.getString(i)).append('|');
                        }
                        sb.append('\n');
                    }
                }
            }
        }
        return sb.toString();
    }
}
