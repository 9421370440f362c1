package org.ecomhub.amazon.api.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecomhub.amazon.api.settings.IntegrationSettings;
import org.ecomhub.amazon.api.settings.SettingsException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Every admin action on stores, for the shell and the web console (which call the same methods). Changes are
 * validated with the settings validators before anything is written; each change, accepted or refused, is audited
 * with its {@link Actor} (STORE-08). Unknown aliases give {@link IllegalArgumentException}.
 */
@ProviderType
public interface StoreAdmin {

    /**
     * Installs a store (STORE-01/02): records its facts and creates its six configurations with the defaults. The
     * store is OFF and not authorised until {@code store-auth}; a seller and region already authorised by another
     * store is authorised at once (STORE-06).
     *
     * @throws SettingsException naming the setting and the fix (bad alias, taken alias or seller+marketplace,
     *                           store limit)
     */
    StoreHealth install(String alias, String marketplaceId, String sellerId, Actor actor);

    /**
     * Uninstalls a store (STORE-05): its configurations, schedules, facts and settings go; what it created in the
     * host, its ledger and its log entries stay. A running job of the store is stopped.
     */
    void uninstall(String alias, Actor actor);

    /** What turning the store ON will import (STORE-04); may ask the orders engine for an estimate. */
    EnablePreview previewEnable(String alias);

    /**
     * Turns the store ON (STORE-04); with {@code startFromNow} orders import from now instead of from where the store
     * stopped (or its installation).
     */
    void enable(String alias, boolean startFromNow, Actor actor);

    /** Turns the store OFF: its running jobs stop at once and nothing syncs until it is ON again. */
    void disable(String alias, Actor actor);

    /** Health of every store, installed or refused at install, by alias. */
    List<StoreHealth> health();

    Optional<StoreHealth> health(String alias);

    /**
     * The settings in force of one of a store's configurations: the last valid snapshot.
     *
     * @param pid a store-level PID: {@code org.ecomhub.amazon.store}, {@code ...orders.fbm}, {@code ...orders.fba},
     *            {@code ...products}, {@code ...tax} or {@code ...stock}
     */
    Map<String, Object> settings(String alias, String pid);

    /**
     * Changes settings of one of a store's configurations: validated together with the store's other settings, then
     * written to Config Admin (and so to {@code etc/}); nothing is written when they are refused.
     *
     * @param changes property name to new value as typed (text); an empty value sets the default
     * @throws SettingsException naming every problem and its fix
     */
    void changeSettings(String alias, String pid, Map<String, String> changes, Actor actor);

    /** The integration settings in force. */
    IntegrationSettings integration();

    /**
     * Changes integration settings ({@code store.limit} is for amazon-admin, STORE-08).
     *
     * @throws SettingsException naming every problem and its fix
     */
    void changeIntegration(Map<String, String> changes, Actor actor);

    /**
     * Sets the app's LWA client id (a setting) and client secret (a secret, kept encrypted, SEC-01).
     *
     * @throws IllegalArgumentException if either is blank
     */
    void setAppCredentials(String clientId, String clientSecret, Actor actor);

    /** Whether the app's client secret is set (the only thing ever said about it). */
    boolean appCredentialsSet();
}
