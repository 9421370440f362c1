package org.ecomhub.shell.internal;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.ecomhub.amazon.api.settings.IntegrationSettings;
import org.ecomhub.amazon.api.settings.SettingsException;
import org.ecomhub.amazon.api.settings.SettingsProblem;
import org.ecomhub.amazon.api.spapi.Region;
import org.ecomhub.amazon.api.store.Actor;
import org.ecomhub.amazon.api.store.AuthorisationState;
import org.ecomhub.amazon.api.store.ConsentResult;
import org.ecomhub.amazon.api.store.EnablePreview;
import org.ecomhub.amazon.api.store.JobKind;
import org.ecomhub.amazon.api.store.JobResult;
import org.ecomhub.amazon.api.store.LastRun;
import org.ecomhub.amazon.api.store.PollGroup;
import org.ecomhub.amazon.api.store.StoreAdmin;
import org.ecomhub.amazon.api.store.StoreAuthorisation;
import org.ecomhub.amazon.api.store.StoreHealth;
import org.ecomhub.amazon.api.store.StoreJobs;

/** The store services as the shell sees them, recording every call; the secrets it is handed are kept apart. */
final class FakeStores implements StoreAdmin, StoreAuthorisation, StoreJobs {

    static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    final List<String> calls = new ArrayList<>();
    final List<String> secretsReceived = new ArrayList<>();
    final Map<String, Map<String, String>> changes = new LinkedHashMap<>();
    SettingsException refuse;
    JobResult jobResult = JobResult.of(JobResult.Status.NOT_INSTALLED, "not installed: no engine for it is running yet.");
    Map<String, String> jobArguments;

    StoreHealth health(String alias, boolean enabled) {
        return new StoreHealth(alias, "A2SELLER0001", "A1F83G8C2ARO7P", true, enabled, Optional.empty(),
                AuthorisationState.AUTHORISED, Optional.of(NOW.minusSeconds(86400)),
                Optional.of(new LastRun(NOW.minusSeconds(60), JobResult.Status.DONE, "3 orders")), Optional.empty(),
                Optional.of(NOW.plusSeconds(240)), 0, 2);
    }

    @Override
    public StoreHealth install(String alias, String marketplaceId, String sellerId, Actor actor) {
        calls.add("install " + alias + " " + marketplaceId + " " + sellerId + " by " + actor.describe());
        if (refuse != null) {
            throw refuse;
        }
        return new StoreHealth(alias, sellerId, marketplaceId, true, false, Optional.empty(),
                AuthorisationState.NOT_AUTHORISED, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), 0, 0);
    }

    @Override
    public void uninstall(String alias, Actor actor) {
        calls.add("uninstall " + alias);
    }

    @Override
    public EnablePreview previewEnable(String alias) {
        return new EnablePreview(alias, NOW.minusSeconds(3 * 86400), OptionalLong.of(42));
    }

    @Override
    public void enable(String alias, boolean startFromNow, Actor actor) {
        calls.add("enable " + alias + (startFromNow ? " from now" : ""));
    }

    @Override
    public void disable(String alias, Actor actor) {
        calls.add("disable " + alias);
    }

    @Override
    public List<StoreHealth> health() {
        return List.of(health("EU1", true), health("EU2", false));
    }

    @Override
    public Optional<StoreHealth> health(String alias) {
        return health().stream().filter(h -> h.alias().equals(alias)).findFirst();
    }

    @Override
    public Map<String, Object> settings(String alias, String pid) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("store", alias);
        p.put("warehouses", new String[] {"MAIN", "SPARE"});
        return p;
    }

    @Override
    public void changeSettings(String alias, String pid, Map<String, String> changes, Actor actor) {
        if (refuse != null) {
            throw refuse;
        }
        this.changes.put(alias + " " + pid, changes);
    }

    @Override
    public IntegrationSettings integration() {
        return IntegrationSettings.DEFAULTS;
    }

    @Override
    public void changeIntegration(Map<String, String> changes, Actor actor) {
        this.changes.put("integration", changes);
    }

    @Override
    public void setAppCredentials(String clientId, String clientSecret, Actor actor) {
        calls.add("app-credentials " + clientId);
        secretsReceived.add(clientSecret);
    }

    @Override
    public boolean appCredentialsSet() {
        return !secretsReceived.isEmpty();
    }

    @Override
    public ConsentResult authoriseWithToken(String alias, String refreshToken, Actor actor) {
        calls.add("token " + alias);
        secretsReceived.add(refreshToken);
        return new ConsentResult(new PollGroup("A2SELLER0001", Region.EU), List.of("EU1", "EU2"));
    }

    @Override
    public URI startConsent(String alias, Actor actor) {
        calls.add("consent " + alias);
        return URI.create("https://sellercentral.amazon.co.uk/apps/authorize/consent?application_id=app&state=abc");
    }

    @Override
    public ConsentResult completeConsent(String state, String sellingPartnerId, String code, Actor actor) {
        calls.add("callback " + state + " " + sellingPartnerId);
        secretsReceived.add(code);
        return new ConsentResult(new PollGroup(sellingPartnerId, Region.EU), List.of("EU1"));
    }

    @Override
    public CompletableFuture<JobResult> submit(JobKind kind, String alias, Map<String, String> arguments,
            Consumer<String> progress) {
        calls.add("job " + kind + " " + alias);
        jobArguments = arguments;
        progress.accept("working");
        return CompletableFuture.completedFuture(jobResult);
    }

    static SettingsException problem(String property, String problem, String fix) {
        return new SettingsException(List.of(new SettingsProblem("org.ecomhub.amazon.stock", property, problem, fix)));
    }
}
