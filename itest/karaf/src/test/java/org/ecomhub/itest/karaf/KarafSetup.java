package org.ecomhub.itest.karaf;

import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOption;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.features;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/**
 * The Karaf 4.4 set-up every Karaf itest shares: loopback listeners, the staged reactor repository, feature
 * {@code ecomhub-demo}, Awaitility in the container, and optionally the SP-API simulator on a loopback port with
 * the integration's endpoints pointed at it. A test adds its own options after these; a later value wins.
 */
final class KarafSetup {

    /** System property (driver and container) holding the HTTP port of the console. */
    static final String HTTP_PORT = "ecomhub.itest.stores.http.port";
    /** System property (driver and container) holding the simulator's port. */
    static final String SIMULATOR_PORT = "ecomhub.itest.stores.simulator.port";

    private static final String ACL = "etc/org.apache.karaf.command.acl.amazon.cfg";

    static final String SIM_CLIENT_ID = "amzn1.application-oa2-client.simulator";
    static final String SIM_CLIENT_SECRET = "sim-client-secret";
    static final String SIM_REFRESH_TOKEN = "Atzr|sim-refresh-token-0001";
    static final String SIM_SELLER = "A3SIMSELLER0001";
    static final String SIM_APPLICATION_ID = "amzn1.sp.solution.simulator";

    private KarafSetup() {
    }

    /** The options of a Karaf with feature ecomhub-demo; {@code simulator} adds the simulator and the endpoints. */
    static Option[] options(boolean simulator, Option... extra) {
        String mvnCfg = "etc/org.ops4j.pax.url.mvn.cfg";
        String webCfg = "etc/org.ops4j.pax.web.cfg";
        String stagedRepo = new File(System.getProperty("itest.repo")).toURI().toString();
        String httpPort = String.valueOf(port(HTTP_PORT));
        List<Option> options = new ArrayList<>(List.of(
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
                systemProperty(HTTP_PORT).value(httpPort),
                editConfigurationFilePut("etc/users.properties", "admin", "admin,admin"),
                // STORE-08: the shell bundle's README ACLs for the admin commands; the tests' shell runs as admin
                editConfigurationFilePut(ACL, "store-install", "amazon-admin,admin"),
                editConfigurationFilePut(ACL, "store-uninstall", "amazon-admin,admin"),
                editConfigurationFilePut(ACL, "app-credentials", "amazon-admin,admin"),
                editConfigurationFilePut(ACL, "store-config[/.*--integration.*/]", "amazon-admin,admin"),
                editConfigurationFilePut(ACL, "store-config", "amazon-operator,amazon-admin,admin"),
                editConfigurationFilePut(mvnCfg, "org.ops4j.pax.url.mvn.localRepository",
                        System.getProperty("maven.repo.local")),
                editConfigurationFilePut(mvnCfg, "org.ops4j.pax.url.mvn.repositories",
                        "https://repo1.maven.org/maven2@id=central"),
                editConfigurationFilePut(mvnCfg, "org.ops4j.pax.url.mvn.defaultRepositories",
                        "${karaf.home.uri}${karaf.default.repository}@id=system.repository@snapshots,"
                                + stagedRepo + "@id=reactor@snapshots"),
                // the tests wait with Awaitility inside the container
                mavenBundle().groupId("org.hamcrest").artifactId("hamcrest").versionAsInProject(),
                mavenBundle().groupId("org.awaitility").artifactId("awaitility").versionAsInProject(),
                features(maven().groupId("org.ecomhub").artifactId("ecomhub-features").classifier("features")
                        .type("xml").versionAsInProject(), "ecomhub-demo")));
        if (simulator) {
            String simPort = String.valueOf(port(SIMULATOR_PORT));
            String sim = "http://127.0.0.1:" + simPort;
            String simCfg = "etc/org.ecomhub.amazon.simulator.cfg";
            String integrationCfg = "etc/org.ecomhub.amazon.integration.cfg";
            options.addAll(List.of(
                    systemProperty(SIMULATOR_PORT).value(simPort),
                    editConfigurationFilePut(simCfg, "port", simPort),
                    editConfigurationFilePut(simCfg, "seed", "42"),
                    editConfigurationFilePut(simCfg, "orders", "20"),
                    editConfigurationFilePut(simCfg, "listings", "10"),
                    editConfigurationFilePut(simCfg, "live.orders.per.hour", "0"),
                    editConfigurationFilePut(integrationCfg, "spapi.endpoint", sim),
                    editConfigurationFilePut(integrationCfg, "lwa.endpoint", sim + "/auth/o2/token"),
                    editConfigurationFilePut(integrationCfg, "spapi.application.id", SIM_APPLICATION_ID),
                    editConfigurationFilePut(integrationCfg, "oauth.redirect.uri",
                            "http://127.0.0.1:" + httpPort + "/system/console/amazon/oauth")));
        }
        options.addAll(Arrays.asList(extra));
        return options.toArray(new Option[0]);
    }

    /** A free loopback port, chosen once per driver JVM and passed to Karaf as a system property. */
    static int port(String property) {
        String chosen = System.getProperty(property);
        if (chosen == null) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                chosen = String.valueOf(socket.getLocalPort());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            System.setProperty(property, chosen);
        }
        return Integer.parseInt(chosen);
    }
}
