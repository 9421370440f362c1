package org.ecomhub.amazon.api.spapi;

import java.net.URI;
import org.osgi.annotation.versioning.ProviderType;

/** The connector's entry service: hands out {@link SellingPartnerClient}s and runs the LWA code grant. */
@ProviderType
public interface SellingPartnerClients {

    /**
     * The client for a seller account in a region. Clients with the same seller, region and application share
     * tokens, buckets and breakers; settings of a later call (e.g. a new refresh token supplier) replace older ones.
     */
    SellingPartnerClient client(String sellerId, Region region, ConnectionSettings settings);

    /**
     * Exchanges a single-use {@code spapi_oauth_code} for the seller's refresh token (LWA
     * {@code authorization_code} grant, STORE-06).
     *
     * @throws SpApiAuthorizationException {@code INVALID_GRANT} for a reused, stale or unknown code
     */
    RefreshToken exchangeAuthorizationCode(ConnectionSettings settings, String code, URI redirectUri);

    /** Seller Central's consent page for a marketplace (FACTS §16); {@code draft} adds {@code version=beta}. */
    static URI consentPage(Marketplace marketplace, String applicationId, String state, boolean draft) {
        String q = "application_id=" + java.net.URLEncoder.encode(applicationId, java.nio.charset.StandardCharsets.UTF_8)
                + "&state=" + java.net.URLEncoder.encode(state, java.nio.charset.StandardCharsets.UTF_8)
                + (draft ? "&version=beta" : "");
        return URI.create("https://" + marketplace.sellerCentralHost() + "/apps/authorize/consent?" + q);
    }
}
