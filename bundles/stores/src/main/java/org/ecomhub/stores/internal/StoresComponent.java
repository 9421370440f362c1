package org.ecomhub.stores.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.crypto.SecretKey;
import javax.sql.DataSource;
import org.ecomhub.amazon.api.log.ConnectionLog;
import org.ecomhub.amazon.api.products.ProductSync;
import org.ecomhub.amazon.api.settings.IntegrationSettings;
import org.ecomhub.amazon.api.spapi.ConnectionSettings;
import org.ecomhub.amazon.api.spapi.SellingPartnerClients;
import org.ecomhub.amazon.api.store.Actor;
import org.ecomhub.amazon.api.store.ConsentResult;
import org.ecomhub.amazon.api.store.EnableEstimator;
import org.ecomhub.amazon.api.store.EnablePreview;
import org.ecomhub.amazon.api.store.JobEngine;
import org.ecomhub.amazon.api.store.JobKind;
import org.ecomhub.amazon.api.store.JobResult;
import org.ecomhub.amazon.api.store.PollGroup;
import org.ecomhub.amazon.api.store.StoreAdmin;
import org.ecomhub.amazon.api.store.StoreAuthorisation;
import org.ecomhub.amazon.api.store.StoreConnections;
import org.ecomhub.amazon.api.store.StoreHealth;
import org.ecomhub.amazon.api.store.StoreJobs;
import org.ecomhub.host.api.Company;
import org.ecomhub.host.api.Customers;
import org.ecomhub.host.api.Inventory;
import org.ecomhub.host.api.ProductCatalog;
import org.ecomhub.host.api.ReferenceData;
import org.ecomhub.schema.SchemaMigrator;
import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.ConfigurationListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stores bundle's one component: the registry, the authoriser and the scheduler behind the services the shell,
 * the web console, the connector and the engines use. It listens to Config Admin for our PIDs; the work that follows
 * an event runs on its own thread, never in Config Admin's. Activation only migrates the tables and puts the last
 * valid snapshots in force (local and quick); reading Config Admin and every job happen later on other threads.
 */
@Component(service = {StoreAdmin.class, StoreAuthorisation.class, StoreJobs.class, StoreConnections.class,
        ConfigurationListener.class}, immediate = true)
// the Store services are registered by hand: declare them for resolvers
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=org.ecomhub.amazon.api.store.Store")
public class StoresComponent implements StoreAdmin, StoreAuthorisation, StoreJobs, StoreConnections, ConfigurationListener {

    /** Real-time period of the scheduler's tick; schedules themselves are on the Clock. */
    static final String TICK_PROPERTY = "ecomhub.scheduler.tick.ms";
    static final Duration STOP_BOUND = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(StoresComponent.class);

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile SellingPartnerClients clients;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile EnableEstimator estimator;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile ProductSync productSync;
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private final List<JobEngine> engines = new CopyOnWriteArrayList<>();
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Customers customers;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Inventory inventory;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile ReferenceData referenceData;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile ProductCatalog productCatalog;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Company company;

    private final OsgiStorePublisher publisher;
    private final Registry registry;
    private final Authoriser authoriser;
    private final JobScheduler scheduler;
    private final ScheduledExecutorService events;

    @Activate
    public StoresComponent(BundleContext context,
            @Reference(name = "dataSource", target = "(dataSourceName=ecomhub)", policyOption = ReferencePolicyOption.GREEDY) DataSource dataSource,
            @Reference(name = "clock", policyOption = ReferencePolicyOption.GREEDY) Clock clock,
            @Reference(name = "configAdmin") ConfigurationAdmin configAdmin,
            @Reference(name = "log") ConnectionLog log) throws SQLException, IOException {
        SchemaMigrator.migrate(dataSource, StoreSchema.COMPONENT, StoreSchema.MIGRATIONS);
        Path keyFile = KeyFile.location(context::getProperty);
        SecretKey key = KeyFile.loadOrCreate(keyFile);
        LOG.info("Secrets are encrypted with the key in {}", keyFile);
        Jdbc db = new Jdbc(dataSource);
        StoreTables tables = new StoreTables(db);
        AuthTable auth = new AuthTable(db);
        SecretVault vault = new SecretVault(db, key, clock);
        publisher = new OsgiStorePublisher(context);
        HostFactsAdapter host = new HostFactsAdapter(() -> customers, () -> inventory, () -> referenceData,
                () -> productCatalog, () -> company);
        registry = new Registry(clock, tables, auth, vault,
                new CmConfigSource(configAdmin, EtcFiles.from(context::getProperty)), log, () -> host,
                publisher, () -> Optional.ofNullable(estimator), this::fbmListingsFound);
        authoriser = new Authoriser(clock, registry, auth, vault, tables, log, () -> clients, registry::credentialsChanged);
        scheduler = new JobScheduler(clock, registry, kind -> engines.stream().filter(e -> e.kinds().contains(kind))
                .findFirst(), new LeaseTable(db), tables, log, Executors.newFixedThreadPool(3, threads("ecomhub-stores-job")));
        registry.jobControl(scheduler);
        registry.start();
        events = Executors.newSingleThreadScheduledExecutor(threads("ecomhub-stores"));
        events.execute(() -> reconcile(false));
        long tick = tickMillis(context.getProperty(TICK_PROPERTY));
        events.scheduleWithFixedDelay(scheduler::tick, tick, tick, TimeUnit.MILLISECONDS);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        // no interrupts: a thread interrupted inside H2's file I/O can close the database for every bundle
        events.shutdown();
        events.awaitTermination(5, TimeUnit.SECONDS);
        scheduler.close(STOP_BOUND);
        publisher.unpublishAll();
    }

    @Override
    public void configurationEvent(ConfigurationEvent event) {
        String pid = event.getFactoryPid() != null ? event.getFactoryPid() : event.getPid();
        if (IntegrationSettings.PID.equals(pid) || StoreConfigurations.STORE_PIDS.contains(pid)) {
            boolean deleted = event.getType() == ConfigurationEvent.CM_DELETED;
            events.execute(() -> reconcile(deleted));
        }
    }

    private void reconcile(boolean afterDelete) {
        try {
            registry.reconcileAll(afterDelete);
        } catch (RuntimeException e) {
            LOG.error("Reading the store configurations failed", e);
        }
    }

    private Optional<Boolean> fbmListingsFound(String alias) {
        ProductSync sync = productSync;
        return sync == null ? Optional.empty() : sync.fbmListingsFound(alias);
    }

    private static long tickMillis(String text) {
        try {
            return text == null ? 1000 : Math.max(10, Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return 1000;
        }
    }

    private static ThreadFactory threads(String name) {
        AtomicInteger n = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    // ---- StoreAdmin
    @Override
    public StoreHealth install(String alias, String marketplaceId, String sellerId, Actor actor) {
        return registry.install(alias, marketplaceId, sellerId, actor);
    }

    @Override
    public void uninstall(String alias, Actor actor) {
        registry.uninstall(alias, actor);
    }

    @Override
    public EnablePreview previewEnable(String alias) {
        return registry.previewEnable(alias);
    }

    @Override
    public void enable(String alias, boolean startFromNow, Actor actor) {
        registry.enable(alias, startFromNow, actor);
    }

    @Override
    public void disable(String alias, Actor actor) {
        registry.disable(alias, actor);
    }

    @Override
    public List<StoreHealth> health() {
        return registry.health();
    }

    @Override
    public Optional<StoreHealth> health(String alias) {
        return registry.health(alias);
    }

    @Override
    public Map<String, Object> settings(String alias, String pid) {
        return registry.settings(alias, pid);
    }

    @Override
    public void changeSettings(String alias, String pid, Map<String, String> changes, Actor actor) {
        registry.changeSettings(alias, pid, changes, actor);
    }

    @Override
    public IntegrationSettings integration() {
        return registry.integration();
    }

    @Override
    public void changeIntegration(Map<String, String> changes, Actor actor) {
        registry.changeIntegration(changes, actor);
    }

    @Override
    public void setAppCredentials(String clientId, String clientSecret, Actor actor) {
        registry.setAppCredentials(clientId, clientSecret, actor);
    }

    @Override
    public boolean appCredentialsSet() {
        return registry.appCredentialsSet();
    }

    // ---- StoreAuthorisation
    @Override
    public ConsentResult authoriseWithToken(String alias, String refreshToken, Actor actor) {
        return authoriser.authoriseWithToken(alias, refreshToken, actor);
    }

    @Override
    public URI startConsent(String alias, Actor actor) {
        return authoriser.startConsent(alias, actor);
    }

    @Override
    public ConsentResult completeConsent(String state, String sellingPartnerId, String code, Actor actor) {
        return authoriser.completeConsent(state, sellingPartnerId, code, actor);
    }

    // ---- StoreJobs
    @Override
    public CompletableFuture<JobResult> submit(JobKind kind, String alias, Map<String, String> arguments,
            Consumer<String> progress) {
        return scheduler.submit(kind, alias, arguments, progress);
    }

    // ---- StoreConnections
    @Override
    public ConnectionSettings connectionSettings(PollGroup group) {
        return registry.connectionSettings(group);
    }

    @Override
    public void authorisationFailed(PollGroup group, String reason) {
        registry.authorisationFailed(group, reason);
    }
}
