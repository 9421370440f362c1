package org.ecomhub.webconsole.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.ecomhub.amazon.api.log.ConnectionLog;
import org.ecomhub.amazon.api.log.LogEntry;
import org.ecomhub.amazon.api.log.LogEvent;
import org.ecomhub.amazon.api.log.LogQuery;
import org.ecomhub.amazon.api.products.ProductListPage;
import org.ecomhub.amazon.api.products.ProductListQuery;
import org.ecomhub.amazon.api.products.ProductMapping;
import org.ecomhub.amazon.api.products.ProductMappings;
import org.ecomhub.amazon.api.settings.FulfilmentChannel;
import org.ecomhub.amazon.api.settings.IntegrationSettings;
import org.ecomhub.amazon.api.settings.OrderSettings;
import org.ecomhub.amazon.api.settings.ProductSettings;
import org.ecomhub.amazon.api.settings.SettingsException;
import org.ecomhub.amazon.api.settings.SettingsProblem;
import org.ecomhub.amazon.api.settings.StockSettings;
import org.ecomhub.amazon.api.settings.StoreSettings;
import org.ecomhub.amazon.api.settings.TaxSettings;
import org.ecomhub.amazon.api.spapi.Marketplace;
import org.ecomhub.amazon.api.store.Actor;
import org.ecomhub.amazon.api.store.AuthorisationState;
import org.ecomhub.amazon.api.store.ConsentResult;
import org.ecomhub.amazon.api.store.EnablePreview;
import org.ecomhub.amazon.api.store.JobKind;
import org.ecomhub.amazon.api.store.JobResult;
import org.ecomhub.amazon.api.store.PollGroup;
import org.ecomhub.amazon.api.store.StoreAdmin;
import org.ecomhub.amazon.api.store.StoreAuthorisation;
import org.ecomhub.amazon.api.store.StoreHealth;
import org.ecomhub.amazon.api.store.StoreJobs;

/** In-memory services that record what the page asked of them; settings go through the real validators. */
final class Fakes {

    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    final List<String> calls = new ArrayList<>();
    final Map<String, StoreHealth> stores = new LinkedHashMap<>();
    final Map<String, Map<String, Map<String, Object>>> settings = new HashMap<>();
    final List<LogEntry> log = new ArrayList<>();
    final List<ProductListPage.Entry> products = new ArrayList<>();
    final List<LogQuery> logQueries = new ArrayList<>();
    final List<ProductListQuery> productQueries = new ArrayList<>();
    final List<Map<String, String>> jobArguments = new ArrayList<>();
    boolean secretSet;
    JobResult nextJobResult = JobResult.done("ok", 1);
    Map<String, Object> integration = new LinkedHashMap<>(IntegrationSettings.DEFAULTS.toProperties());

    final Services services;

    Fakes() {
        services = new Services(admin(), authorisation(), jobs(), log(), products(), Clock.fixed(NOW,
                java.time.ZoneOffset.UTC), new HostChoices(inventory(), null, null));
    }

    void installed(String alias, boolean enabled, AuthorisationState auth, Instant authorisedAt) {
        stores.put(alias, new StoreHealth(alias, "A2SELLER0001", Marketplace.UK.id(), true, enabled, Optional.empty(),
                auth, Optional.ofNullable(authorisedAt), Optional.empty(), Optional.empty(), Optional.empty(), 0, 2));
        Map<String, Map<String, Object>> pids = new HashMap<>();
        pids.put(StoreSettings.PID, new HashMap<>(new StoreSettings(alias, Marketplace.UK, "A2SELLER0001", enabled,
                org.ecomhub.amazon.api.settings.BuyerDetails.NONE).toProperties()));
        for (FulfilmentChannel c : FulfilmentChannel.values()) {
            OrderSettings d = OrderSettings.defaults(c, alias);
            pids.put(c.ordersPid(), new HashMap<>(d.toProperties()));
        }
        pids.put(ProductSettings.PID, new HashMap<>(ProductSettings.defaults(alias).toProperties()));
        pids.put(TaxSettings.PID, new HashMap<>(TaxSettings.defaults(alias).toProperties()));
        pids.put(StockSettings.PID, new HashMap<>(StockSettings.defaults(alias, true).toProperties()));
        settings.put(alias, pids);
    }

    private StoreAdmin admin() {
        return new StoreAdmin() {
            @Override
            public StoreHealth install(String alias, String marketplaceId, String sellerId, Actor actor) {
                calls.add("install " + alias + " " + marketplaceId + " " + sellerId + " by " + actor.describe());
                if (!StoreSettings.isValidAlias(alias)) {
                    throw new SettingsException(List.of(new SettingsProblem(StoreSettings.PID, "alias",
                            "'" + alias + "' is not 1 to 8 letters or digits.", "Choose another alias.")));
                }
                installed(alias, false, AuthorisationState.NOT_AUTHORISED, null);
                return stores.get(alias);
            }

            @Override
            public void uninstall(String alias, Actor actor) {
                calls.add("uninstall " + alias + " by " + actor.describe());
                stores.remove(alias);
            }

            @Override
            public EnablePreview previewEnable(String alias) {
                return new EnablePreview(alias, NOW.minusSeconds(86_400), OptionalLong.of(42));
            }

            @Override
            public void enable(String alias, boolean startFromNow, Actor actor) {
                calls.add("enable " + alias + " fromNow=" + startFromNow + " by " + actor.describe());
            }

            @Override
            public void disable(String alias, Actor actor) {
                calls.add("disable " + alias + " by " + actor.describe());
            }

            @Override
            public List<StoreHealth> health() {
                return List.copyOf(stores.values());
            }

            @Override
            public Optional<StoreHealth> health(String alias) {
                return Optional.ofNullable(stores.get(alias));
            }

            @Override
            public Map<String, Object> settings(String alias, String pid) {
                Map<String, Map<String, Object>> pids = settings.get(alias);
                if (pids == null) {
                    throw new IllegalArgumentException("no store " + alias);
                }
                return Map.copyOf(pids.get(pid));
            }

            @Override
            public void changeSettings(String alias, String pid, Map<String, String> changes, Actor actor) {
                Map<String, Object> merged = new HashMap<>(settings.get(alias).get(pid));
                merged.putAll(changes);
                // the real validators, as the registry runs them
                if (pid.equals(StockSettings.PID)) {
                    StockSettings.from(merged);
                } else if (pid.equals(ProductSettings.PID)) {
                    ProductSettings.from(merged);
                } else if (pid.equals(TaxSettings.PID)) {
                    TaxSettings.from(merged);
                } else if (pid.startsWith("org.ecomhub.amazon.orders.")) {
                    OrderSettings.from(pid.endsWith("fba") ? FulfilmentChannel.FBA : FulfilmentChannel.FBM, merged);
                }
                calls.add("change " + alias + " " + pid + " " + new java.util.TreeMap<>(changes) + " by "
                        + actor.describe());
                settings.get(alias).put(pid, merged);
            }

            @Override
            public IntegrationSettings integration() {
                return IntegrationSettings.from(integration);
            }

            @Override
            public void changeIntegration(Map<String, String> changes, Actor actor) {
                Map<String, Object> merged = new LinkedHashMap<>(integration);
                merged.putAll(changes);
                IntegrationSettings.from(merged);
                calls.add("integration " + changes + " by " + actor.describe());
                integration = merged;
            }

            @Override
            public void setAppCredentials(String clientId, String clientSecret, Actor actor) {
                if (clientId.isBlank() || clientSecret.isBlank()) {
                    throw new IllegalArgumentException("Give both the client id and the client secret.");
                }
                calls.add("credentials " + clientId + " secret length " + clientSecret.length() + " by "
                        + actor.describe());
                integration.put(IntegrationSettings.LWA_CLIENT_ID, clientId);
                secretSet = true;
            }

            @Override
            public boolean appCredentialsSet() {
                return secretSet;
            }
        };
    }

    private StoreAuthorisation authorisation() {
        return new StoreAuthorisation() {
            @Override
            public ConsentResult authoriseWithToken(String alias, String refreshToken, Actor actor) {
                calls.add("token " + alias + " length " + refreshToken.length() + " by " + actor.describe());
                return new ConsentResult(new PollGroup("A2SELLER0001", Marketplace.UK.region()), List.of(alias));
            }

            @Override
            public URI startConsent(String alias, Actor actor) {
                calls.add("consent " + alias);
                return URI.create("http://127.0.0.1:8765/apps/authorize/consent?application_id=app&state=S1");
            }

            @Override
            public ConsentResult completeConsent(String state, String sellingPartnerId, String code, Actor actor) {
                calls.add("complete " + state + " " + sellingPartnerId + " by " + actor.describe());
                if (!"S1".equals(state)) {
                    throw new org.ecomhub.amazon.api.store.AuthorisationException(
                            "This authorisation link was used or has expired: start again.");
                }
                return new ConsentResult(new PollGroup(sellingPartnerId, Marketplace.UK.region()), List.of("EU1"));
            }
        };
    }

    private StoreJobs jobs() {
        return new StoreJobs() {
            @Override
            public CompletableFuture<JobResult> submit(JobKind kind, String alias, Map<String, String> arguments,
                    Consumer<String> progress) {
                calls.add("job " + kind + " " + alias);
                jobArguments.add(arguments);
                progress.accept("working on " + alias);
                return CompletableFuture.completedFuture(nextJobResult);
            }
        };
    }

    private ConnectionLog log() {
        return new ConnectionLog() {
            @Override
            public void append(LogEvent event) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<LogEntry> query(LogQuery query) {
                logQueries.add(query);
                return log.stream().filter(e -> query.level().matches(e.level()))
                        .filter(e -> query.store() == null || query.store().equals(e.store()))
                        .filter(e -> query.text() == null || e.message().contains(query.text())).toList();
            }

            @Override
            public long count(LogQuery query) {
                return query(query).size();
            }
        };
    }

    /** The host's warehouses, once {@link #warehouses} is filled; other Inventory calls are not made. */
    final List<org.ecomhub.host.api.Warehouse> warehouses = new ArrayList<>();

    private org.ecomhub.host.api.Inventory inventory() {
        return (org.ecomhub.host.api.Inventory) java.lang.reflect.Proxy.newProxyInstance(Fakes.class.getClassLoader(),
                new Class<?>[] {org.ecomhub.host.api.Inventory.class}, (proxy, method, args) -> {
                    if (method.getName().equals("warehouses")) {
                        return List.copyOf(warehouses);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private ProductMappings products() {
        return new ProductMappings() {
            @Override
            public Optional<ProductMapping> find(String storeAlias, String sellerSku) {
                return Optional.empty();
            }

            @Override
            public ProductMapping resolveForOrder(org.ecomhub.amazon.api.settings.StoreConfiguration store,
                    org.ecomhub.amazon.api.products.OrderedProduct product,
                    org.ecomhub.host.api.IdempotencyKey key) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<ProductMapping> ofStore(String storeAlias) {
                return List.of();
            }

            @Override
            public ProductListPage list(ProductListQuery query) {
                productQueries.add(query);
                return new ProductListPage(products, query.offset(), false);
            }
        };
    }
}
