package org.ecomhub.amazon.api.spapi;

import java.net.URI;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the connector needs to talk to Amazon for one seller account and region. Secrets come as suppliers so they
 * are read when needed and never kept in this record; {@link #toString()} shows no secret.
 *
 * @param lwaClientId      the application's LWA client id
 * @param clientSecret     supplies the LWA client secret
 * @param refreshToken     supplies the seller's refresh token for this region (may supply null when only the
 *                         authorization-code grant is used)
 * @param spapiEndpoint    overrides the regional SP-API host (sandbox or simulator); null = Amazon's host
 * @param lwaEndpoint      overrides the LWA token URL; null = {@link #AMAZON_LWA_TOKEN_URL}
 * @param userAgent        sent on every call, e.g. {@code ecomhub-amazon/0.1 (Language=Java/17)}
 * @param applicationId    the SP-API application id (buckets are kept per application); null = the client id
 */
public record ConnectionSettings(String lwaClientId, Supplier<String> clientSecret, Supplier<String> refreshToken,
        URI spapiEndpoint, URI lwaEndpoint, String userAgent, String applicationId) {

    /** Amazon's LWA token endpoint, the same for every region. */
    public static final URI AMAZON_LWA_TOKEN_URL = URI.create("https://api.amazon.com/auth/o2/token");

    public ConnectionSettings {
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(refreshToken, "refreshToken");
        if (userAgent == null || userAgent.isBlank()) {
            userAgent = "ecomhub-amazon/0.1 (Language=Java/17)";
        }
        if (userAgent.length() > 500) {
            throw new IllegalArgumentException("user agent longer than 500 characters (Amazon rejects it)");
        }
    }

    /** Settings with Amazon's own hosts. */
    public static ConnectionSettings amazon(String lwaClientId, Supplier<String> clientSecret,
            Supplier<String> refreshToken, String userAgent) {
        return new ConnectionSettings(lwaClientId, clientSecret, refreshToken, null, null, userAgent, null);
    }

    /** The same settings pointed at another SP-API host and LWA URL (sandbox, simulator). */
    public ConnectionSettings withEndpoints(URI spapi, URI lwa) {
        return new ConnectionSettings(lwaClientId, clientSecret, refreshToken, spapi, lwa, userAgent, applicationId);
    }

    /** The LWA token URL in effect. */
    public URI effectiveLwaEndpoint() {
        return lwaEndpoint != null ? lwaEndpoint : AMAZON_LWA_TOKEN_URL;
    }

    /** The SP-API host in effect for a region. */
    public URI effectiveEndpoint(Region region) {
        return spapiEndpoint != null ? spapiEndpoint : region.endpoint();
    }

    /** The application a bucket belongs to. */
    public String effectiveApplicationId() {
        return applicationId != null && !applicationId.isBlank() ? applicationId : lwaClientId;
    }

    @Override
    public String toString() {
        return "ConnectionSettings[lwaClientId=" + lwaClientId + ", spapiEndpoint=" + spapiEndpoint
                + ", lwaEndpoint=" + lwaEndpoint + ", userAgent=" + userAgent + ", secrets=<hidden>]";
    }
}
