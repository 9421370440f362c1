package org.ecomhub.orders.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.ecomhub.amazon.api.orders.ImportRefusedException;
import org.ecomhub.amazon.api.orders.OrderImporter;
import org.ecomhub.amazon.api.orders.PollSummary;
import org.ecomhub.amazon.api.spapi.SellingPartnerClient;
import org.ecomhub.amazon.api.spapi.SellingPartnerClients;
import org.ecomhub.amazon.api.store.JobEngine;
import org.ecomhub.amazon.api.store.JobKind;
import org.ecomhub.amazon.api.store.JobRequest;
import org.ecomhub.amazon.api.store.JobResult;
import org.ecomhub.amazon.api.store.Store;
import org.ecomhub.amazon.api.store.StoreJob;
import org.ecomhub.amazon.api.store.JobTarget;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thin adapter between the store scheduler and the {@link OrderImporter}: the scheduled poll of a poll group,
 * "import these orders" ({@code orders} = ids separated by commas, spaces or new lines) and "find missing orders"
 * ({@code days} back from now, or {@code from}/{@code to} as ISO instants; {@code import=true} imports what it finds).
 * The scheduler holds the poll group's lease while these run.
 */
@Component(service = JobEngine.class)
public class OrdersJobEngine implements JobEngine {

    private static final Logger LOG = LoggerFactory.getLogger(OrdersJobEngine.class);
    /** How long an update or stop of the bundle waits for a running job to reach its next checkpoint. */
    static final Duration DRAIN = Duration.ofSeconds(30);

    private final RunningJobs running = new RunningJobs();
    private final OrderImporter importer;
    private final SellingPartnerClients clients;
    private final Clock clock;

    @Activate
    public OrdersJobEngine(@Reference(name = "importer") OrderImporter importer,
            @Reference(name = "clients") SellingPartnerClients clients,
            @Reference(name = "clock", policyOption = ReferencePolicyOption.GREEDY) Clock clock) {
        this.importer = importer;
        this.clients = clients;
        this.clock = clock;
    }

    @Override
    public Set<JobKind> kinds() {
        return Set.of(JobKind.ORDER_POLL, JobKind.ORDER_IMPORT, JobKind.MISSING_ORDERS);
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
            public JobResult run(org.ecomhub.amazon.api.store.Progress progress) {
                if (!running.enter()) {
                    return JobResult.of(JobResult.Status.CANCELLED, "Not started: " + RunningJobs.STOPPING
                            + "; it runs again on the next schedule.");
                }
                try {
                    return runJob(request, running.watch(progress));
                } finally {
                    running.exit();
                }
            }
        };
    }

    /** Stops with its bundle revision: running jobs end at their next checkpoint, before the class loader closes. */
    @Deactivate
    void deactivate() throws InterruptedException {
        if (!running.closeAndAwait(DRAIN)) {
            LOG.warn("An order job did not reach a checkpoint within {} s of the orders bundle stopping; it may end "
                    + "with an error, and runs again on the next schedule", DRAIN.toSeconds());
        }
    }

    private JobResult runJob(JobRequest request, org.ecomhub.amazon.api.store.Progress progress) {
        if (request.stores().isEmpty()) {
            return JobResult.of(JobResult.Status.STORE_OFF, "No store of " + request.target() + " is ON.");
        }
        SellingPartnerClient client = clients.client(request.target().group().sellerId(),
                request.target().group().region(), request.connection())
                .forAccount(request.target().store().orElse(request.target().group().key()));
        return switch (request.kind()) {
            case ORDER_POLL -> done(importer.poll(request.stores(), client, progress));
            case ORDER_IMPORT -> importNamed(request, client, progress);
            case MISSING_ORDERS -> findMissing(request, client, progress);
            default -> JobResult.of(JobResult.Status.FAILED, "not an order job: " + request.kind());
        };
    }

    private JobResult importNamed(JobRequest request, SellingPartnerClient client,
            org.ecomhub.amazon.api.store.Progress progress) {
        List<String> ids = orderIds(request.arguments().getOrDefault("orders", ""));
        try {
            return done(importer.importOrders(store(request), ids, client, progress));
        } catch (ImportRefusedException e) {
            return JobResult.of(JobResult.Status.FAILED, e.getMessage());
        }
    }

    private JobResult findMissing(JobRequest request, SellingPartnerClient client,
            org.ecomhub.amazon.api.store.Progress progress) {
        Instant to = request.arguments().containsKey("to") ? Instant.parse(request.arguments().get("to"))
                : clock.instant().minus(Duration.ofMinutes(2));
        Instant from = request.arguments().containsKey("from") ? Instant.parse(request.arguments().get("from"))
                : to.minus(Duration.ofDays(Long.parseLong(request.arguments().getOrDefault("days", "7"))));
        List<String> missing = importer.findMissing(store(request), from, to, client, progress);
        progress.report(missing.isEmpty() ? "No missing orders." : "Missing: " + String.join(", ", missing));
        if (Boolean.parseBoolean(request.arguments().getOrDefault("import", "false")) && !missing.isEmpty()) {
            List<String> batch = missing.subList(0, Math.min(50, missing.size()));
            try {
                return done(importer.importOrders(store(request), batch, client, progress));
            } catch (ImportRefusedException e) {
                return JobResult.of(JobResult.Status.FAILED, e.getMessage());
            }
        }
        return JobResult.done(missing.size() + " missing order(s)"
                + (missing.isEmpty() ? "" : ": " + String.join(", ", missing)), missing.size());
    }

    /** DATA-04: ids separated by commas, spaces or new lines. */
    static List<String> orderIds(String text) {
        return Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    private static Store store(JobRequest request) {
        String alias = request.target().store().orElse(request.stores().get(0).alias());
        return request.stores().stream().filter(s -> s.alias().equals(alias)).findFirst()
                .orElse(request.stores().get(0));
    }

    private static JobResult done(PollSummary summary) {
        return JobResult.done(summary.toString(), summary.imported());
    }
}
