package org.ecomhub.stores.internal;

import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.Map;
import org.ecomhub.amazon.api.store.Store;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/** One {@link Store} service per valid store; a new snapshot replaces the service object (DS rebinds). */
final class OsgiStorePublisher implements StorePublisher {

    private final BundleContext context;
    private final Map<String, ServiceRegistration<Store>> registrations = new HashMap<>();
    private final Map<String, Store> published = new HashMap<>();

    OsgiStorePublisher(BundleContext context) {
        this.context = context;
    }

    @Override
    public synchronized void publish(Store store) {
        if (store.equals(published.get(store.alias()))) {
            return;
        }
        // a service object cannot be swapped in place: register the new snapshot, then remove the old one, so a
        // consumer with a static greedy reference always sees one store
        ServiceRegistration<Store> old = registrations.get(store.alias());
        registrations.put(store.alias(), context.registerService(Store.class, store, properties(store)));
        published.put(store.alias(), store);
        if (old != null) {
            old.unregister();
        }
    }

    @Override
    public synchronized void unpublish(String alias) {
        ServiceRegistration<Store> old = registrations.remove(alias);
        published.remove(alias);
        if (old != null) {
            old.unregister();
        }
    }

    synchronized void unpublishAll() {
        registrations.values().forEach(ServiceRegistration::unregister);
        registrations.clear();
        published.clear();
    }

    private static Dictionary<String, Object> properties(Store store) {
        Hashtable<String, Object> p = new Hashtable<>();
        p.put(Store.ALIAS, store.alias());
        p.put(Store.SELLER_ID, store.sellerId());
        p.put(Store.MARKETPLACE, store.marketplace().id());
        p.put(Store.REGION, store.region().name());
        p.put(Store.ENABLED, store.enabled());
        return p;
    }
}
