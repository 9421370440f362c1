package org.ecomhub.itest.felix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.ecomhub.itest.support.HostChecks;
import org.ecomhub.itest.support.HttpProbe;
import org.ecomhub.itest.support.Poll;
import org.ecomhub.itest.support.ShellRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * HOST-06: the Felix demo application's bundle set (bndrun/ecomhub-demo.bndrun) starts in plain Felix with
 * Karaf's shell core, the DataSource from conf/, the reference host and the console page. Closed box.
 */
@ExtendWith({BundleContextExtension.class, ServiceExtension.class})
class EcomhubDemoFelixTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @InjectBundleContext
    BundleContext context;

    @Test
    @DisplayName("HOST-06: every ecomhub bundle of the demo is ACTIVE")
    void everyEcomhubBundleIsActive() throws Exception {
        List<String> notActive = HostChecks.ecomhubBundlesNotActive(context, TIMEOUT);
        assertTrue(notActive.isEmpty(), "not ACTIVE: " + notActive);
        assertEquals(HostChecks.OUR_BUNDLE_COUNT, HostChecks.ecomhubBundles(context).size(),
                () -> "ecomhub bundles: " + HostChecks.ecomhubBundles(context));
    }

    @Test
    @DisplayName("HOST-01: each role is its own bundle registering its services through DS, and implementation bundles export nothing")
    void eachRoleIsABundleWithDeclarativeServices() throws Exception {
        Map<String, List<String>> servicesByBundle = new LinkedHashMap<>();
        servicesByBundle.put("org.ecomhub.spapi", List.of("org.ecomhub.amazon.api.spapi.SellingPartnerClients"));
        servicesByBundle.put("org.ecomhub.orders", List.of("org.ecomhub.amazon.api.orders.OrderImporter",
                "org.ecomhub.amazon.api.orders.OrderReserve"));
        servicesByBundle.put("org.ecomhub.products", List.of("org.ecomhub.amazon.api.products.ProductSync",
                "org.ecomhub.amazon.api.products.ProductMappings"));
        servicesByBundle.put("org.ecomhub.stock", List.of("org.ecomhub.amazon.api.stock.StockExporter"));
        servicesByBundle.put("org.ecomhub.tax", List.of("org.ecomhub.amazon.api.tax.TaxStrategy"));
        servicesByBundle.put("org.ecomhub.log", List.of("org.ecomhub.amazon.api.log.ConnectionLog"));
        servicesByBundle.put("org.ecomhub.stores", List.of("org.ecomhub.amazon.api.store.StoreAdmin",
                "java.time.Clock"));
        servicesByBundle.put("org.ecomhub.webconsole", List.of("javax.servlet.Servlet"));
        servicesByBundle.put("org.ecomhub.host.embedded", List.of("org.ecomhub.host.api.SalesOrders",
                "org.ecomhub.host.api.ProductCatalog", "org.ecomhub.host.api.Inventory"));
        for (Map.Entry<String, List<String>> role : servicesByBundle.entrySet()) {
            Bundle bundle = Arrays.stream(context.getBundles())
                    .filter(b -> role.getKey().equals(b.getSymbolicName())).findFirst().orElse(null);
            assertNotNull(bundle, "no bundle " + role.getKey());
            assertNotNull(bundle.getHeaders().get("Service-Component"), role.getKey() + " declares no DS component");
            assertEquals(null, bundle.getHeaders().get("Export-Package"), role.getKey() + " exports packages");
            for (String service : role.getValue()) {
                ServiceReference<?>[] references = Poll.until(TIMEOUT,
                        () -> context.getAllServiceReferences(service, null), found -> found != null);
                assertNotNull(references, "no " + service + " service");
                assertTrue(Arrays.stream(references).anyMatch(r -> r.getBundle() == bundle),
                        service + " is not registered by " + role.getKey());
            }
        }
        ServiceReference<?>[] taxStrategies = context.getAllServiceReferences("org.ecomhub.amazon.api.tax.TaxStrategy",
                null);
        Set<Object> modes = new TreeSet<>();
        Arrays.stream(taxStrategies).forEach(r -> modes.add(String.valueOf(r.getProperty("mode"))));
        assertEquals(Set.of("CHARGE", "IGNORE", "LINE"), modes, "one tax strategy per mode");
    }

    @Test
    @DisplayName("OPS-01: conf/'s factory configuration gives the H2 DataSource (dataSourceName=ecomhub) at ecomhub.db.path")
    void dataSourceComesFromConf() throws Exception {
        DataSource dataSource = HostChecks.ecomhubDataSource(context, TIMEOUT);
        assertNotNull(dataSource, "no DataSource (dataSourceName=ecomhub)");
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT 1")) {
            assertTrue(result.next());
            assertEquals(1, result.getInt(1));
        }
        assertTrue(new File(context.getProperty("ecomhub.db.path") + ".mv.db").isFile());
    }

    @Test
    @DisplayName("HOST-07: the reference host registers the host SPI services")
    void hostSpiServicesAreRegistered() throws Exception {
        Set<String> spi = HostChecks.hostSpiServices(context, TIMEOUT);
        assertFalse(spi.isEmpty(), "no service of package org.ecomhub.host.api");
    }

    @Test
    @DisplayName("HOST-05: erp: commands run through Karaf's SessionFactory in plain Felix")
    void erpCommandsRunThroughTheShell(@InjectService(timeout = 30000) SessionFactory sessionFactory)
            throws Exception {
        ShellRunner shell = new ShellRunner(sessionFactory);
        shell.execute("erp:seed-demo", TIMEOUT);
        String products = shell.execute("erp:products --json", TIMEOUT).trim();
        assertTrue(products.startsWith("[") && products.endsWith("]"), "not a JSON array: " + products);
        assertFalse(products.replaceAll("\\s", "").equals("[]"), "no products after erp:seed-demo");
    }

    @Test
    @DisplayName("HOST-09: /system/console/amazon answers 200 with admin/admin and 401 without, on 127.0.0.1")
    void consolePageNeedsTheAdminLogin() throws Exception {
        String base = httpEndpoint();
        assertTrue(base.startsWith("http://127.0.0.1:"), base);
        HttpProbe.Response page = HttpProbe.getUntil(base + "system/console/amazon", "admin", "admin", 200, TIMEOUT);
        assertEquals(200, page.status(), page::toString);
        assertTrue(page.body().contains("Amazon integration"), page::body);
        assertEquals(401, HttpProbe.get(base + "system/console/amazon", null, null).status());
    }

    /** The HTTP runtime's endpoint, e.g. http://127.0.0.1:41234/ (the port is chosen at start). */
    private String httpEndpoint() throws Exception {
        String endpoint = Poll.until(TIMEOUT, this::findEndpoint, found -> found != null);
        assertNotNull(endpoint, "no service with osgi.http.endpoint");
        return endpoint.endsWith("/") ? endpoint : endpoint + "/";
    }

    private String findEndpoint() throws Exception {
        ServiceReference<?>[] references = context.getAllServiceReferences(null, "(osgi.http.endpoint=*)");
        if (references == null) {
            return null;
        }
        Object value = references[0].getProperty("osgi.http.endpoint");
        if (value instanceof String[]) {
            String[] all = (String[]) value;
            return all.length == 0 ? null : all[0];
        }
        return value instanceof String ? (String) value : String.valueOf(value);
    }
}
