package org.ecomhub.stores.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecomhub.amazon.api.settings.IntegrationSettings;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Our PIDs in Config Admin. Configurations are created with location {@code "?"} (never bound to this bundle), named
 * by the alias, so an {@code etc/<factoryPid>-<alias>.cfg} file and ours are the same configuration.
 */
final class CmConfigSource implements ConfigSource {

    private static final String ANY = "?";

    private final ConfigurationAdmin configAdmin;
    private final EtcFiles etc;

    CmConfigSource(ConfigurationAdmin configAdmin, EtcFiles etc) {
        this.configAdmin = configAdmin;
        this.etc = etc;
    }

    @Override
    public List<Config> storeConfigurations() {
        StringBuilder filter = new StringBuilder("(|");
        StoreConfigurations.STORE_PIDS.forEach(pid -> filter.append("(service.factoryPid=").append(pid).append(')'));
        filter.append(')');
        List<Config> configs = new ArrayList<>();
        for (Configuration c : list(filter.toString())) {
            Dictionary<String, Object> properties = c.getProperties();
            if (properties != null) {
                configs.add(new Config(c.getPid(), c.getFactoryPid(), toMap(properties)));
            }
        }
        return configs;
    }

    @Override
    public Optional<Map<String, Object>> integration() {
        Configuration[] found = list("(" + Constants.SERVICE_PID + "=" + IntegrationSettings.PID + ")");
        return found.length == 0 || found[0].getProperties() == null ? Optional.empty()
                : Optional.of(toMap(found[0].getProperties()));
    }

    @Override
    public void write(String factoryPid, String alias, Map<String, Object> properties) {
        try {
            Configuration target = null;
            for (Configuration c : list("(service.factoryPid=" + factoryPid + ")")) {
                if (c.getProperties() != null && alias.equals(new Config(c.getPid(), factoryPid, toMap(c.getProperties())).owner())) {
                    target = c;
                }
            }
            Hashtable<String, Object> dictionary = new Hashtable<>(properties);
            Object existingFile = null;
            if (target == null) {
                target = configAdmin.getFactoryConfiguration(factoryPid, alias, ANY);
            } else {
                existingFile = target.getProperties().get(EtcFiles.FILENAME);
            }
            // OPS-01: the settings also go to the .cfg file, so a restart reads back what is in force
            etc.write(factoryPid, alias, properties, existingFile).ifPresent(file -> dictionary.put(EtcFiles.FILENAME, file));
            target.update(dictionary);
        } catch (IOException e) {
            throw new UncheckedIOException("Config Admin refused " + factoryPid + " of " + alias, e);
        }
    }

    @Override
    public void writeIntegration(Map<String, Object> properties) {
        try {
            Configuration c = configAdmin.getConfiguration(IntegrationSettings.PID, ANY);
            Hashtable<String, Object> dictionary = new Hashtable<>(properties);
            Dictionary<String, Object> old = c.getProperties();
            Object existingFile = old == null ? null : old.get(EtcFiles.FILENAME);
            etc.writeSingle(IntegrationSettings.PID, properties, existingFile)
                    .ifPresent(file -> dictionary.put(EtcFiles.FILENAME, file));
            c.update(dictionary);
        } catch (IOException e) {
            throw new UncheckedIOException("Config Admin refused " + IntegrationSettings.PID, e);
        }
    }

    @Override
    public void delete(String factoryPid, String alias) {
        try {
            for (Configuration c : list("(service.factoryPid=" + factoryPid + ")")) {
                if (c.getProperties() != null && alias.equals(new Config(c.getPid(), factoryPid, toMap(c.getProperties())).owner())) {
                    c.delete();
                }
            }
            etc.delete(factoryPid, alias);
        } catch (IOException e) {
            throw new UncheckedIOException("Config Admin could not delete " + factoryPid + " of " + alias, e);
        }
    }

    private Configuration[] list(String filter) {
        try {
            Configuration[] found = configAdmin.listConfigurations(filter);
            return found == null ? new Configuration[0] : found;
        } catch (IOException | InvalidSyntaxException e) {
            throw new IllegalStateException("Config Admin cannot list " + filter, e);
        }
    }

    private static Map<String, Object> toMap(Dictionary<String, Object> properties) {
        Map<String, Object> map = new HashMap<>();
        for (String key : Collections.list(properties.keys())) {
            map.put(key, properties.get(key));
        }
        return map;
    }
}
