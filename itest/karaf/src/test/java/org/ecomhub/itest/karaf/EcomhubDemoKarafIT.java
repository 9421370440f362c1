package org.ecomhub.itest.karaf;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.options;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOption;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.features;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
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
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
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

    private static final String PORT_PROPERTY = "ecomhub.itest.http.port";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Inject
    private BundleContext context;

    @Inject
    private SessionFactory sessionFactory;

    @Configuration
    public Option[] config() throws IOException {
        String mvnCfg = "etc/org.ops4j.pax.url.mvn.cfg";
        String webCfg = "etc/org.ops4j.pax.web.cfg";
        String stagedRepo = new File(System.getProperty("itest.repo")).toURI().toString();
        String httpPort = String.valueOf(freeLoopbackPort());
        return options(
                karafDistributionConfiguration()
                        .frameworkUrl(maven().groupId("org.apache.karaf").artifactId("apache-karaf").type("zip")
                                .versionAsInProject())
                        .unpackDirectory(new File("target/exam"))
                        .useDeployFolder(false),
                configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
                logLevel(LogLevel.WARN),
                // SEC-02: every listener on loopback, Pax Exam's RMI included
                vmOption("-javaagent:" + System.getProperty("itest.agent")),
                vmOption("-Djava.rmi.server.hostname=127.0.0.1"),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshHost", "127.0.0.1"),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryHost", "127.0.0.1"),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerHost", "127.0.0.1"),
                editConfigurationFilePut(webCfg, "org.ops4j.pax.web.listening.addresses", "127.0.0.1"),
                editConfigurationFilePut(webCfg, "org.osgi.service.http.port", httpPort),
                systemProperty(PORT_PROPERTY).value(httpPort),
                // a stock etc/: the simulator's com.sun.net.httpserver comes through Karaf's boot delegation
                // the console's login: Karaf 4.4 ships with no user at all; the console wants role "admin"
                editConfigurationFilePut("etc/users.properties", "admin", "admin,admin"),
                // Maven Central only, then the reactor's bundles staged by the pom (mvn verify installs nothing)
                editConfigurationFilePut(mvnCfg, "org.ops4j.pax.url.mvn.localRepository",
                        System.getProperty("maven.repo.local")),
                editConfigurationFilePut(mvnCfg, "org.ops4j.pax.url.mvn.repositories",
                        "https://repo1.maven.org/maven2@id=central"),
                editConfigurationFilePut(mvnCfg, "org.ops4j.pax.url.mvn.defaultRepositories",
                        "${karaf.home.uri}${karaf.default.repository}@id=system.repository@snapshots,"
                                + stagedRepo + "@id=reactor@snapshots"),
                features(maven().groupId("org.ecomhub").artifactId("ecomhub-features").classifier("features")
                        .type("xml").versionAsInProject(), "ecomhub-demo"));
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

    /** A free port on loopback, passed to Karaf and, as a system property, to the probe inside it. */
    private static int freeLoopbackPort() throws IOException {
        String chosen = System.getProperty(PORT_PROPERTY);
        if (chosen == null) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                chosen = String.valueOf(socket.getLocalPort());
            }
            System.setProperty(PORT_PROPERTY, chosen);
        }
        return Integer.parseInt(chosen);
    }
}
