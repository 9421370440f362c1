package org.ecomhub.stores.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.ecomhub.amazon.api.log.ConnectionLog;
import org.ecomhub.amazon.api.log.FixAction;
import org.ecomhub.amazon.api.log.LevelFilter;
import org.ecomhub.amazon.api.log.LogCategory;
import org.ecomhub.amazon.api.log.LogEvent;
import org.ecomhub.amazon.api.log.LogQuery;
import org.ecomhub.amazon.api.settings.HostFacts;
import org.ecomhub.amazon.api.settings.IntegrationSettings;
import org.ecomhub.amazon.api.settings.SettingsException;
import org.ecomhub.amazon.api.settings.SettingsProblem;
import org.ecomhub.amazon.api.settings.SettingsValidator;
import org.ecomhub.amazon.api.settings.StockSettings;
import org.ecomhub.amazon.api.settings.StoreConfiguration;
import org.ecomhub.amazon.api.settings.StoreFacts;
import org.ecomhub.amazon.api.settings.StoreSettings;
import org.ecomhub.amazon.api.settings.ValidationContext;
import org.ecomhub.amazon.api.spapi.ConnectionSettings;
import org.ecomhub.amazon.api.store.Actor;
import org.ecomhub.amazon.api.store.AuthorisationState;
import org.ecomhub.amazon.api.store.EnableEstimator;
import org.ecomhub.amazon.api.store.EnablePreview;
import org.ecomhub.amazon.api.store.JobKind;
import org.ecomhub.amazon.api.store.PollGroup;
import org.ecomhub.amazon.api.store.Store;
import org.ecomhub.amazon.api.store.StoreAdmin;
import org.ecomhub.amazon.api.store.StoreConnections;
import org.ecomhub.amazon.api.store.StoreHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store registry: the one consumer of our PIDs (DESIGN "Configuration"). It validates a store's six
 * configurations together; a valid set becomes the store's snapshot (database + {@link Store} service), an invalid
 * one is refused and the last valid snapshot stays in force, also across restarts. Facts, snapshots and the audit
 * trail live in the database. All state changes are serialised on this object.
 */
final class Registry implements StoreAdmin, StoreConnections, StoreDirectory {

    /** STORE-07: warn this long before a year since authorisation is up. */
    static final Duration AUTHORISATION_LIFE = Duration.ofDays(365);
    static final Duration AUTHORISATION_WARNING = Duration.ofDays(30);
    /** SEC-01: the integration configuration says whether the client secret is set, never what it is. */
    static final String SECRET_SET = "lwa.client.secret.set";
    /** SEC-01: a store configuration says whether its seller's refresh token is set, never what it is. */
    static final String TOKEN_SET = "refresh.token.set";

    private static final Logger LOG = LoggerFactory.getLogger(Registry.class);

    private final Clock clock;
    private final StoreTables tables;
    private final AuthTable auth;
    private final SecretVault vault;
    private final ConfigSource config;
    private final ConnectionLog log;
    private final Supplier<HostFacts> host;
    private final StorePublisher publisher;
    private final Supplier<Optional<EnableEstimator>> estimator;
    private final Function<String, Optional<Boolean>> fbmListingsFound;

    private IntegrationSettings integration = IntegrationSettings.DEFAULTS;
    private final Map<String, StoreSnapshot> stores = new TreeMap<>();
    /** Aliases whose last configuration was refused, with why; also configurations that never became a store. */
    private final Map<String, Refusal> refused = new TreeMap<>();
    private String integrationRefused;
    /** Which store each configuration (by Config Admin PID) belonged to when it was last applied. */
    private final Map<String, String> owners = new HashMap<>();
    private volatile JobControl jobs = JobControl.NONE;

    private record Refusal(String sellerId, String marketplaceId, String message, Map<String, Map<String, String>> candidate) {
    }

    Registry(Clock clock, StoreTables tables, AuthTable auth, SecretVault vault, ConfigSource config, ConnectionLog log,
            Supplier<HostFacts> host, StorePublisher publisher, Supplier<Optional<EnableEstimator>> estimator) {
        this(clock, tables, auth, vault, config, log, host, publisher, estimator, alias -> Optional.empty());
    }

    /** @param fbmListingsFound STK-02: whether a store's last product import found an FBM listing (the products engine) */
    Registry(Clock clock, StoreTables tables, AuthTable auth, SecretVault vault, ConfigSource config, ConnectionLog log,
            Supplier<HostFacts> host, StorePublisher publisher, Supplier<Optional<EnableEstimator>> estimator,
            Function<String, Optional<Boolean>> fbmListingsFound) {
        this.fbmListingsFound = fbmListingsFound;
        this.clock = clock;
        this.tables = tables;
        this.auth = auth;
        this.vault = vault;
        this.config = config;
        this.log = log;
        this.host = host;
        this.publisher = publisher;
        this.estimator = estimator;
    }

    void jobControl(JobControl control) {
        this.jobs = Objects.requireNonNull(control);
    }

    /** Puts the last valid snapshots in force from the database (quick and local: safe in activation). */
    synchronized void start() {
        Map<String, Object> integrationSnapshot = tables.snapshot(StoreTables.INTEGRATION).get(IntegrationSettings.PID);
        if (integrationSnapshot != null) {
            integration = IntegrationSettings.from(integrationSnapshot);
        }
        for (StoreFacts facts : tables.facts()) {
            Map<String, Map<String, Object>> snapshot = tables.snapshot(facts.alias());
            try {
                StoreConfiguration configuration = StoreConfigurations.read(snapshot);
                StoreSnapshot store = new StoreSnapshot(facts, configuration, tables.importFrom(facts.alias()));
                stores.put(facts.alias(), store);
                publisher.publish(store);
            } catch (SettingsException e) {
                LOG.error("The saved settings of store {} cannot be read: {}", facts.alias(), e.getMessage());
            }
        }
    }

    // ---------------------------------------------------------------- configuration events

    /**
     * Brings the registry in step with Config Admin: the integration, every store configuration (new ones are
     * installs), and deleted ones.
     *
     * @param afterDelete a configuration was deleted: an installed store without a store configuration is
     *                    uninstalled. Otherwise (at start) its configurations are written again from its snapshot.
     */
    synchronized void reconcileAll(boolean afterDelete) {
        reconcileIntegration(afterDelete);
        Map<String, List<ConfigSource.Config>> moved = new TreeMap<>();
        Map<String, Map<String, List<ConfigSource.Config>>> byOwner = byOwner(moved);
        boolean rewritten = false;
        for (String alias : new ArrayList<>(stores.keySet())) {
            boolean hasStoreConfig = byOwner.containsKey(alias) && byOwner.get(alias).containsKey(StoreSettings.PID);
            if (!hasStoreConfig && !moved.containsKey(alias)) {
                if (afterDelete) {
                    uninstall(alias, Actor.configuration());
                } else {
                    rewriteConfigurations(stores.get(alias));
                    rewritten = true;
                }
            }
        }
        if (rewritten) {
            moved.clear();
            byOwner = byOwner(moved);
        }
        byOwner.forEach((alias, configs) -> {
            if (moved.containsKey(alias)) {
                return; // refused below, with the configurations that tried to leave it
            }
            if (configs.containsKey(StoreSettings.PID)) {
                try {
                    reconcile(alias, configs);
                } catch (RuntimeException e) {
                    // one store's trouble (e.g. the database) must not keep the others' settings from applying
                    LOG.error("The configurations of store {} could not be applied", alias, e);
                }
            } else if (!stores.containsKey(alias)) {
                refused.remove(alias);
            }
        });
        moved.forEach(this::refuseMove);
        Map<String, Map<String, List<ConfigSource.Config>>> seen = byOwner;
        refused.keySet().removeIf(alias -> !seen.containsKey(alias) && !stores.containsKey(alias) && !moved.containsKey(alias));
    }

    /**
     * The configurations by the store they name. One that an installed store owned and that now names another store
     * (its alias or store property was edited) goes to {@code moved} under its old owner: alias and store are fixed.
     */
    private Map<String, Map<String, List<ConfigSource.Config>>> byOwner(Map<String, List<ConfigSource.Config>> moved) {
        Map<String, Map<String, List<ConfigSource.Config>>> byOwner = new TreeMap<>();
        for (ConfigSource.Config c : config.storeConfigurations()) {
            String before = owners.get(c.pid());
            if (before != null && !before.equals(c.owner()) && stores.containsKey(before)) {
                moved.computeIfAbsent(before, k -> new ArrayList<>()).add(c);
            } else {
                byOwner.computeIfAbsent(c.owner(), k -> new HashMap<>())
                        .computeIfAbsent(c.factoryPid(), k -> new ArrayList<>()).add(c);
            }
        }
        return byOwner;
    }

    private void refuseMove(String alias, List<ConfigSource.Config> configs) {
        List<SettingsProblem> problems = new ArrayList<>();
        Map<String, Map<String, Object>> byPid = new LinkedHashMap<>();
        for (ConfigSource.Config c : configs) {
            String property = c.factoryPid().equals(StoreSettings.PID) ? StoreSettings.ALIAS : "store";
            problems.add(new SettingsProblem(c.factoryPid(), property, "'" + c.owner() + "' would move these settings "
                    + "away from the store '" + alias + "': the alias is fixed at install.", "Set " + property
                    + " back to " + alias + "; for another alias, install a new store."));
            byPid.put(c.factoryPid(), c.properties());
        }
        refuse(alias, byPid, problems, Actor.configuration());
    }

    private void reconcileIntegration(boolean afterDelete) {
        Optional<Map<String, Object>> found = config.integration();
        if (found.isEmpty() && !afterDelete && !integration.equals(IntegrationSettings.DEFAULTS)) {
            // Config Admin lost it (e.g. karaf clean): the snapshot in the database is the truth, write it back
            LOG.info("The integration configuration is missing: writing its last valid settings again");
            writeIntegration(integration);
            return;
        }
        Map<String, Object> properties = found.orElse(Map.of());
        IntegrationSettings candidate;
        try {
            candidate = IntegrationSettings.from(properties);
        } catch (SettingsException e) {
            if (!e.getMessage().equals(integrationRefused)) {
                integrationRefused = e.getMessage();
                refuseLog(null, e.problems(), Actor.configuration());
                tables.audit(clock.instant(), null, IntegrationSettings.PID, Actor.configuration(), false, e.getMessage());
            }
            return;
        }
        integrationRefused = null;
        if (!candidate.equals(integration)) {
            applyIntegration(candidate, Actor.configuration());
        }
    }

    private void reconcile(String alias, Map<String, List<ConfigSource.Config>> configs) {
        StoreSnapshot current = stores.get(alias);
        Map<String, Map<String, Object>> byPid = new LinkedHashMap<>();
        List<SettingsProblem> duplicates = new ArrayList<>();
        configs.forEach((pid, list) -> {
            if (list.size() > 1) {
                duplicates.add(new SettingsProblem(pid, "store", "there are " + list.size() + " configurations of "
                        + pid + " for the store '" + alias + "'.", "Delete all but one of them."));
            }
            byPid.put(pid, list.get(0).properties());
        });
        if (!duplicates.isEmpty()) {
            refuse(alias, byPid, duplicates, Actor.configuration());
            return;
        }
        List<String> missing = new ArrayList<>();
        for (String pid : StoreConfigurations.STORE_PIDS) {
            if (!byPid.containsKey(pid)) {
                missing.add(pid);
                if (current != null) {
                    byPid.put(pid, StoreConfigurations.properties(current.configuration()).get(pid));
                }
            }
        }
        if (current == null && !missing.isEmpty()) {
            // an install by configuration (an etc/ file, the generic console form): the rest gets the defaults
            try {
                StoreSettings store = StoreSettings.from(byPid.get(StoreSettings.PID));
                Map<String, Map<String, Object>> defaults = StoreConfigurations.properties(
                        StoreConfiguration.defaults(store, firstOfGroup(store)));
                missing.forEach(pid -> byPid.put(pid, defaults.get(pid)));
            } catch (SettingsException e) {
                refuse(alias, byPid, e.problems(), Actor.configuration());
                return;
            }
        }
        Optional<StoreConfiguration> applied = decide(alias, byPid, Actor.configuration(), true);
        if (applied.isPresent()) {
            configs.values().forEach(list -> list.forEach(c -> owners.put(c.pid(), alias)));
            Map<String, Map<String, Object>> properties = StoreConfigurations.properties(applied.get());
            missing.forEach(pid -> write(pid, alias, properties.get(pid)));
        }
    }

    private void rewriteConfigurations(StoreSnapshot store) {
        LOG.info("Store {} has no configuration in Config Admin: writing its last valid settings again", store.alias());
        StoreConfigurations.properties(store.configuration()).forEach((pid, p) -> write(pid, store.alias(), p));
    }

    /**
     * Validates a candidate and applies it, or refuses it.
     *
     * @param fromConfiguration the candidate is already in Config Admin (refusal: ERROR entry); otherwise it comes
     *                          from a command or the console and nothing is written when it is refused
     */
    private Optional<StoreConfiguration> decide(String alias, Map<String, Map<String, Object>> byPid, Actor actor,
            boolean fromConfiguration) {
        StoreConfiguration candidate;
        List<SettingsProblem> problems;
        try {
            candidate = StoreConfigurations.read(byPid);
            problems = SettingsValidator.validate(candidate, context(alias));
        } catch (SettingsException e) {
            candidate = null;
            problems = e.problems();
        }
        if (!problems.isEmpty()) {
            if (fromConfiguration) {
                refuse(alias, byPid, problems, actor);
                return Optional.empty();
            }
            String message = describe(problems);
            tables.audit(clock.instant(), auditAlias(alias), null, actor, false, message);
            log.append(LogEvent.info(LogCategory.SETTINGS, "Change refused before it was written, by "
                    + actor.describe() + ": " + message).withStore(logAlias(alias)));
            throw new SettingsException(problems);
        }
        apply(candidate, actor);
        return Optional.of(candidate);
    }

    private void refuse(String alias, Map<String, Map<String, Object>> byPid, List<SettingsProblem> problems, Actor actor) {
        Map<String, Map<String, String>> normalised = new TreeMap<>();
        byPid.forEach((pid, p) -> normalised.put(pid, PropertiesText.normalise(withoutCmKeys(p))));
        String message = describe(problems);
        Refusal previous = refused.get(alias);
        if (previous != null && previous.candidate().equals(normalised) && previous.message().equals(message)) {
            return; // the same refused settings seen again (another event): said once is enough
        }
        Map<String, Object> store = byPid.getOrDefault(StoreSettings.PID, Map.of());
        refused.put(alias, new Refusal(String.valueOf(store.getOrDefault(StoreSettings.SELLER_ID, "")),
                String.valueOf(store.getOrDefault(StoreSettings.MARKETPLACE, "")), message, normalised));
        refuseLog(logAlias(alias), problems, actor);
        tables.audit(clock.instant(), auditAlias(alias), null, actor, false, message);
    }

    private void refuseLog(String alias, List<SettingsProblem> problems, Actor actor) {
        for (SettingsProblem problem : problems) {
            log.append(LogEvent.error(LogCategory.SETTINGS, "Settings refused (from " + actor.describe() + "), the "
                    + "last valid settings stay in force: " + problem.describe(), FixAction.SETTINGS_REFUSED)
                    .withStore(alias));
        }
    }

    private void apply(StoreConfiguration candidate, Actor actor) {
        String alias = candidate.alias();
        Instant now = clock.instant();
        StoreSnapshot current = stores.get(alias);
        StoreSnapshot next;
        Map<String, Map<String, Object>> newProperties = StoreConfigurations.properties(candidate);
        Map<String, Map<String, Object>> oldProperties = current == null ? Map.of()
                : StoreConfigurations.properties(current.configuration());
        Optional<StoreFacts> known = current == null ? tables.facts(alias) : Optional.empty();
        if (known.isPresent()) {
            // installed before, but its saved settings could not be read at start: keep its facts, take these settings
            next = new StoreSnapshot(known.get(), candidate, tables.importFrom(alias));
            tables.audit(now, alias, StoreSettings.PID, actor, true, "settings replaced the unreadable saved ones");
        } else if (current == null) {
            StoreSettings s = candidate.store();
            StoreFacts facts = new StoreFacts(alias, s.sellerId(), s.marketplace(), now, Optional.empty());
            tables.insertFacts(facts);
            next = new StoreSnapshot(facts, candidate, now);
            tables.audit(now, alias, StoreSettings.PID, actor, true, "installed: seller " + s.sellerId()
                    + ", marketplace " + s.marketplace().id() + " (" + s.marketplace() + ")");
            log.append(LogEvent.info(LogCategory.SETTINGS, "Store " + alias + " installed by " + actor.describe()
                    + " for seller " + s.sellerId() + " on " + s.marketplace() + "; it is "
                    + (s.enabled() ? "ON" : "OFF") + (authorisation(new PollGroup(s.sellerId(), s.marketplace().region()))
                    == AuthorisationState.NOT_AUTHORISED ? " and must be authorised (amazon:store-auth)."
                    : ", authorised through its seller's other stores in the region.")).withStore(alias));
        } else {
            next = current.with(candidate);
            if (current.facts().savedCodeMapping().isEmpty()
                    && !candidate.products().equals(current.configuration().products())) {
                // PROD-03: the first saved product settings fix the code mapping
                tables.saveCodeMapping(alias, candidate.products().codeMapping());
                StoreFacts f = current.facts();
                next = next.with(new StoreFacts(f.alias(), f.sellerId(), f.marketplace(), f.installedAt(),
                        Optional.of(candidate.products().codeMapping())));
            }
        }
        for (Map.Entry<String, Map<String, Object>> e : newProperties.entrySet()) {
            Map<String, String> before = PropertiesText.normalise(oldProperties.getOrDefault(e.getKey(), Map.of()));
            Map<String, String> after = PropertiesText.normalise(e.getValue());
            if (!before.equals(after)) {
                tables.saveSnapshot(alias, e.getKey(), e.getValue(), now);
                if (current != null) {
                    String changes = changes(before, after);
                    tables.audit(now, alias, e.getKey(), actor, true, changes);
                    log.append(LogEvent.info(LogCategory.SETTINGS, "Settings of " + e.getKey() + " changed by "
                            + actor.describe() + ": " + changes).withStore(alias));
                }
            }
        }
        stores.put(alias, next);
        refused.remove(alias);
        publisher.publish(next);
        if (current != null && current.enabled() && !next.enabled()) {
            jobs.storeStopped(alias);
        }
    }

    private static String changes(Map<String, String> before, Map<String, String> after) {
        List<String> parts = new ArrayList<>();
        after.forEach((k, v) -> {
            String old = before.get(k);
            if (!v.equals(old)) {
                parts.add(k + ": " + (old == null ? "(unset)" : "'" + old + "'") + " -> '" + v + "'");
            }
        });
        return String.join(", ", parts);
    }

    private ValidationContext context(String alias) {
        Map<String, StockSettings> stock = new HashMap<>();
        List<StoreFacts> facts = new ArrayList<>();
        stores.values().forEach(s -> {
            facts.add(s.facts());
            stock.put(s.alias(), s.configuration().stock());
        });
        Optional<Boolean> fbm;
        try {
            fbm = fbmListingsFound.apply(alias);
        } catch (RuntimeException e) {
            LOG.debug("The products engine could not say whether {} has FBM listings: {}", alias, e.toString());
            fbm = Optional.empty();
        }
        return new ValidationContext(integration, facts, stock, host.get(), fbm);
    }

    private boolean firstOfGroup(StoreSettings store) {
        return stores.values().stream().noneMatch(s -> s.facts().sameSellerAndRegion(store.sellerId(), store.marketplace()));
    }

    // ---------------------------------------------------------------- StoreAdmin

    @Override
    public synchronized StoreHealth install(String alias, String marketplaceId, String sellerId, Actor actor) {
        // an install never changes an existing store: its settings would be put back to the defaults
        Optional<String> taken = java.util.stream.Stream.concat(stores.keySet().stream(), refused.keySet().stream())
                .filter(a -> a.equalsIgnoreCase(alias)).findFirst()
                .or(() -> tables.facts(alias).map(StoreFacts::alias));
        if (taken.isPresent()) {
            SettingsException e = new SettingsException(List.of(SettingsValidator.aliasTaken(alias, taken.get())));
            tables.audit(clock.instant(), auditAlias(alias), StoreSettings.PID, actor, false,
                    "install refused: " + e.getMessage());
            throw e;
        }
        Map<String, Object> storeProperties = new LinkedHashMap<>();
        storeProperties.put(StoreSettings.ALIAS, alias);
        storeProperties.put(StoreSettings.MARKETPLACE, marketplaceId);
        storeProperties.put(StoreSettings.SELLER_ID, sellerId);
        StoreSettings store;
        try {
            store = StoreSettings.from(storeProperties);
        } catch (SettingsException e) {
            tables.audit(clock.instant(), auditAlias(alias), StoreSettings.PID, actor, false, "install refused: " + e.getMessage());
            throw e;
        }
        Map<String, Map<String, Object>> byPid = StoreConfigurations.properties(
                StoreConfiguration.defaults(store, firstOfGroup(store)));
        StoreConfiguration installed = decide(alias, byPid, actor, false).orElseThrow();
        StoreConfigurations.properties(installed).forEach((pid, p) -> write(pid, alias, p));
        return health(alias).orElseThrow();
    }

    @Override
    public synchronized void uninstall(String alias, Actor actor) {
        StoreSnapshot store = stores.remove(alias);
        boolean refusedOnly = refused.remove(alias) != null;
        if (store == null && !refusedOnly) {
            throw unknown(alias);
        }
        jobs.storeStopped(alias);
        publisher.unpublish(alias);
        owners.values().removeIf(alias::equals);
        if (store != null) {
            tables.deleteStore(alias);
            if (storesOf(store.pollGroup()).isEmpty()) {
                // the seller's last store in the region: its refresh token has no use left (SEC-01)
                vault.remove(SecretVault.refreshTokenName(store.pollGroup()));
                auth.forget(store.pollGroup());
            }
            tables.audit(clock.instant(), alias, StoreSettings.PID, actor, true, "uninstalled");
            log.append(LogEvent.info(LogCategory.SETTINGS, "Store " + alias + " uninstalled by " + actor.describe()
                    + "; what it created in the host and its order ledger stay.").withStore(alias));
        }
        for (String pid : StoreConfigurations.STORE_PIDS) {
            config.delete(pid, alias);
        }
    }

    @Override
    public EnablePreview previewEnable(String alias) {
        // not under the registry's lock: the estimate may ask Amazon
        StoreSnapshot store = store(alias).orElseThrow(() -> unknown(alias));
        OptionalLong estimate = OptionalLong.empty();
        Optional<EnableEstimator> e = estimator.get();
        if (e.isPresent()) {
            try {
                estimate = e.get().estimateOrders(store, store.importFrom(), connectionSettings(store.pollGroup()));
            } catch (RuntimeException failed) {
                LOG.warn("The order estimate for store {} failed: {}", alias, failed.toString());
            }
        }
        return new EnablePreview(alias, store.importFrom(), estimate);
    }

    @Override
    public synchronized void enable(String alias, boolean startFromNow, Actor actor) {
        StoreSnapshot store = require(alias);
        if (startFromNow) {
            Instant now = clock.instant();
            tables.setImportFrom(alias, now);
            stores.put(alias, store.withImportFrom(now));
            tables.audit(now, alias, StoreSettings.PID, actor, true, "orders import from now: " + now);
        }
        changeSettings(alias, StoreSettings.PID, Map.of(StoreSettings.ENABLED, "true"), actor);
    }

    @Override
    public synchronized void disable(String alias, Actor actor) {
        changeSettings(alias, StoreSettings.PID, Map.of(StoreSettings.ENABLED, "false"), actor);
    }

    @Override
    public synchronized List<StoreHealth> health() {
        List<String> aliases = new ArrayList<>(stores.keySet());
        refused.keySet().stream().filter(a -> !stores.containsKey(a)).forEach(aliases::add);
        return aliases.stream().sorted().map(a -> health(a).orElseThrow()).toList();
    }

    @Override
    public synchronized Optional<StoreHealth> health(String alias) {
        StoreSnapshot store = stores.get(alias);
        Refusal refusal = refused.get(alias);
        if (store == null && refusal == null) {
            return Optional.empty();
        }
        long errors = log.count(LogQuery.all().withLevel(LevelFilter.ERROR).withStore(logAlias(alias))
                .since(clock.instant().minus(Duration.ofHours(24))));
        Optional<String> refusedMessage = Optional.ofNullable(refusal).map(Refusal::message);
        if (store == null) {
            return Optional.of(new StoreHealth(alias, refusal.sellerId(), refusal.marketplaceId(), false, false,
                    refusedMessage, AuthorisationState.NOT_AUTHORISED, Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), 0, errors));
        }
        PollGroup group = store.pollGroup();
        return Optional.of(new StoreHealth(alias, store.sellerId(), store.marketplace().id(), true, store.enabled(),
                refusedMessage, authorisation(group),
                auth.authorisation(group).map(AuthTable.Authorisation::authorisedAt),
                tables.lastRun(alias, JobKind.ORDER_POLL), tables.lastRun(alias, JobKind.STOCK_EXPORT),
                jobs.nextRun(alias), jobs.backlog(alias), errors));
    }

    @Override
    public synchronized Map<String, Object> settings(String alias, String pid) {
        StoreConfigurations.requireStorePid(pid);
        return StoreConfigurations.properties(require(alias).configuration()).get(pid);
    }

    @Override
    public synchronized void changeSettings(String alias, String pid, Map<String, String> changes, Actor actor) {
        StoreConfigurations.requireStorePid(pid);
        StoreSnapshot store = require(alias);
        String owner = StoreSettings.PID.equals(pid) ? StoreSettings.ALIAS : "store";
        if (changes.containsKey(owner) && !alias.equals(changes.get(owner) == null ? "" : changes.get(owner).strip())) {
            throw new SettingsException(List.of(new SettingsProblem(pid, owner, owner + " is fixed at install.",
                    "Leave it " + alias + "; for another alias, install a new store.")));
        }
        Map<String, Map<String, Object>> byPid = StoreConfigurations.properties(store.configuration());
        Map<String, Object> properties = new LinkedHashMap<>(byPid.get(pid));
        changes.forEach((name, value) -> {
            if (!properties.containsKey(name)) {
                throw new IllegalArgumentException("'" + name + "' is not a setting of " + pid + "; its settings are "
                        + String.join(", ", properties.keySet()));
            }
            if (value == null || value.isBlank()) {
                properties.remove(name);
            } else {
                properties.put(name, value.strip());
            }
        });
        byPid.put(pid, properties);
        StoreConfiguration applied = decide(alias, byPid, actor, false).orElseThrow();
        write(pid, alias, StoreConfigurations.properties(applied).get(pid));
    }

    @Override
    public synchronized IntegrationSettings integration() {
        return integration;
    }

    @Override
    public synchronized void changeIntegration(Map<String, String> changes, Actor actor) {
        Map<String, Object> properties = new LinkedHashMap<>(integration.toProperties());
        changes.forEach((name, value) -> {
            if (!properties.containsKey(name)) {
                throw new IllegalArgumentException("'" + name + "' is not an integration setting; they are "
                        + String.join(", ", properties.keySet()));
            }
            if (value == null || value.isBlank()) {
                properties.remove(name);
            } else {
                properties.put(name, value.strip());
            }
        });
        IntegrationSettings candidate;
        try {
            candidate = IntegrationSettings.from(properties);
        } catch (SettingsException e) {
            tables.audit(clock.instant(), null, IntegrationSettings.PID, actor, false, e.getMessage());
            log.append(LogEvent.info(LogCategory.SETTINGS, "Change refused before it was written, by "
                    + actor.describe() + ": " + e.getMessage()));
            throw e;
        }
        applyIntegration(candidate, actor);
        writeIntegration(candidate);
    }

    /** Writes a store's configuration; the store configuration also says whether its seller is authorised (SEC-01). */
    private void write(String pid, String alias, Map<String, Object> properties) {
        if (StoreSettings.PID.equals(pid)) {
            Map<String, Object> withFlag = new LinkedHashMap<>(properties);
            StoreSettings s = StoreSettings.from(properties);
            withFlag.put(TOKEN_SET, vault.isSet(SecretVault.refreshTokenName(new PollGroup(s.sellerId(),
                    s.marketplace().region()))));
            config.write(pid, alias, withFlag);
        } else {
            config.write(pid, alias, properties);
        }
    }

    /** The seller's refresh token for the region was set or removed: the store configurations say so. */
    synchronized void credentialsChanged(PollGroup group) {
        for (StoreSnapshot store : storesOf(group)) {
            write(StoreSettings.PID, store.alias(), store.configuration().store().toProperties());
        }
    }

    private void writeIntegration(IntegrationSettings settings) {
        Map<String, Object> properties = new LinkedHashMap<>(settings.toProperties());
        properties.put(SECRET_SET, appCredentialsSet());
        config.writeIntegration(properties);
    }

    private void applyIntegration(IntegrationSettings candidate, Actor actor) {
        Instant now = clock.instant();
        String changes = changes(PropertiesText.normalise(integration.toProperties()),
                PropertiesText.normalise(candidate.toProperties()));
        integration = candidate;
        tables.saveSnapshot(StoreTables.INTEGRATION, IntegrationSettings.PID, candidate.toProperties(), now);
        if (!changes.isEmpty()) {
            tables.audit(now, null, IntegrationSettings.PID, actor, true, changes);
            log.append(LogEvent.info(LogCategory.SETTINGS, "Integration settings changed by " + actor.describe()
                    + ": " + changes));
        }
    }

    @Override
    public synchronized void setAppCredentials(String clientId, String clientSecret, Actor actor) {
        if (clientId == null || clientId.isBlank() || clientSecret == null || clientSecret.isBlank()) {
            throw new IllegalArgumentException("both the LWA client id and the client secret are needed");
        }
        vault.put(SecretVault.CLIENT_SECRET, clientSecret.strip());
        tables.audit(clock.instant(), null, IntegrationSettings.PID, actor, true, "client secret set");
        log.append(LogEvent.info(LogCategory.AUTH, "App client secret set by " + actor.describe() + "."));
        if (!clientId.strip().equals(integration.lwaClientId())) {
            changeIntegration(Map.of(IntegrationSettings.LWA_CLIENT_ID, clientId), actor);
        } else {
            writeIntegration(integration);
        }
    }

    @Override
    public boolean appCredentialsSet() {
        return vault.isSet(SecretVault.CLIENT_SECRET);
    }

    // ---------------------------------------------------------------- StoreConnections / StoreDirectory

    @Override
    public ConnectionSettings connectionSettings(PollGroup group) {
        IntegrationSettings i = integration();
        String tokenName = SecretVault.refreshTokenName(group);
        return new ConnectionSettings(i.lwaClientId(), () -> vault.get(SecretVault.CLIENT_SECRET).orElse(null),
                () -> vault.get(tokenName).orElse(null), uri(i.spapiEndpoint()), uri(i.lwaEndpoint()), null,
                i.spapiApplicationId().isEmpty() ? null : i.spapiApplicationId());
    }

    @Override
    public synchronized void authorisationFailed(PollGroup group, String reason) {
        if (auth.needsReauthorisation(group, reason)) {
            for (StoreSnapshot store : storesOf(group)) {
                log.append(LogEvent.error(LogCategory.AUTH, "Amazon refused the authorisation of seller "
                        + group.sellerId() + " in " + group.region() + " (" + reason + "); the store's jobs are "
                        + "paused until it is authorised again.", FixAction.REAUTHORISE).withStore(store.alias()));
            }
        }
    }

    @Override
    public AuthorisationState authorisation(PollGroup group) {
        if (!vault.isSet(SecretVault.refreshTokenName(group))) {
            return AuthorisationState.NOT_AUTHORISED;
        }
        Optional<AuthTable.Authorisation> a = auth.authorisation(group);
        if (a.isEmpty()) {
            return AuthorisationState.NOT_AUTHORISED;
        }
        if (a.get().needsReauthorisation()) {
            return AuthorisationState.NEEDS_REAUTHORISATION;
        }
        Instant warnFrom = a.get().authorisedAt().plus(AUTHORISATION_LIFE).minus(AUTHORISATION_WARNING);
        return clock.instant().isBefore(warnFrom) ? AuthorisationState.AUTHORISED : AuthorisationState.EXPIRES_SOON;
    }

    @Override
    public synchronized List<StoreSnapshot> storesOf(PollGroup group) {
        return stores.values().stream().filter(s -> s.pollGroup().equals(group)).toList();
    }

    @Override
    public synchronized Optional<StoreSnapshot> store(String alias) {
        return Optional.ofNullable(stores.get(alias));
    }

    @Override
    public synchronized List<PollGroup> groups() {
        return stores.values().stream().map(Store::pollGroup).distinct().toList();
    }

    // ---------------------------------------------------------------- helpers

    private StoreSnapshot require(String alias) {
        StoreSnapshot store = stores.get(alias);
        if (store == null) {
            throw unknown(alias);
        }
        return store;
    }

    private IllegalArgumentException unknown(String alias) {
        return new IllegalArgumentException("No store '" + alias + "' is installed; installed: "
                + (stores.isEmpty() ? "none" : String.join(", ", stores.keySet())) + ".");
    }

    private static String describe(List<SettingsProblem> problems) {
        return problems.stream().map(SettingsProblem::describe).collect(Collectors.joining("; "));
    }

    private static String logAlias(String alias) {
        return StoreSettings.isValidAlias(alias) ? alias : null;
    }

    private static String auditAlias(String alias) {
        return logAlias(alias);
    }

    private static Map<String, Object> withoutCmKeys(Map<String, Object> properties) {
        Map<String, Object> copy = new HashMap<>(properties);
        copy.keySet().removeIf(k -> k.startsWith("service.") || k.startsWith("felix.fileinstall."));
        return copy;
    }

    private static URI uri(String text) {
        return text == null || text.isBlank() ? null : URI.create(text);
    }
}
