package org.ecomhub.products.internal;

import java.util.Optional;
import java.util.Set;
import org.ecomhub.amazon.api.products.ProductImportResult;
import org.ecomhub.amazon.api.products.ProductMapping;
import org.ecomhub.amazon.api.products.ProductSync;
import org.ecomhub.amazon.api.spapi.SellingPartnerClient;
import org.ecomhub.amazon.api.spapi.SellingPartnerClients;
import org.ecomhub.amazon.api.store.JobEngine;
import org.ecomhub.amazon.api.store.JobKind;
import org.ecomhub.amazon.api.store.JobRequest;
import org.ecomhub.amazon.api.store.JobResult;
import org.ecomhub.amazon.api.store.JobTarget;
import org.ecomhub.amazon.api.store.Progress;
import org.ecomhub.amazon.api.store.Store;
import org.ecomhub.amazon.api.store.StoreJob;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Runs product imports (DATA-01) and lead-time changes (LIST-03) as store jobs. A lead-time job takes the arguments
 * {@value #SKU} and {@value #DAYS}.
 */
@Component(service = JobEngine.class)
public class ProductJobEngine implements JobEngine {

    static final String SKU = "sku";
    static final String DAYS = "days";

    private final ProductSync sync;
    private final SellingPartnerClients clients;

    @Activate
    public ProductJobEngine(
            @Reference(name = "sync", policyOption = ReferencePolicyOption.GREEDY) ProductSync sync,
            @Reference(name = "clients", policyOption = ReferencePolicyOption.GREEDY) SellingPartnerClients clients) {
        this.sync = sync;
        this.clients = clients;
    }

    @Override
    public Set<JobKind> kinds() {
        return Set.of(JobKind.PRODUCT_IMPORT, JobKind.LEAD_TIME);
    }

    @Override
    public StoreJob prepare(JobRequest request) {
        return new StoreJob() {
            @Override
            public JobKind kind() {
                return request.kind();
            }

            @Override
            public JobTarget target() {
                return request.target();
            }

            @Override
            public JobResult run(Progress progress) {
                Optional<Store> store = request.stores().stream()
                        .filter(s -> request.target().store().map(s.alias()::equals).orElse(false)).findFirst();
                if (store.isEmpty()) {
                    return JobResult.of(JobResult.Status.STORE_OFF, "the store is not ON");
                }
                SellingPartnerClient client = clients.client(store.get().sellerId(), store.get().region(),
                        request.connection()).forAccount(store.get().alias());
                if (request.kind() == JobKind.LEAD_TIME) {
                    return leadTime(store.get(), client, request);
                }
                ProductImportResult result = sync.importProducts(store.get().configuration(), client, progress);
                return JobResult.done(result.summary(), result.listings());
            }
        };
    }

    private JobResult leadTime(Store store, SellingPartnerClient client, JobRequest request) {
        String sku = request.arguments().getOrDefault(SKU, "");
        int days;
        try {
            days = Integer.parseInt(request.arguments().getOrDefault(DAYS, "").trim());
        } catch (NumberFormatException e) {
            return JobResult.of(JobResult.Status.FAILED, "days must be a whole number 0 to 30");
        }
        try {
            ProductMapping m = sync.changeLeadTime(store.configuration(), client, sku, days);
            return JobResult.done("lead time of " + m.sellerSku() + " is now " + m.leadTimeDays() + " days", 1);
        } catch (IllegalArgumentException e) {
            return JobResult.of(JobResult.Status.FAILED, e.getMessage());
        }
    }
}
