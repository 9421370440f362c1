package org.ecomhub.stores.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecomhub.amazon.api.settings.StoreSettings;

/** Config Admin as a map: the test edits configurations like an admin with an etc/ file would. */
final class FakeConfigSource implements ConfigSource {

    final Map<String, Config> configs = new LinkedHashMap<>();
    Map<String, Object> integration;
    int writes;

    /** Creates or replaces a configuration as an etc/ file or the console form would (pid factoryPid~name). */
    void put(String factoryPid, String name, Map<String, Object> properties) {
        configs.put(factoryPid + "~" + name, new Config(factoryPid + "~" + name, factoryPid, new LinkedHashMap<>(properties)));
    }

    /** Sets one property of the configuration of {@code factoryPid} that belongs to the alias. */
    void set(String factoryPid, String alias, String property, Object value) {
        Config c = find(factoryPid, alias).orElseThrow();
        c.properties().put(property, value);
    }

    Optional<Config> find(String factoryPid, String alias) {
        return configs.values().stream().filter(c -> c.factoryPid().equals(factoryPid) && c.owner().equals(alias)).findFirst();
    }

    List<Config> of(String alias) {
        return configs.values().stream().filter(c -> c.owner().equals(alias)).toList();
    }

    @Override
    public List<Config> storeConfigurations() {
        List<Config> copy = new ArrayList<>();
        configs.values().forEach(c -> copy.add(new Config(c.pid(), c.factoryPid(), new LinkedHashMap<>(c.properties()))));
        return copy;
    }

    @Override
    public Optional<Map<String, Object>> integration() {
        return Optional.ofNullable(integration).map(LinkedHashMap::new);
    }

    @Override
    public void write(String factoryPid, String alias, Map<String, Object> properties) {
        writes++;
        Optional<Config> existing = find(factoryPid, alias);
        if (existing.isPresent()) {
            existing.get().properties().clear();
            existing.get().properties().putAll(properties);
        } else {
            put(factoryPid, alias, properties);
        }
    }

    @Override
    public void writeIntegration(Map<String, Object> properties) {
        writes++;
        integration = new LinkedHashMap<>(properties);
    }

    @Override
    public void delete(String factoryPid, String alias) {
        configs.values().removeIf(c -> c.factoryPid().equals(factoryPid) && c.owner().equals(alias));
    }

    static Map<String, Object> store(String alias, String marketplace, String seller) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(StoreSettings.ALIAS, alias);
        p.put(StoreSettings.MARKETPLACE, marketplace);
        p.put(StoreSettings.SELLER_ID, seller);
        return p;
    }
}
