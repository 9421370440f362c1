package org.ecomhub.stores.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The configurations of our PIDs as Config Admin holds them; a fake in unit tests. */
interface ConfigSource {

    /** One factory configuration of a store-level PID. */
    record Config(String pid, String factoryPid, Map<String, Object> properties) {
        /** The store it belongs to: {@code alias} for a store configuration, {@code store} for the others. */
        String owner() {
            Object value = properties.get(factoryPid.equals(org.ecomhub.amazon.api.settings.StoreSettings.PID)
                    ? "alias" : "store");
            return value == null ? "" : String.valueOf(value).strip();
        }
    }

    /** Every configuration of the six store-level factory PIDs. */
    List<Config> storeConfigurations();

    /** The integration configuration's properties, if it exists. */
    Optional<Map<String, Object>> integration();

    /** Creates or updates the factory configuration of {@code factoryPid} that belongs to {@code alias} (location "?"). */
    void write(String factoryPid, String alias, Map<String, Object> properties);

    void writeIntegration(Map<String, Object> properties);

    /** Deletes every configuration of {@code factoryPid} that belongs to {@code alias}. */
    void delete(String factoryPid, String alias);
}
