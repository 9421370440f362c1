package org.ecomhub.itest.karaf;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.features;

import java.time.Duration;
import java.util.Map;

import javax.inject.Inject;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.ecomhub.itest.support.HttpProbe;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

/**
 * HOST-09, issue 7: features {@code ecomhub-amazon-webconsole} (which brings Karaf's {@code webconsole}) and
 * {@code ecomhub-demo} in Karaf 4.4; with the admin login every tab of the Amazon page answers with its content for a
 * store installed through the shell; without the login nothing is shown; a viewer gets no forms.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AmazonConsoleTabsKarafIT {

    private static final String PORT_PROPERTY = KarafSetup.HTTP_PORT;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Inject
    private BundleContext context;

    @Inject
    private SessionFactory sessionFactory;

    @Configuration
    public Option[] config() {
        return KarafSetup.options(false,
                // the console's login; STORE-08: the console lets in role "viewer" and vera holds only that role
                editConfigurationFilePut("etc/users.properties", "admin", "admin,admin,viewer"),
                editConfigurationFilePut("etc/users.properties", "vera", "vera,viewer"),
                editConfigurationFilePut("etc/org.apache.karaf.webconsole.cfg", "role", "viewer"),
                features(maven().groupId("org.ecomhub").artifactId("ecomhub-features").classifier("features")
                        .type("xml").versionAsInProject(), "ecomhub-amazon-webconsole"));
    }

    @Test
    public void everyTabAnswersWithTheAdminLogin() throws Exception {
        // covers HOST-09, STORE-09, LIST-01, LOG-01: the tabs read the same services as the shell
        String page = "http://127.0.0.1:" + System.getProperty(PORT_PROPERTY) + "/system/console/amazon";
        HttpProbe.getUntil(page, "admin", "admin", 200, TIMEOUT);
        // as a user with roles: the amazon:* commands are guarded by the feature's command ACLs (STORE-08)
        Shell shell = new Shell(sessionFactory);
        shell.run("erp:seed-demo");
        shell.run("amazon:store-install EU1 UK A2SELLER0001");

        Map<String, String> expected = Map.of(
                "overview", "id=\"tile-EU1\"",
                "configuration&store=EU1", "Save Configuration",
                "data&store=EU1", "Import Missing Orders",
                "products&store=EU1", "Search Products",
                "log&store=EU1&level=INFO", "Store EU1 installed");
        for (Map.Entry<String, String> tab : expected.entrySet()) {
            HttpProbe.Response response = HttpProbe.get(page + "?tab=" + tab.getKey(), "admin", "admin");
            assertEquals(tab.getKey(), 200, response.status());
            assertTrue(tab.getKey() + ": " + response.body(), response.body().contains(tab.getValue()));
            assertTrue(tab.getKey(), response.body().contains("Signed in as admin (amazon-admin)"));
            assertFalse(tab.getKey(), response.body().contains("class=\"ecomhub-error"));
        }
        assertEquals(401, HttpProbe.get(page + "?tab=log", null, null).status());
    }

    @Test
    public void aViewerReadsButGetsNoForms() throws Exception {
        // covers STORE-08: the roles of a user who passes the console's own role check come from Karaf's subject
        String page = "http://127.0.0.1:" + System.getProperty(PORT_PROPERTY) + "/system/console/amazon";
        HttpProbe.Response response = HttpProbe.getUntil(page, "vera", "vera", 200, TIMEOUT);
        assertTrue(response.body(), response.body().contains("Signed in as vera (viewer)"));
        assertFalse(response.body(), response.body().contains("+ Install"));
        assertFalse(response.body(), response.body().contains("name=\"csrf\""));
    }

}
