package org.ecomhub.stores.internal;

import static org.ecomhub.stores.internal.StoresFixture.DE;
import static org.ecomhub.stores.internal.StoresFixture.SELLER;
import static org.ecomhub.stores.internal.StoresFixture.SELLER2;
import static org.ecomhub.stores.internal.StoresFixture.UK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecomhub.amazon.api.log.FixAction;
import org.ecomhub.amazon.api.settings.IntegrationSettings;
import org.ecomhub.amazon.api.settings.StoreSettings;
import org.ecomhub.amazon.api.store.Actor;
import org.ecomhub.amazon.api.store.AuthorisationException;
import org.ecomhub.amazon.api.store.AuthorisationState;
import org.ecomhub.amazon.api.store.ConsentResult;
import org.ecomhub.amazon.api.store.PollGroup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthoriserTest {

    private static final Actor ADMIN = Actor.shell("admin");
    private static final String PASTED = "Atzr|IwEBIPastedRefreshToken0123456789abcdef";

    @TempDir
    Path dir;

    private StoresFixture f;
    private FakeClients clients;
    private Authoriser authoriser;

    @BeforeEach
    void start() throws Exception {
        f = new StoresFixture(dir);
        clients = new FakeClients();
        authoriser = new Authoriser(f.clock, f.registry, f.auth, f.vault, f.tables, f.log, () -> clients,
                f.registry::credentialsChanged);
        f.registry.install("EU1", UK, SELLER, ADMIN);
        f.registry.install("EU2", DE, SELLER, ADMIN);
        f.registry.install("EU3", DE, SELLER2, ADMIN);
        f.registry.setAppCredentials("amzn1.application-oa2-client.abc", "amzn1.oa2-cs.v1.AppSecret0123456789", ADMIN);
        f.registry.changeIntegration(Map.of(IntegrationSettings.SPAPI_APPLICATION_ID, "amzn1.sp.solution.app1",
                IntegrationSettings.OAUTH_REDIRECT_URI, "http://127.0.0.1:8181/system/console/amazon/oauth"), ADMIN);
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    @Test
    @DisplayName("STORE-06 a: a pasted refresh token authorises every store of that seller in that region, and only those")
    void pastedToken() {
        ConsentResult result = authoriser.authoriseWithToken("EU1", PASTED, ADMIN);

        assertEquals(List.of("EU1", "EU2"), result.authorised());
        assertEquals("OFF", f.registry.health("EU2").orElseThrow().status(), "EU2 is authorised (and still OFF)");
        assertEquals(AuthorisationState.NOT_AUTHORISED, f.registry.health("EU3").orElseThrow().authorisation());
        assertEquals(Optional.of(PASTED), f.vault.get(SecretVault.refreshTokenName(result.group())));
        assertTrue(f.log.events().stream().noneMatch(e -> e.message().contains("PastedRefreshToken")), "never logged");
        assertThrows(IllegalArgumentException.class, () -> authoriser.authoriseWithToken("EU1", "short", ADMIN));
    }

    @Test
    @DisplayName("STORE-06 b: the consent URL carries the app id and a state; the callback exchanges the code once and keeps the token")
    void consentFlow() {
        URI url = authoriser.startConsent("EU1", ADMIN);
        assertTrue(url.toString().startsWith("https://sellercentral.amazon.co.uk/apps/authorize/consent?"), url.toString());
        assertTrue(url.getQuery().contains("application_id=amzn1.sp.solution.app1"), url.toString());
        String state = state(url);

        ConsentResult result = authoriser.completeConsent(state, SELLER, "good-code", Actor.console("admin"));

        assertEquals(List.of("EU1", "EU2"), result.authorised());
        assertEquals(Optional.of(clients.token), f.vault.get(SecretVault.refreshTokenName(result.group())));
        assertEquals(URI.create("http://127.0.0.1:8181/system/console/amazon/oauth"), clients.redirects.get(0));
        assertEquals("amzn1.oa2-cs.v1.AppSecret0123456789", clients.secretsSeen.get(0), "the client secret reaches the connector");
        AuthorisationException reused = assertThrows(AuthorisationException.class,
                () -> authoriser.completeConsent(state, SELLER, "good-code", Actor.console("admin")));
        assertTrue(reused.getMessage().contains("already used"), reused.getMessage());
    }

    @Test
    @DisplayName("STORE-06 b: the simulator's consent page is used when an SP-API endpoint override is set")
    void simulatorConsentPage() {
        f.registry.changeIntegration(Map.of(IntegrationSettings.SPAPI_ENDPOINT, "http://127.0.0.1:9400/"), ADMIN);
        URI url = authoriser.startConsent("EU1", ADMIN);
        assertTrue(url.toString().startsWith("http://127.0.0.1:9400/apps/authorize/consent?application_id="), url.toString());
        assertTrue(url.getQuery().contains("redirect_uri=http://127.0.0.1:8181/system/console/amazon/oauth"), url.toString());
    }

    @Test
    @DisplayName("STORE-06 b: the state expires after 10 minutes on the Clock")
    void stateExpires() {
        String state = state(authoriser.startConsent("EU1", ADMIN));
        f.clock.step(Duration.ofMinutes(10).plusSeconds(1));

        AuthorisationException e = assertThrows(AuthorisationException.class,
                () -> authoriser.completeConsent(state, SELLER, "good-code", ADMIN));
        assertTrue(e.getMessage().contains("expired"), e.getMessage());
        assertTrue(clients.codes.isEmpty(), "no code exchanged");
    }

    @Test
    @DisplayName("STORE-06 b: a callback for another seller, or with a code Amazon refuses, keeps nothing and says what to do")
    void wrongSellerOrCode() {
        String state = state(authoriser.startConsent("EU1", ADMIN));
        AuthorisationException other = assertThrows(AuthorisationException.class,
                () -> authoriser.completeConsent(state, SELLER2, "good-code", ADMIN));
        assertTrue(other.getMessage().contains("not the store's seller"), other.getMessage());
        assertEquals(FixAction.REAUTHORISE, f.log.errors().get(0).fix());

        String state2 = state(authoriser.startConsent("EU1", ADMIN));
        AuthorisationException refused = assertThrows(AuthorisationException.class,
                () -> authoriser.completeConsent(state2, SELLER, "stale-code", ADMIN));
        assertTrue(refused.getMessage().contains("INVALID_GRANT"), refused.getMessage());
        assertEquals(AuthorisationState.NOT_AUTHORISED, f.registry.health("EU1").orElseThrow().authorisation());
    }

    @Test
    @DisplayName("STORE-07: invalid_grant puts every store of the seller and region in needs re-authorisation with one ERROR each; re-authorising clears it; the year warning comes 30 days early")
    void reauthorisation() {
        authoriser.authoriseWithToken("EU1", PASTED, ADMIN);
        PollGroup group = f.published.get("EU1").pollGroup();

        f.registry.authorisationFailed(group, "INVALID_GRANT");
        f.registry.authorisationFailed(group, "INVALID_GRANT");

        assertEquals("needs re-authorisation", f.registry.health("EU1").orElseThrow().status());
        assertEquals("needs re-authorisation", f.registry.health("EU2").orElseThrow().status());
        assertEquals(2, f.log.errors().size(), "one ERROR per store, once");
        assertTrue(f.log.errors().stream().allMatch(e -> e.fix() == FixAction.REAUTHORISE));

        authoriser.authoriseWithToken("EU2", PASTED + "new", ADMIN);
        assertEquals(AuthorisationState.AUTHORISED, f.registry.health("EU1").orElseThrow().authorisation());
        f.clock.step(Duration.ofDays(336));
        assertEquals(AuthorisationState.EXPIRES_SOON, f.registry.health("EU1").orElseThrow().authorisation());
    }

    @Test
    @DisplayName("SEC-01: the integration configuration says the client secret is set; the refresh token goes with the seller's last store in the region")
    void secretFlagsAndTokenLifetime() {
        assertEquals(true, f.config.integration().orElseThrow().get(Registry.SECRET_SET));
        assertEquals(false, f.config.find(StoreSettings.PID, "EU1").orElseThrow().properties().get(Registry.TOKEN_SET));
        ConsentResult result = authoriser.authoriseWithToken("EU1", PASTED, ADMIN);
        assertEquals(true, f.config.find(StoreSettings.PID, "EU2").orElseThrow().properties().get(Registry.TOKEN_SET),
                "the configurations of every store of the seller and region say the token is set");
        assertEquals(false, f.config.find(StoreSettings.PID, "EU3").orElseThrow().properties().get(Registry.TOKEN_SET));

        f.registry.uninstall("EU1", ADMIN);
        assertTrue(f.vault.isSet(SecretVault.refreshTokenName(result.group())), "EU2 still uses it");
        f.registry.uninstall("EU2", ADMIN);
        assertEquals(Optional.empty(), f.vault.get(SecretVault.refreshTokenName(result.group())));
    }

    private static String state(URI url) {
        for (String pair : url.getRawQuery().split("&")) {
            if (pair.startsWith("state=")) {
                return pair.substring("state=".length());
            }
        }
        throw new AssertionError("no state in " + url);
    }
}
