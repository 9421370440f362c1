package org.ecomhub.amazon.api.store;

import java.net.URI;
import java.time.Duration;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Authorising a seller account for a region (STORE-06) and authorising it again (STORE-07). The refresh token
 * belongs to the seller and region: authorising one store authorises every installed store of that seller in that
 * region. Tokens are kept encrypted (SEC-01) and never returned.
 */
@ProviderType
public interface StoreAuthorisation {

    /** How long a consent {@code state} stays usable (STORE-06: at most 10 minutes). */
    Duration CONSENT_VALIDITY = Duration.ofMinutes(10);

    /**
     * Keeps a self-authorised refresh token (STORE-06 a) for the store's seller and region, replacing any earlier one
     * (STORE-07), and clears "needs re-authorisation".
     *
     * @throws IllegalArgumentException if the alias is unknown or the text is not a refresh token
     */
    ConsentResult authoriseWithToken(String alias, String refreshToken, Actor actor);

    /**
     * Starts the website workflow (STORE-06 b): the URL of the marketplace's consent page (the simulator's when an
     * SP-API endpoint override is set) with the application id and a new single-use {@code state} that expires after
     * {@link #CONSENT_VALIDITY} on the Clock.
     *
     * @throws AuthorisationException if the application id or redirect URI is not set
     */
    URI startConsent(String alias, Actor actor);

    /**
     * Completes the workflow; the web console's OAuth callback calls this with the query parameters Amazon sent. Checks
     * and uses up the {@code state}, checks that {@code sellingPartnerId} is the store's seller id, exchanges
     * {@code spapi_oauth_code} through the LWA authorization_code grant and keeps the refresh token.
     *
     * @throws AuthorisationException for an unknown, used or expired state, another seller, or a code Amazon refused;
     *                                the message says what to do
     */
    ConsentResult completeConsent(String state, String sellingPartnerId, String code, Actor actor);
}
