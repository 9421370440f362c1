package org.ecomhub.itest.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/** The checks both hosts share (Karaf and the Felix app), on nothing but the framework's public view. */
public final class HostChecks {

    /** host-api, amazon-api, spapi, stores, orders, products, stock, tax, log, shell, webconsole, host-embedded, spapi-simulator. */
    public static final int OUR_BUNDLE_COUNT = 13;
    public static final String DATA_SOURCE_FILTER = "(&(objectClass=javax.sql.DataSource)(dataSourceName=ecomhub))";
    private static final String BSN_PREFIX = "org.ecomhub.";
    private static final String SPI_PACKAGE = "org.ecomhub.host.api";

    private HostChecks() {
    }

    /** Symbolic names of our bundles, test bundles left out. */
    public static Set<String> ecomhubBundles(BundleContext context) {
        Set<String> names = new TreeSet<>();
        for (Bundle bundle : context.getBundles()) {
            if (isOurs(bundle)) {
                names.add(bundle.getSymbolicName());
            }
        }
        return names;
    }

    /** Our bundles that are not ACTIVE once the time is up ("name STATE"); empty when all are. */
    public static List<String> ecomhubBundlesNotActive(BundleContext context, Duration timeout) throws Exception {
        return Poll.until(timeout, () -> {
            List<String> notActive = new ArrayList<>();
            for (Bundle bundle : context.getBundles()) {
                if (isOurs(bundle) && bundle.getState() != Bundle.ACTIVE) {
                    notActive.add(bundle.getSymbolicName() + " " + stateName(bundle.getState()));
                }
            }
            return notActive;
        }, List::isEmpty);
    }

    /** The DataSource our bundles select with their target filter, or null when none came in time. */
    public static DataSource ecomhubDataSource(BundleContext context, Duration timeout) throws Exception {
        ServiceTracker<DataSource, DataSource> tracker =
                new ServiceTracker<>(context, FrameworkUtil.createFilter(DATA_SOURCE_FILTER), null);
        tracker.open();
        try {
            return tracker.waitForService(timeout.toMillis());
        } finally {
            tracker.close();
        }
    }

    /** Interfaces of package org.ecomhub.host.api under which services are registered. */
    public static Set<String> hostSpiServices(BundleContext context, Duration timeout) throws Exception {
        return Poll.until(timeout, () -> {
            Set<String> found = new TreeSet<>();
            ServiceReference<?>[] references = context.getAllServiceReferences(null, null);
            for (ServiceReference<?> reference : references == null ? new ServiceReference<?>[0] : references) {
                for (String type : (String[]) reference.getProperty(Constants.OBJECTCLASS)) {
                    int dot = type.lastIndexOf('.');
                    if (dot > 0 && type.substring(0, dot).equals(SPI_PACKAGE)) {
                        found.add(type);
                    }
                }
            }
            return found;
        }, set -> !set.isEmpty());
    }

    private static boolean isOurs(Bundle bundle) {
        String name = bundle.getSymbolicName();
        return name != null && name.startsWith(BSN_PREFIX) && !name.startsWith("org.ecomhub.itest");
    }

    private static String stateName(int state) {
        switch (state) {
            case Bundle.INSTALLED: return "INSTALLED";
            case Bundle.RESOLVED: return "RESOLVED";
            case Bundle.STARTING: return "STARTING";
            case Bundle.STOPPING: return "STOPPING";
            case Bundle.UNINSTALLED: return "UNINSTALLED";
            default: return "ACTIVE";
        }
    }
}
