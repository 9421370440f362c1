package org.ecomhub.stock.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecomhub.amazon.api.orders.OrderReserve;
import org.ecomhub.amazon.api.settings.StoreConfiguration;
import org.ecomhub.amazon.api.spapi.SellingPartnerClient;
import org.ecomhub.amazon.api.spapi.SellingPartnerClients;
import org.ecomhub.amazon.api.stock.StockExportRequest;
import org.ecomhub.amazon.api.stock.StockExportResult;
import org.ecomhub.amazon.api.stock.StockExporter;
import org.ecomhub.amazon.api.store.JobEngine;
import org.ecomhub.amazon.api.store.JobKind;
import org.ecomhub.amazon.api.store.JobRequest;
import org.ecomhub.amazon.api.store.JobResult;
import org.ecomhub.amazon.api.store.JobTarget;
import org.ecomhub.amazon.api.store.PollGroup;
import org.ecomhub.amazon.api.store.Progress;
import org.ecomhub.amazon.api.store.Store;
import org.ecomhub.amazon.api.store.StoreJob;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the stock export of a seller and region as a store job: scheduled runs send what changed (STK-06); the
 * argument {@value #FULL}{@code =true} sends every mapped SKU (DATA-02, "export now").
 */
@Component(service = JobEngine.class)
public class StockJobEngine implements JobEngine {

    static final String FULL = "full";
    private static final Logger LOG = LoggerFactory.getLogger(StockJobEngine.class);

    private final StockExporter exporter;
    private final SellingPartnerClients clients;

    /** STK-08: the orders bundle's reserve; until it is there nothing is held back, and the log says so. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile OrderReserve reserve;

    @Activate
    public StockJobEngine(
            @Reference(name = "exporter", policyOption = ReferencePolicyOption.GREEDY) StockExporter exporter,
            @Reference(name = "clients", policyOption = ReferencePolicyOption.GREEDY) SellingPartnerClients clients) {
        this.exporter = exporter;
        this.clients = clients;
    }

    /** For tests. */
    StockJobEngine(StockExporter exporter, SellingPartnerClients clients, OrderReserve reserve) {
        this(exporter, clients);
        this.reserve = reserve;
    }

    @Override
    public Set<JobKind> kinds() {
        return Set.of(JobKind.STOCK_EXPORT);
    }

    @Override
    public StoreJob prepare(JobRequest request) {
        return new StoreJob() {
            @Override
            public JobKind kind() {
                return JobKind.STOCK_EXPORT;
            }

            @Override
            public JobTarget target() {
                return request.target();
            }

            @Override
            public JobResult run(Progress progress) {
                return export(request, progress);
            }
        };
    }

    JobResult export(JobRequest request, Progress progress) {
        PollGroup group = request.target().group();
        List<StoreConfiguration> stores = request.stores().stream().map(Store::configuration).toList();
        if (stores.isEmpty()) {
            return JobResult.of(JobResult.Status.STORE_OFF, "no store of " + group + " is ON");
        }
        boolean full = Boolean.parseBoolean(request.arguments().getOrDefault(FULL, "false"));
        SellingPartnerClient client = clients.client(group.sellerId(), group.region(), request.connection())
                .forAccount(request.target().store().orElse(group.key()));
        StockExportResult result = exporter.export(new StockExportRequest(group, stores, full, reserved(group)),
                client, progress);
        return JobResult.done(result.summary(), result.sent());
    }

    private Map<String, BigDecimal> reserved(PollGroup group) {
        OrderReserve current = reserve;
        if (current == null) {
            LOG.warn("No OrderReserve service: the stock export of {} holds nothing back for unimported orders", group);
            return Map.of();
        }
        return current.reserved(group.sellerId(), group.region());
    }
}
