package org.ecomhub.orders.internal;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.ecomhub.amazon.api.log.ConnectionLog;
import org.ecomhub.amazon.api.orders.OrderImporter;
import org.ecomhub.amazon.api.orders.OrderReserve;
import org.ecomhub.amazon.api.orders.PollSummary;
import org.ecomhub.amazon.api.products.ProductMappings;
import org.ecomhub.amazon.api.settings.TaxSettings.TaxMode;
import org.ecomhub.amazon.api.spapi.Region;
import org.ecomhub.amazon.api.spapi.SellingPartnerClient;
import org.ecomhub.amazon.api.store.Progress;
import org.ecomhub.amazon.api.store.Store;
import org.ecomhub.amazon.api.tax.TaxStrategy;
import org.ecomhub.host.api.Accounting;
import org.ecomhub.host.api.Company;
import org.ecomhub.host.api.Customers;
import org.ecomhub.host.api.HostEvents;
import org.ecomhub.host.api.HostUnavailableException;
import org.ecomhub.host.api.Inventory;
import org.ecomhub.host.api.ProductCatalog;
import org.ecomhub.host.api.SalesOrders;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The {@link OrderImporter} and {@link OrderReserve} services. The host SPI, the DataSource, the Clock and the log are
 * static references; tax strategies (one per mode) and the product mappings are dynamic, and an order that needs a
 * missing one is deferred (ORD-13). Migrates the ledger tables on activation (quick, local).
 */
@Component(service = {OrderImporter.class, OrderReserve.class})
public class OrderImporterComponent implements OrderImporter, OrderReserve {

    private final Ledger ledger;
    private final OrderPipeline pipeline;
    private final Map<TaxMode, TaxStrategy> strategies = new ConcurrentHashMap<>();
    private volatile ProductMappings mappings;

    @Activate
    public OrderImporterComponent(
            @Reference(name = "dataSource", target = "(dataSourceName=ecomhub)") DataSource dataSource,
            @Reference(name = "clock", policyOption = ReferencePolicyOption.GREEDY) Clock clock,
            @Reference(name = "log") ConnectionLog log,
            @Reference(name = "salesOrders") SalesOrders salesOrders,
            @Reference(name = "customers") Customers customers,
            @Reference(name = "inventory") Inventory inventory,
            @Reference(name = "catalog") ProductCatalog catalog,
            @Reference(name = "company") Company company,
            @Reference(name = "accounting") Accounting accounting,
            @Reference(name = "events") HostEvents events) {
        this(dataSource, clock, log, new HostServices(salesOrders, customers, inventory, catalog, company, accounting,
                events),
                CrashPoints.NONE);
    }

    OrderImporterComponent(DataSource dataSource, Clock clock, ConnectionLog log, HostServices host,
            CrashPoints crash) {
        this.ledger = new Ledger(dataSource);
        try {
            ledger.migrate();
        } catch (SQLException e) {
            throw new HostUnavailableException("cannot migrate the order ledger: " + e.getMessage(), e);
        }
        this.pipeline = new OrderPipeline(clock, ledger, host, log, mode -> Optional.ofNullable(strategies.get(mode)),
                () -> Optional.ofNullable(mappings), crash);
    }

    @Reference(name = "taxStrategy", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addTaxStrategy(TaxStrategy strategy) {
        strategies.put(strategy.mode(), strategy);
    }

    void removeTaxStrategy(TaxStrategy strategy) {
        strategies.remove(strategy.mode(), strategy);
    }

    @Reference(name = "productMappings", cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setProductMappings(ProductMappings productMappings) {
        this.mappings = productMappings;
    }

    void unsetProductMappings(ProductMappings productMappings) {
        if (this.mappings == productMappings) {
            this.mappings = null;
        }
    }

    @Override
    public PollSummary poll(List<Store> stores, SellingPartnerClient client, Progress progress) {
        return pipeline.poll(stores, client, progress);
    }

    @Override
    public List<String> findMissing(Store store, Instant from, Instant to, SellingPartnerClient client,
            Progress progress) {
        return pipeline.findMissing(store, from, to, client);
    }

    @Override
    public PollSummary importOrders(Store store, List<String> orderIds, SellingPartnerClient client,
            Progress progress) {
        return pipeline.importOrders(store, orderIds, client, progress);
    }

    @Override
    public Map<String, BigDecimal> reserved(String sellerId, Region region) {
        return ledger.reserved(sellerId, region.name());
    }

    /** For tests and the shell: the ledger entry of an order. */
    Optional<LedgerEntry> ledgerEntry(String sellerId, String orderId) {
        return ledger.find(sellerId, orderId);
    }
}
