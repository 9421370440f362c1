package org.ecomhub.stores.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.ecomhub.amazon.api.log.ConnectionLog;
import org.ecomhub.amazon.api.log.FixAction;
import org.ecomhub.amazon.api.log.LogCategory;
import org.ecomhub.amazon.api.log.LogEvent;
import org.ecomhub.amazon.api.settings.IntegrationSettings;
import org.ecomhub.amazon.api.spapi.RefreshToken;
import org.ecomhub.amazon.api.spapi.SellingPartnerClients;
import org.ecomhub.amazon.api.spapi.SpApiAuthorizationException;
import org.ecomhub.amazon.api.spapi.SpApiException;
import org.ecomhub.amazon.api.store.Actor;
import org.ecomhub.amazon.api.store.AuthorisationException;
import org.ecomhub.amazon.api.store.ConsentResult;
import org.ecomhub.amazon.api.store.PollGroup;
import org.ecomhub.amazon.api.store.StoreAuthorisation;

/**
 * Authorisation of a seller and region (STORE-06/07): a pasted refresh token, or the consent workflow with a
 * single-use {@code state} kept as a hash that expires on the Clock. The refresh token goes to the vault only.
 */
final class Authoriser implements StoreAuthorisation {

    private final Clock clock;
    private final StoreDirectory stores;
    private final AuthTable auth;
    private final SecretVault vault;
    private final StoreTables tables;
    private final ConnectionLog log;
    private final Supplier<SellingPartnerClients> clients;
    private final java.util.function.Consumer<PollGroup> credentialsChanged;
    private final SecureRandom random = new SecureRandom();

    Authoriser(Clock clock, StoreDirectory stores, AuthTable auth, SecretVault vault, StoreTables tables,
            ConnectionLog log, Supplier<SellingPartnerClients> clients) {
        this(clock, stores, auth, vault, tables, log, clients, group -> { });
    }

    /** @param credentialsChanged told when a group's refresh token was kept (the registry updates the configurations) */
    Authoriser(Clock clock, StoreDirectory stores, AuthTable auth, SecretVault vault, StoreTables tables,
            ConnectionLog log, Supplier<SellingPartnerClients> clients, java.util.function.Consumer<PollGroup> credentialsChanged) {
        this.credentialsChanged = credentialsChanged;
        this.clock = clock;
        this.stores = stores;
        this.auth = auth;
        this.vault = vault;
        this.tables = tables;
        this.log = log;
        this.clients = clients;
    }

    @Override
    public ConsentResult authoriseWithToken(String alias, String refreshToken, Actor actor) {
        StoreSnapshot store = require(alias);
        String token = refreshToken == null ? "" : refreshToken.strip();
        if (token.length() < 20 || token.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("That is not a refresh token: paste the whole token Seller Central "
                    + "showed for the app (it starts with Atzr|).");
        }
        return keep(store.pollGroup(), token, actor, "a pasted refresh token");
    }

    @Override
    public URI startConsent(String alias, Actor actor) {
        StoreSnapshot store = require(alias);
        IntegrationSettings settings = stores.integration();
        if (settings.spapiApplicationId().isEmpty() || settings.oauthRedirectUri().isEmpty()) {
            throw new AuthorisationException("Set spapi.application.id and oauth.redirect.uri first "
                    + "(amazon:store-config --integration spapi.application.id=... oauth.redirect.uri=...).");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String state = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        auth.purgeConsentStates(now);
        auth.saveConsentState(hash(state), alias, now.plus(CONSENT_VALIDITY));
        log.append(LogEvent.info(LogCategory.AUTH, "Authorisation of store " + alias + " started on the consent "
                + "page by " + actor.describe() + "; the link works once, for " + CONSENT_VALIDITY.toMinutes()
                + " minutes.").withStore(alias));
        String redirect = "&redirect_uri=" + URLEncoder.encode(settings.oauthRedirectUri(), StandardCharsets.UTF_8);
        if (!settings.spapiEndpoint().isEmpty()) {
            // the simulator plays Seller Central's consent page at the same path (tests and the demo)
            String base = settings.spapiEndpoint().replaceAll("/+$", "");
            return URI.create(base + "/apps/authorize/consent?application_id="
                    + URLEncoder.encode(settings.spapiApplicationId(), StandardCharsets.UTF_8)
                    + "&state=" + state + redirect);
        }
        return URI.create(SellingPartnerClients.consentPage(store.marketplace(), settings.spapiApplicationId(), state,
                false) + redirect);
    }

    @Override
    public ConsentResult completeConsent(String state, String sellingPartnerId, String code, Actor actor) {
        if (state == null || state.isBlank() || code == null || code.isBlank()) {
            throw new AuthorisationException("Amazon's answer lacks the state or the code: start the authorisation "
                    + "again with amazon:store-auth --consent <alias>.");
        }
        Instant now = clock.instant();
        AuthTable.ConsentState taken = auth.takeConsentState(hash(state)).orElseThrow(() -> new AuthorisationException(
                "This authorisation link is unknown or was already used: start again with amazon:store-auth --consent <alias>."));
        if (now.isAfter(taken.expiresAt())) {
            throw new AuthorisationException("This authorisation link expired (it works for "
                    + CONSENT_VALIDITY.toMinutes() + " minutes): start again with amazon:store-auth --consent "
                    + taken.alias() + ".");
        }
        StoreSnapshot store = stores.store(taken.alias()).orElseThrow(() -> new AuthorisationException(
                "The store " + taken.alias() + " was uninstalled while it was being authorised."));
        if (!store.sellerId().equals(sellingPartnerId)) {
            log.append(LogEvent.error(LogCategory.AUTH, "Seller Central authorised the seller " + sellingPartnerId
                    + ", but the store " + store.alias() + " belongs to " + store.sellerId() + "; nothing was kept.",
                    FixAction.REAUTHORISE).withStore(store.alias()));
            throw new AuthorisationException("Amazon authorised the seller " + sellingPartnerId + ", not the store's "
                    + "seller " + store.sellerId() + ": sign in to Seller Central as that seller and start again.");
        }
        SellingPartnerClients connector = clients.get();
        if (connector == null) {
            throw new AuthorisationException("The SP-API connector (bundle org.ecomhub.spapi) is not running; start it "
                    + "and authorise again.");
        }
        RefreshToken token;
        try {
            token = connector.exchangeAuthorizationCode(stores.connectionSettings(store.pollGroup()), code,
                    URI.create(stores.integration().oauthRedirectUri()));
        } catch (SpApiAuthorizationException e) {
            log.append(LogEvent.error(LogCategory.AUTH, "Amazon refused the authorisation code for store "
                    + store.alias() + " (" + e.reason() + ").", e.reason() == SpApiAuthorizationException.Reason.INVALID_CLIENT
                    ? FixAction.APP_CREDENTIALS : FixAction.REAUTHORISE).withStore(store.alias()));
            throw new AuthorisationException("Amazon refused the authorisation code (" + e.reason() + "): "
                    + (e.reason() == SpApiAuthorizationException.Reason.INVALID_CLIENT
                    ? "check the app credentials (amazon:app-credentials), then start again."
                    : "codes work once and only for minutes; start again with amazon:store-auth --consent " + store.alias() + "."));
        } catch (SpApiException e) {
            throw new AuthorisationException("Amazon could not be reached to finish the authorisation (" + e.getClass()
                    .getSimpleName() + "): start again in a few minutes.");
        }
        return keep(store.pollGroup(), token.value(), actor, "the consent page");
    }

    private ConsentResult keep(PollGroup group, String token, Actor actor, String how) {
        Instant now = clock.instant();
        boolean again = vault.isSet(SecretVault.refreshTokenName(group));
        vault.put(SecretVault.refreshTokenName(group), token);
        auth.authorised(group, now);
        credentialsChanged.accept(group);
        List<String> aliases = stores.storesOf(group).stream().map(StoreSnapshot::alias).toList();
        for (String alias : aliases) {
            tables.audit(now, alias, null, actor, true, (again ? "re-authorised" : "authorised") + " through " + how
                    + " for seller " + group.sellerId() + " in " + group.region());
            log.append(LogEvent.info(LogCategory.AUTH, "Seller " + group.sellerId() + " in " + group.region() + " "
                    + (again ? "re-authorised" : "authorised") + " by " + actor.describe() + " through " + how
                    + "; this covers the stores " + String.join(", ", aliases) + ".").withStore(alias));
        }
        return new ConsentResult(group, aliases);
    }

    private StoreSnapshot require(String alias) {
        return stores.store(alias).orElseThrow(() -> new IllegalArgumentException("No store '" + alias + "' is installed."));
    }

    static String hash(String state) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(state.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
