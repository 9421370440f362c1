package org.ecomhub.stores.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.ecomhub.amazon.api.log.ConnectionLog;
import org.ecomhub.amazon.api.log.FixAction;
import org.ecomhub.amazon.api.log.LogCategory;
import org.ecomhub.amazon.api.log.LogEvent;
import org.ecomhub.amazon.api.log.SecretMask;
import org.ecomhub.amazon.api.settings.IntegrationSettings;
import org.ecomhub.amazon.api.spapi.SpApiAuthorizationException;
import org.ecomhub.amazon.api.spapi.SpApiMalformedResponseException;
import org.ecomhub.amazon.api.spapi.SpApiThrottledException;
import org.ecomhub.amazon.api.spapi.SpApiTransientException;
import org.ecomhub.amazon.api.store.AuthorisationState;
import org.ecomhub.amazon.api.store.JobCancelledException;
import org.ecomhub.amazon.api.store.JobEngine;
import org.ecomhub.amazon.api.store.JobKind;
import org.ecomhub.amazon.api.store.JobRequest;
import org.ecomhub.amazon.api.store.JobResult;
import org.ecomhub.amazon.api.store.JobResult.Status;
import org.ecomhub.amazon.api.store.JobTarget;
import org.ecomhub.amazon.api.store.LastRun;
import org.ecomhub.amazon.api.store.PollGroup;
import org.ecomhub.amazon.api.store.Progress;
import org.ecomhub.amazon.api.store.Store;
import org.ecomhub.amazon.api.store.StoreJob;
import org.ecomhub.amazon.api.store.StoreJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the stores' jobs on a small pool (DESIGN "Work and concurrency"). {@link #tick()} is called often (every
 * second in real time) and starts the order poll and stock export of each poll group when they are due on the Clock
 * (HOST-08); manual jobs start on demand. Order-writing jobs hold the group's lease row (ORD-10), renewed on every
 * tick and progress report. A store turned OFF stops its running jobs at once (STORE-04).
 */
final class JobScheduler implements StoreJobs, JobControl {

    /** How long a lease lasts on the Clock without renewal; a crashed node's lease is free after this. */
    static final Duration LEASE_TTL = Duration.ofMinutes(2);

    private static final Logger LOG = LoggerFactory.getLogger(JobScheduler.class);

    private final Clock clock;
    private final StoreDirectory directory;
    private final Function<JobKind, Optional<JobEngine>> engines;
    private final LeaseTable leases;
    private final StoreTables tables;
    private final ConnectionLog log;
    private final ExecutorService pool;
    private final String node = UUID.randomUUID().toString();
    private final AtomicLong runIds = new AtomicLong();
    private final Map<String, Instant> nextDue = new ConcurrentHashMap<>();
    private final Set<Run> runs = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    JobScheduler(Clock clock, StoreDirectory directory, Function<JobKind, Optional<JobEngine>> engines,
            LeaseTable leases, StoreTables tables, ConnectionLog log, ExecutorService pool) {
        this.clock = clock;
        this.directory = directory;
        this.engines = engines;
        this.leases = leases;
        this.tables = tables;
        this.log = log;
        this.pool = pool;
    }

    /** Starts what is due and renews the leases of running jobs; never throws (it runs on a timer). */
    void tick() {
        if (stopping) {
            return;
        }
        try {
            Instant now = clock.instant();
            IntegrationSettings integration = directory.integration();
            for (PollGroup group : directory.groups()) {
                List<StoreSnapshot> on = directory.storesOf(group).stream().filter(Store::enabled).toList();
                boolean authorised = switch (directory.authorisation(group)) {
                    case AUTHORISED, EXPIRES_SOON -> true;
                    default -> false;
                };
                if (on.isEmpty() || !authorised) {
                    nextDue.remove(key(group, JobKind.ORDER_POLL));
                    nextDue.remove(key(group, JobKind.STOCK_EXPORT));
                    continue;
                }
                due(group, JobKind.ORDER_POLL, Duration.ofMinutes(integration.ordersPollMinutes()), now);
                if (on.stream().anyMatch(s -> s.configuration().stock().export())) {
                    due(group, JobKind.STOCK_EXPORT, integration.stockExportFrequency().interval(), now);
                } else {
                    nextDue.remove(key(group, JobKind.STOCK_EXPORT));
                }
            }
            runs.forEach(Run::renewLease);
        } catch (RuntimeException e) {
            LOG.error("The scheduler's tick failed; it tries again on the next one", e);
        }
    }

    private void due(PollGroup group, JobKind kind, Duration interval, Instant now) {
        String key = key(group, kind);
        // after a restart or a bundle update, continue the rhythm from the last run instead of running at once
        Instant next = nextDue.computeIfAbsent(key, k -> lastRun(group, kind).map(t -> t.plus(interval))
                .filter(t -> !t.isAfter(now.plus(interval))).orElse(now));
        boolean running = runs.stream().anyMatch(r -> r.kind == kind && r.target.group().equals(group));
        if (now.isBefore(next) || running) {
            return;
        }
        nextDue.put(key, now.plus(interval));
        start(kind, JobTarget.group(group), Map.of(), line -> { });
    }

    private Optional<Instant> lastRun(PollGroup group, JobKind kind) {
        return directory.storesOf(group).stream().map(s -> tables.lastRun(s.alias(), kind))
                .flatMap(Optional::stream).map(LastRun::at).max(Instant::compareTo);
    }

    private static String key(PollGroup group, JobKind kind) {
        return group.key() + "|" + kind;
    }

    @Override
    public CompletableFuture<JobResult> submit(JobKind kind, String alias, Map<String, String> arguments,
            Consumer<String> progress) {
        Store store = directory.store(alias).orElseThrow(() ->
                new IllegalArgumentException("No store '" + alias + "' is installed."));
        JobTarget target = kind.perGroup() ? JobTarget.group(store.pollGroup()) : JobTarget.store(alias, store.pollGroup());
        return start(kind, target, arguments, progress);
    }

    private CompletableFuture<JobResult> start(JobKind kind, JobTarget target, Map<String, String> arguments,
            Consumer<String> listener) {
        CompletableFuture<JobResult> result = new CompletableFuture<>();
        if (stopping) {
            result.complete(JobResult.of(Status.CANCELLED, "The scheduler is stopping."));
            return result;
        }
        Run run = new Run(kind, target, arguments, listener);
        runs.add(run);
        try {
            pool.execute(() -> {
                JobResult r;
                run.thread = Thread.currentThread();
                try {
                    r = run.cancelled() ? JobResult.of(Status.CANCELLED, "Stopped: " + run.cancelReason) : run.execute();
                } catch (LinkageError e) {
                    // the engine's bundle was updated or stopped while the job ran and its class loader is closed:
                    // not a bug of the job; the new revision runs it again on the next schedule
                    LOG.warn("Job {} for {} stopped: its bundle was updated while it ran ({}); it runs again on the "
                            + "next schedule", kind, target, e.toString());
                    r = JobResult.of(Status.CANCELLED, "Stopped: the engine's bundle was updated while it ran; it runs"
                            + " again on the next schedule.");
                } catch (RuntimeException | Error e) {
                    LOG.error("Job {} for {} failed unexpectedly", kind, target, e);
                    r = JobResult.of(Status.FAILED, "Unexpected error: " + e);
                } finally {
                    run.thread = null;
                    runs.remove(run);
                }
                result.complete(r);
            });
        } catch (RejectedExecutionException e) {
            runs.remove(run);
            result.complete(JobResult.of(Status.CANCELLED, "The scheduler is stopping."));
        }
        return result;
    }

    @Override
    public void storeStopped(String alias) {
        for (Run run : runs) {
            if (run.covers(alias)) {
                run.cancel("store " + alias + " was turned OFF or uninstalled");
            }
        }
    }

    @Override
    public Optional<Instant> nextRun(String alias) {
        return directory.store(alias).flatMap(s -> nextDue.entrySet().stream()
                .filter(e -> e.getKey().startsWith(s.pollGroup().key() + "|")).map(Map.Entry::getValue)
                .min(Instant::compareTo));
    }

    @Override
    public int backlog(String alias) {
        return (int) runs.stream().filter(r -> r.covers(alias)).count();
    }

    /**
     * Stops: no new runs, running ones are cancelled, and waits up to {@code bound} for them to finish the unit of
     * work they are in (an order). Leases are released by the runs themselves.
     */
    void close(Duration bound) throws InterruptedException {
        stopping = true;
        runs.forEach(r -> r.cancel("the stores bundle is stopping"));
        pool.shutdown();
        if (!pool.awaitTermination(bound.toMillis(), TimeUnit.MILLISECONDS)) {
            // not interrupted (see cancel): they end at their next checkpoint, and their leases expire anyway
            LOG.warn("Jobs still running {} after the stores bundle stopped them", bound);
        }
    }

    /** One run of one job: its own Progress, its lease, its cancellation. */
    private final class Run implements Progress {

        final JobKind kind;
        final JobTarget target;
        final Map<String, String> arguments;
        final Consumer<String> listener;
        final String owner = node + "/" + runIds.incrementAndGet();
        volatile List<String> aliases = List.of();
        volatile boolean cancelled;
        volatile String cancelReason = "";
        volatile boolean holdsLease;
        volatile Thread thread;
        private long lastStepBucket = -1;

        Run(JobKind kind, JobTarget target, Map<String, String> arguments, Consumer<String> listener) {
            this.kind = kind;
            this.target = target;
            this.arguments = arguments;
            this.listener = listener;
            this.aliases = target.store().map(List::of).orElse(List.of());
        }

        boolean covers(String alias) {
            return aliases.contains(alias) || target.store().map(alias::equals).orElse(false);
        }

        JobResult execute() {
            List<StoreSnapshot> stores = target.store()
                    .map(alias -> directory.store(alias).stream().toList())
                    .orElseGet(() -> directory.storesOf(target.group()))
                    .stream().filter(Store::enabled).toList();
            aliases = stores.stream().map(StoreSnapshot::alias).toList();
            if (stores.isEmpty()) {
                return JobResult.of(Status.STORE_OFF, target + " is OFF: nothing syncs until it is turned ON.");
            }
            JobResult result = run(stores);
            Instant ended = clock.instant();
            for (String alias : aliases) {
                if (directory.store(alias).isPresent()) {
                    tables.recordRun(alias, kind, new LastRun(ended, result.status(), result.message()));
                }
            }
            return result;
        }

        private JobResult run(List<StoreSnapshot> stores) {
            AuthorisationState state = directory.authorisation(target.group());
            if (state == AuthorisationState.NOT_AUTHORISED || state == AuthorisationState.NEEDS_REAUTHORISATION) {
                return JobResult.of(Status.NOT_AUTHORISED, "Seller " + target.group().sellerId() + " in "
                        + target.group().region() + (state == AuthorisationState.NOT_AUTHORISED ? " is not authorised"
                        : " needs re-authorisation") + ": run amazon:store-auth first.");
            }
            Optional<JobEngine> engine = engines.apply(kind);
            if (engine.isEmpty()) {
                return JobResult.of(Status.NOT_INSTALLED, "not installed: no engine for " + kind + " is running yet.");
            }
            if (kind.writesOrders()) {
                Instant now = clock.instant();
                if (!leases.tryAcquire(target.group(), owner, now, now.plus(LEASE_TTL))) {
                    return JobResult.of(Status.LEASE_BUSY, "Another job is writing the orders of seller "
                            + target.group().sellerId() + " in " + target.group().region()
                            + "; try again shortly (scheduled runs retry on their own).");
                }
                holdsLease = true;
            }
            try {
                StoreJob job = engine.get().prepare(new JobRequest(kind, target, List.copyOf(stores), arguments,
                        directory.connectionSettings(target.group())));
                return job.run(this);
            } catch (JobCancelledException e) {
                return JobResult.of(Status.CANCELLED, "Stopped: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return JobResult.of(Status.CANCELLED, "Stopped: " + cancelReason);
            } catch (SpApiAuthorizationException e) {
                if (e.needsReauthorisation()) {
                    directory.authorisationFailed(target.group(), String.valueOf(e.reason()));
                    return JobResult.of(Status.NOT_AUTHORISED, "Amazon refused the authorisation: authorise again.");
                }
                return fail(FixAction.APP_CREDENTIALS, "Amazon refused the app's credentials (" + e.reason() + ")");
            } catch (SpApiThrottledException e) {
                return fail(FixAction.THROTTLED, "Amazon throttled " + kind);
            } catch (SpApiTransientException e) {
                return fail(FixAction.AMAZON_UNAVAILABLE, "Amazon was unreachable during " + kind);
            } catch (SpApiMalformedResponseException e) {
                // Amazon's reply, not our bug: the message names the field; the developer log keeps the details
                LOG.warn("Job {} for {}: Amazon's reply could not be read", kind, target, e);
                return fail(FixAction.AMAZON_DATA, kind + " failed: Amazon's reply could not be read (" + e.getMessage()
                        + ")");
            } catch (Exception e) {
                LOG.error("Job {} for {} failed", kind, target, e);
                return fail(FixAction.REPORT_BUG, kind + " failed: " + e.getClass().getSimpleName());
            } finally {
                if (holdsLease) {
                    leases.release(target.group(), owner);
                    holdsLease = false;
                }
            }
        }

        private JobResult fail(FixAction fix, String message) {
            for (String alias : aliases) {
                log.append(LogEvent.error(LogCategory.CONNECTION, message + ".", fix).withStore(alias));
            }
            return JobResult.of(Status.FAILED, message);
        }

        void cancel(String reason) {
            cancelReason = reason;
            cancelled = true;
            // no interrupt: an interrupted thread inside H2's file I/O can close the database; the job stops at
            // its next checkpoint, between two units of work
        }

        void renewLease() {
            if (holdsLease && !leases.renew(target.group(), owner, clock.instant().plus(LEASE_TTL))) {
                cancel("its lease on seller " + target.group().sellerId() + " was lost");
            }
        }

        @Override
        public void report(String message) {
            renewLease();
            listener.accept(SecretMask.mask(message));
        }

        @Override
        public void step(long done, long total) {
            renewLease();
            // a line per 5 % (or per 100 when the total is unknown), so a big import does not flood the shell
            long bucket = total > 0 ? done * 20 / total : done / 100;
            if (bucket != lastStepBucket || done == total) {
                lastStepBucket = bucket;
                listener.accept(total < 0 ? done + " done" : done + " of " + total);
            }
        }

        @Override
        public boolean cancelled() {
            return cancelled || stopping;
        }

        @Override
        public void checkpoint() {
            if (cancelled()) {
                throw new JobCancelledException(cancelReason.isEmpty() ? "the scheduler is stopping" : cancelReason);
            }
            renewLease();
            if (cancelled) {
                throw new JobCancelledException(cancelReason);
            }
        }
    }
}
