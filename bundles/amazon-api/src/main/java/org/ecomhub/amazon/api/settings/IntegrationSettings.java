package org.ecomhub.amazon.api.settings;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The integration-wide settings, PID {@value #PID}. App credentials other than the client id are secrets and
 * never a property here (SEC-01).
 *
 * @param lwaClientId           the app's Login with Amazon client id (not secret); empty until the app is registered
 * @param spapiApplicationId    the app id used on the consent page (STORE-06 b)
 * @param oauthRedirectUri      where Amazon sends the admin back after consent
 * @param storeLimit            how many stores may be installed (STORE-02); default 5
 * @param stockExportFrequency  how often stock is exported (STK-05)
 * @param ordersPollMinutes     how often orders are polled, 1 to 1440 minutes
 * @param spapiEndpoint         an SP-API endpoint override (sandbox or simulator); empty = Amazon's regional host
 * @param lwaEndpoint           an LWA token endpoint override; empty = Amazon's
 */
public record IntegrationSettings(String lwaClientId, String spapiApplicationId, String oauthRedirectUri, int storeLimit,
        StockExportFrequency stockExportFrequency, int ordersPollMinutes, String spapiEndpoint, String lwaEndpoint) {

    public static final String PID = "org.ecomhub.amazon.integration";
    public static final String LWA_CLIENT_ID = "lwa.client.id";
    public static final String SPAPI_APPLICATION_ID = "spapi.application.id";
    public static final String OAUTH_REDIRECT_URI = "oauth.redirect.uri";
    public static final String STORE_LIMIT = "store.limit";
    public static final String STOCK_EXPORT_FREQUENCY = "stock.export.frequency";
    public static final String ORDERS_POLL_MINUTES = "orders.poll.minutes";
    public static final String SPAPI_ENDPOINT = "spapi.endpoint";
    public static final String LWA_ENDPOINT = "lwa.endpoint";

    public static final int DEFAULT_STORE_LIMIT = 5;
    /** Far above any real seller; a typo such as 5000 is caught. */
    public static final int MAX_STORE_LIMIT = 100;

    public static final IntegrationSettings DEFAULTS = new IntegrationSettings("", "", "", DEFAULT_STORE_LIMIT,
            StockExportFrequency.MINUTES_60, 5, "", "");

    /**
     * Reads and checks the properties of the integration configuration.
     *
     * @throws SettingsException naming every property that is wrong and how to fix it
     */
    public static IntegrationSettings from(Map<String, ?> properties) {
        PropertyReader in = new PropertyReader(PID, properties);
        IntegrationSettings settings = new IntegrationSettings(
                in.text(LWA_CLIENT_ID, ""),
                in.text(SPAPI_APPLICATION_ID, ""),
                in.text(OAUTH_REDIRECT_URI, ""),
                in.integer(STORE_LIMIT, DEFAULT_STORE_LIMIT, 1, MAX_STORE_LIMIT),
                in.choice(STOCK_EXPORT_FREQUENCY, StockExportFrequency.class, StockExportFrequency.MINUTES_60),
                in.integer(ORDERS_POLL_MINUTES, 5, 1, 1440),
                in.text(SPAPI_ENDPOINT, ""),
                in.text(LWA_ENDPOINT, ""));
        checkUrl(in, OAUTH_REDIRECT_URI, settings.oauthRedirectUri());
        checkUrl(in, SPAPI_ENDPOINT, settings.spapiEndpoint());
        checkUrl(in, LWA_ENDPOINT, settings.lwaEndpoint());
        in.throwIfProblems();
        return settings;
    }

    private static void checkUrl(PropertyReader in, String property, String value) {
        if (value.isEmpty()) {
            return;
        }
        try {
            URI uri = URI.create(value);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return;
            }
        } catch (IllegalArgumentException malformed) {
            // reported below
        }
        in.problem(property, "'" + value + "' is not an http(s) URL.",
                "Set " + property + " to a full URL such as https://host:port/path, or leave it empty.");
    }

    public Map<String, Object> toProperties() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(LWA_CLIENT_ID, lwaClientId);
        p.put(SPAPI_APPLICATION_ID, spapiApplicationId);
        p.put(OAUTH_REDIRECT_URI, oauthRedirectUri);
        p.put(STORE_LIMIT, storeLimit);
        p.put(STOCK_EXPORT_FREQUENCY, stockExportFrequency.name());
        p.put(ORDERS_POLL_MINUTES, ordersPollMinutes);
        p.put(SPAPI_ENDPOINT, spapiEndpoint);
        p.put(LWA_ENDPOINT, lwaEndpoint);
        return p;
    }
}
