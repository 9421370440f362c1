package org.ecomhub.orders.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ecomhub.host.api.Accounting;
import org.ecomhub.host.api.Company;
import org.ecomhub.host.api.Customers;
import org.ecomhub.host.api.HostEvents;
import org.ecomhub.host.api.IdempotencyKey;
import org.ecomhub.host.api.Inventory;
import org.ecomhub.host.api.ProductCatalog;
import org.ecomhub.host.api.SalesOrders;
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
import org.h2.jdbcx.JdbcDataSource;
import org.ecomhub.testsupport.SkuCodeMappings;

/**
 * The reference host and the importer wired by hand as DS wires them, on H2 files (the demo's durability:
 * WRITE_DELAY=0, every commit on disk). With a recorder, every host SPI call the importer makes is recorded so the
 * same calls can be replayed directly on a fresh host.
 */
public final class BenchHost {
    /** One host SPI call. */
    public record Call(Class<?> type, Method method, Object[] args) {
    }

    public final HostDatabase hostDb;
    public final HostAdmin admin;
    public final SalesOrders salesOrders;
    public final Customers customers;
    public final Inventory inventory;
    public final ProductCatalog catalog;
    public final Company company;
    public final Accounting accounting;
    public final HostEvents events;
    public final JdbcDataSource pluginDb;
    public final QuietLog log = new QuietLog();
    private final List<Call> recorded;
    /** Real nanoseconds spent inside host SPI calls (recording hosts only). */
    public final java.util.concurrent.atomic.AtomicLong hostNanos = new java.util.concurrent.atomic.AtomicLong();

    public BenchHost(Path dir, Clock clock, List<Call> recorder) {
        this.recorded = recorder;
        // one database for host and plugin tables, as in the app: (dataSourceName=ecomhub) is shared
        pluginDb = h2(dir.resolve("ecomhub"));
        hostDb = new HostDatabase(pluginDb, clock);
        admin = new HostAdmin(hostDb);
        salesOrders = wrap(SalesOrders.class, new EmbeddedSalesOrders(hostDb));
        customers = wrap(Customers.class, new EmbeddedCustomers(hostDb));
        inventory = wrap(Inventory.class, new EmbeddedInventory(hostDb));
        catalog = wrap(ProductCatalog.class, new EmbeddedProductCatalog(hostDb));
        company = wrap(Company.class, new EmbeddedCompany(hostDb));
        accounting = wrap(Accounting.class, new EmbeddedAccounting(hostDb));
        events = wrap(HostEvents.class, new EmbeddedHostEvents(hostDb));
        seed();
    }

    public static JdbcDataSource h2(Path file) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + file.toAbsolutePath() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000;WRITE_DELAY=0");
        ds.setUser("sa");
        ds.setPassword("");
        return ds;
    }

    /** The importer as DS builds it, with the three tax strategies and SKU = product code mappings. */
    public OrderImporterComponent importer(Clock clock) {
        OrderImporterComponent c = new OrderImporterComponent(pluginDb, clock, log, salesOrders, customers, inventory,
                catalog, company, accounting, events);
        c.addTaxStrategy(new LineTaxStrategy());
        c.addTaxStrategy(new ChargeTaxStrategy());
        c.addTaxStrategy(new IgnoreTaxStrategy());
        c.setProductMappings(new SkuCodeMappings(catalog));
        return c;
    }

    /** Replays calls recorded on another host, in order, on this one; returns how many failed. */
    public int replay(List<Call> calls) {
        int failed = 0;
        for (Call c : calls) {
            Object target = target(c.type());
            try {
                c.method().invoke(target, c.args());
            } catch (InvocationTargetException | IllegalAccessException e) {
                failed++;
            }
        }
        return failed;
    }

    private Object target(Class<?> type) {
        if (type == SalesOrders.class) {
            return salesOrders;
        } else if (type == Customers.class) {
            return customers;
        } else if (type == Inventory.class) {
            return inventory;
        } else if (type == ProductCatalog.class) {
            return catalog;
        } else if (type == Company.class) {
            return company;
        } else if (type == Accounting.class) {
            return accounting;
        }
        return events;
    }

    @SuppressWarnings("unchecked")
    private <T> T wrap(Class<T> type, T real) {
        if (recorded == null) {
            return real;
        }
        return (T) Proxy.newProxyInstance(BenchHost.class.getClassLoader(), new Class<?>[] {type}, (p, m, a) -> {
            if (m.getDeclaringClass() != Object.class) {
                synchronized (recorded) {
                    recorded.add(new Call(type, m, a == null ? new Object[0] : a.clone()));
                }
            }
            long t0 = System.nanoTime();
            try {
                return m.invoke(real, a);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            } finally {
                hostNanos.addAndGet(System.nanoTime() - t0);
            }
        });
    }

    private void seed() {
        admin.setCurrencies("GBP", Set.of("EUR", "USD", "JPY", "SEK", "PLN"));
        admin.setCompanySettings(true, true, false);
        admin.addWarehouse("MAIN", "Main warehouse", WarehouseKind.OWN);
        admin.addWarehouse("FBA-EU", "Amazon FBA", WarehouseKind.FBA);
        admin.addTaxCode("STANDARD", "20%", new BigDecimal("0.20"));
        admin.addTaxCode("REDUCED", "5%", new BigDecimal("0.05"));
        admin.addTaxCode("ZERO", "0%", BigDecimal.ZERO);
        admin.addSalesOrderGroup("AMAZON", "Amazon orders");
        admin.addSalesAccount("4010", "Shipping income");
        admin.addProduct("MUG", "Mug", false, false);
        admin.receiveStock(IdempotencyKey.of("receipt", "seed"), "MUG", "MAIN", BigDecimal.TEN);
    }

    public static List<Call> newRecorder() {
        return new ArrayList<>();
    }
}
