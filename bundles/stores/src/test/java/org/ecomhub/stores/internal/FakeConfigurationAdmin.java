package org.ecomhub.stores.internal;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/** Just enough of Config Admin for {@link CmConfigSource}: factory configurations, filters, locations. */
final class FakeConfigurationAdmin {

    /** One configuration as Config Admin keeps it. */
    static final class Entry {
        final String pid;
        final String factoryPid;
        final String location;
        Hashtable<String, Object> properties;

        Entry(String pid, String factoryPid, String location) {
            this.pid = pid;
            this.factoryPid = factoryPid;
            this.location = location;
        }
    }

    final Map<String, Entry> entries = new LinkedHashMap<>();

    ConfigurationAdmin service() {
        return (ConfigurationAdmin) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ConfigurationAdmin.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getFactoryConfiguration" -> configuration(entries.computeIfAbsent(args[0] + "~" + args[1],
                            pid -> new Entry(pid, (String) args[0], (String) args[2])));
                    case "getConfiguration" -> configuration(entries.computeIfAbsent((String) args[0],
                            pid -> new Entry(pid, null, args.length > 1 ? (String) args[1] : null)));
                    case "listConfigurations" -> list((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private Configuration[] list(String filterText) throws Exception {
        Filter filter = FrameworkUtil.createFilter(filterText);
        List<Configuration> found = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (e.properties != null && filter.match(withIds(e))) {
                found.add(configuration(e));
            }
        }
        return found.isEmpty() ? null : found.toArray(Configuration[]::new);
    }

    private static Dictionary<String, Object> withIds(Entry e) {
        Hashtable<String, Object> d = new Hashtable<>(e.properties);
        d.put("service.pid", e.pid);
        if (e.factoryPid != null) {
            d.put("service.factoryPid", e.factoryPid);
        }
        return d;
    }

    private Configuration configuration(Entry e) {
        return (Configuration) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Configuration.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getPid" -> e.pid;
                    case "getFactoryPid" -> e.factoryPid;
                    case "getBundleLocation" -> e.location;
                    case "getProperties" -> e.properties == null ? null : withIds(e);
                    case "update" -> {
                        @SuppressWarnings("unchecked")
                        Dictionary<String, Object> d = (Dictionary<String, Object>) args[0];
                        e.properties = new Hashtable<>();
                        for (String k : java.util.Collections.list(d.keys())) {
                            e.properties.put(k, d.get(k));
                        }
                        yield null;
                    }
                    case "delete" -> {
                        entries.remove(e.pid);
                        yield null;
                    }
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
