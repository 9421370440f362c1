package org.ecomhub.itest.karaf;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.ecomhub.itest.support.HostChecks;
import org.ecomhub.itest.support.HttpProbe;
import org.ecomhub.itest.support.ShellRunner;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

/**
 * HOST-04: {@code feature:install ecomhub-demo} in a stock Karaf 4.4 brings up the whole plugin, the reference
 * host, the DataSource, the shell commands and the console page. Closed box: services, commands, HTTP only.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class EcomhubDemoKarafIT {

    private static final String PORT_PROPERTY = KarafSetup.HTTP_PORT;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Inject
    private BundleContext context;

    @Inject
    private SessionFactory sessionFactory;

    @Configuration
    public Option[] config() {
        return KarafSetup.options(false);
    }

    @Test
    public void everyEcomhubBundleIsActive() throws Exception {
        // covers HOST-04
        List<String> notActive = HostChecks.ecomhubBundlesNotActive(context, TIMEOUT);
        assertTrue("not ACTIVE: " + notActive, notActive.isEmpty());
        assertTrue("ecomhub bundles found: " + HostChecks.ecomhubBundles(context),
                HostChecks.ecomhubBundles(context).size() >= HostChecks.OUR_BUNDLE_COUNT);
    }

    @Test
    public void dataSourceIsTheH2FileOutsideData() throws Exception {
        // covers OPS-01: pax-jdbc-config made the DataSource; the file lives under karaf.home, not data/
        DataSource dataSource = HostChecks.ecomhubDataSource(context, TIMEOUT);
        assertNotNull("no DataSource (dataSourceName=ecomhub)", dataSource);
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT 1")) {
            assertTrue(result.next());
            assertEquals(1, result.getInt(1));
        }
        File karafHome = new File(System.getProperty("karaf.home"));
        assertTrue(new File(karafHome, "ecomhub-db/ecomhub.mv.db").isFile());
        assertFalse(new File(karafHome, "data/ecomhub-db").exists());
    }

    @Test
    public void hostSpiServicesAreRegistered() throws Exception {
        // covers HOST-07: the reference host registers the SPI
        Set<String> spi = HostChecks.hostSpiServices(context, TIMEOUT);
        assertFalse("no service of package org.ecomhub.host.api", spi.isEmpty());
    }

    @Test
    public void erpCommandsRunThroughTheShell() throws Exception {
        // covers HOST-05: the reference host's commands run through Karaf's SessionFactory
        ShellRunner shell = new ShellRunner(sessionFactory);
        shell.execute("erp:seed-demo", TIMEOUT);
        String products = shell.execute("erp:products --json", TIMEOUT).trim();
        assertTrue("not a JSON array: " + products, products.startsWith("[") && products.endsWith("]"));
        assertFalse("no products after erp:seed-demo", products.replaceAll("\\s", "").equals("[]"));
    }

    @Test
    public void consolePageNeedsTheAdminLogin() throws Exception {
        // covers HOST-09: /system/console/amazon behind Karaf's console login
        String base = "http://127.0.0.1:" + System.getProperty(PORT_PROPERTY);
        HttpProbe.Response page = HttpProbe.getUntil(base + "/system/console/amazon", "admin", "admin", 200, TIMEOUT);
        assertEquals(200, page.status());
        assertTrue(page.body(), page.body().contains("Amazon integration"));
        assertEquals(401, HttpProbe.get(base + "/system/console/amazon", null, null).status());
    }

}
