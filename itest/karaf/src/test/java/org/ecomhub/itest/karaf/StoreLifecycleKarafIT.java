package org.ecomhub.itest.karaf;

import static org.awaitility.Awaitility.await;
import static org.ecomhub.itest.karaf.StoreView.FBM_PID;
import static org.ecomhub.itest.karaf.StoreView.STORE_PID;
import static org.ecomhub.itest.karaf.StoreView.STORE_PIDS;
import static org.ecomhub.itest.karaf.StoreView.cfgValue;
import static org.ecomhub.itest.karaf.StoreView.editCfg;
import static org.ecomhub.itest.karaf.StoreView.etcFile;
import static org.ecomhub.itest.karaf.StoreView.writeCfg;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.ecomhub.amazon.api.store.Store;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Issue 4 in Karaf 4.4, closed box: stores installed, configured, refused, turned OFF and ON, limited, uninstalled
 * and installed again through the {@code amazon:*} shell, Config Admin and hand-written {@code etc/} files; what
 * happened is read from the {@code Store} services, Config Admin, {@code etc/} and the connection log. Each test uses
 * its own aliases and uninstalls them at the end, so the tests do not depend on their order.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class StoreLifecycleKarafIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final String STORES_BSN = "org.ecomhub.stores";

    @Inject
    private BundleContext context;

    @Inject
    private SessionFactory sessionFactory;

    @Inject
    private ConfigurationAdmin configAdmin;

    private Shell shell;
    private StoreView view;
    private final List<String> installed = new ArrayList<>();

    @Configuration
    public Option[] config() {
        return KarafSetup.options(false);
    }

    @Before
    public void shell() throws Exception {
        shell = new Shell(sessionFactory);
        view = new StoreView(context, configAdmin, shell);
        // the stores bundle's services and commands are up (another test may have restarted the bundle)
        shell.run("amazon:store-list");
    }

    @After
    public void uninstallTheTestsStores() throws Exception {
        for (String alias : installed) {
            if (view.health(alias).isPresent()) {
                shell.run("amazon:store-uninstall --yes " + alias);
            }
        }
    }

    @Test
    public void aStoreInstalledThroughTheShellHasSixConfigurationsAndAStoreService() throws Exception {
        // covers STORE-01, HOST-02, HOST-05, OPS-01
        String output = install("SH1", "UK", "A2SELLERSH1");
        assertTrue(output, output.contains("Store SH1 installed for seller A2SELLERSH1 on UK (A1F83G8C2ARO7P, region EU)"));
        assertTrue(output, output.contains("amazon:store-auth --token SH1"));

        await().atMost(WAIT).pollInterval(POLL).untilAsserted(() -> {
            Map<String, List<org.osgi.service.cm.Configuration>> configs = view.configurations("SH1");
            assertEquals("one configuration of each store PID: " + configs, new java.util.TreeSet<>(STORE_PIDS), configs.keySet());
            configs.forEach((pid, list) -> assertEquals(pid, 1, list.size()));
            for (String pid : STORE_PIDS) {
                assertTrue(pid + " has no etc/ file", Files.isRegularFile(etcFile(pid, "SH1")));
            }
        });
        Map<String, Object> store = view.properties("SH1", STORE_PID);
        assertEquals("A2SELLERSH1", store.get("seller.id"));
        assertEquals("A1F83G8C2ARO7P", store.get("marketplace"));
        assertEquals("false", String.valueOf(store.get("enabled")));
        // DESIGN's defaults
        assertEquals("PARKED", view.properties("SH1", FBM_PID).get("order.status"));
        assertEquals("SHIPPED", view.properties("SH1", StoreView.FBA_PID).get("import.from.status"));
        assertEquals("SELLER_SKU", view.properties("SH1", StoreView.PRODUCTS_PID).get("code.mapping"));

        ServiceReference<Store> service = view.service("SH1").orElseThrow(() -> new AssertionError("no Store service"));
        assertEquals("A2SELLERSH1", service.getProperty(Store.SELLER_ID));
        assertEquals("A1F83G8C2ARO7P", service.getProperty(Store.MARKETPLACE));
        assertEquals("EU", service.getProperty(Store.REGION));
        assertEquals(Boolean.FALSE, service.getProperty(Store.ENABLED));
        assertEquals("not authorised", view.health("SH1").orElseThrow().get("status"));

        // STORE-01: seller id + marketplace unique, alias letters and digits only
        String taken = shell.failure("amazon:store-install SH2 UK A2SELLERSH1");
        assertTrue(taken, taken.contains("marketplace"));
        String badAlias = shell.failure("amazon:store-install SH-3 UK A2SELLERSH3");
        assertTrue(badAlias, badAlias.contains("alias"));
        assertFalse(view.health("SH2").isPresent());
        assertTrue(view.configurations("SH-3").isEmpty());
    }

    @Test
    public void aSettingChangedInConfigAdminOrInAnEtcFileAppliesWithoutRestart() throws Exception {
        // covers STORE-03, HOST-02, OPS-01
        install("CF1", "DE", "A2SELLERCF1");
        Store before = awaitStore("CF1");
        assertEquals("PARKED", before.configuration().fbm().orderStatus().name());

        // through ConfigurationAdmin, as the generic console form does
        org.osgi.service.cm.Configuration fbm = view.configurations("CF1").get(FBM_PID).get(0);
        Dictionary<String, Object> properties = fbm.getProperties();
        properties.put("order.status", "PLACED");
        fbm.update(properties);
        await().atMost(WAIT).pollInterval(POLL).until(() ->
                "PLACED".equals(awaitStore("CF1").configuration().fbm().orderStatus().name()));
        assertEquals("PLACED", view.settingsInForce("CF1", "fbm", FBM_PID).get("order.status"));
        // the running snapshot is immutable: a new Store service replaced the old one (STORE-03)
        assertEquals("PARKED", before.configuration().fbm().orderStatus().name());
        await().atMost(WAIT).pollInterval(POLL).until(() -> "PLACED".equals(cfgValue(etcFile(FBM_PID, "CF1"), "order.status")));

        // through a hand-written etc/ file
        editCfg(etcFile(FBM_PID, "CF1"), "import.from.status", "SHIPPED");
        await().atMost(WAIT).pollInterval(POLL).until(() ->
                "SHIPPED".equals(awaitStore("CF1").configuration().fbm().importFromStatus().name()));
        assertEquals("SHIPPED", view.settingsInForce("CF1", "fbm", FBM_PID).get("import.from.status"));
        assertEquals("PLACED", view.settingsInForce("CF1", "fbm", FBM_PID).get("order.status"));
        assertEquals("SHIPPED", view.properties("CF1", FBM_PID).get("import.from.status"));
        List<Map<String, Object>> info = view.log("--level INFO --store CF1 --search import.from.status");
        assertFalse("no INFO entry for the change", info.isEmpty());
    }

    @Test
    public void anInvalidEtcFileAtRestartLeavesTheLastValidSettingsInForce() throws Exception {
        // covers STORE-03, STORE-09, LOG-02, HOST-03: the snapshot in the database outlives a restart of the bundle
        install("RS1", "FR", "A2SELLERRS1");
        shell.run("amazon:store-config RS1 fbm order.status=BACKORDERED");
        await().atMost(WAIT).pollInterval(POLL).until(() ->
                "BACKORDERED".equals(cfgValue(etcFile(FBM_PID, "RS1"), "order.status")));

        Bundle stores = bundle(STORES_BSN);
        stores.stop();
        try {
            editCfg(etcFile(FBM_PID, "RS1"), "order.status", "SHIPPED_TO_THE_MOON");
            await().atMost(WAIT).pollInterval(POLL).until(() ->
                    "SHIPPED_TO_THE_MOON".equals(view.properties("RS1", FBM_PID).get("order.status")));
        } finally {
            stores.start();
        }

        await().atMost(WAIT).pollInterval(POLL).untilAsserted(() -> {
            Map<String, Object> health = view.health("RS1").orElseThrow(() -> new AssertionError("RS1 not listed"));
            assertEquals(health.toString(), "settings refused", health.get("status"));
            assertTrue(health.toString(), String.valueOf(health.get("settingsRefused")).contains("order.status"));
        });
        assertEquals("BACKORDERED", awaitStore("RS1").configuration().fbm().orderStatus().name());
        assertEquals("BACKORDERED", view.settingsInForce("RS1", "fbm", FBM_PID).get("order.status"));

        List<Map<String, Object>> errors = view.log("--level ERROR --store RS1");
        assertTrue("no ERROR entry naming order.status: " + errors, errors.stream().anyMatch(e ->
                String.valueOf(e.get("message")).contains("order.status")
                        && "SETTINGS_REFUSED".equals(e.get("fix")) && e.get("fixText") != null));

        // corrected by hand: applied, and the refusal is over
        editCfg(etcFile(FBM_PID, "RS1"), "order.status", "PLACED");
        await().atMost(WAIT).pollInterval(POLL).until(() ->
                "PLACED".equals(awaitStore("RS1").configuration().fbm().orderStatus().name()));
        await().atMost(WAIT).pollInterval(POLL).until(() ->
                "not authorised".equals(view.health("RS1").orElseThrow().get("status")));
    }

    @Test
    public void aStoreTurnsOffAndOn() throws Exception {
        // covers STORE-04
        install("OO1", "IT", "A2SELLEROO1");
        String preview = shell.run("amazon:store-enable OO1");
        assertTrue(preview, preview.contains("Turning OO1 ON imports every order since"));
        assertTrue(preview, preview.contains("amazon:store-enable --from-now OO1"));
        assertEquals("asking is not turning ON", Boolean.FALSE, awaitStoreService("OO1").getProperty(Store.ENABLED));
        assertTrue(shell.failure("amazon:store-enable --yes --from-now OO1").contains("Choose --yes or --from-now"));

        String on = shell.run("amazon:store-enable --from-now OO1");
        assertTrue(on, on.contains("Store OO1 is ON"));
        await().atMost(WAIT).pollInterval(POLL).until(() ->
                Boolean.TRUE.equals(awaitStoreService("OO1").getProperty(Store.ENABLED)));
        assertEquals(Boolean.TRUE, view.health("OO1").orElseThrow().get("enabled"));
        assertEquals("true", String.valueOf(view.properties("OO1", STORE_PID).get("enabled")));

        shell.run("amazon:store-disable OO1");
        await().atMost(WAIT).pollInterval(POLL).until(() ->
                Boolean.FALSE.equals(awaitStoreService("OO1").getProperty(Store.ENABLED)));
        assertEquals(Boolean.FALSE, view.health("OO1").orElseThrow().get("enabled"));
        String off = shell.run("amazon:orders-import OO1 114-3941689-8772232");
        assertTrue(off, off.contains("STORE_OFF"));

        shell.run("amazon:store-enable --yes OO1");
        await().atMost(WAIT).pollInterval(POLL).until(() ->
                Boolean.TRUE.equals(awaitStoreService("OO1").getProperty(Store.ENABLED)));
    }

    @Test
    public void oneStoreMoreThanTheLimitIsRefusedWithAClearMessage() throws Exception {
        // covers STORE-02
        @SuppressWarnings("unchecked")
        Map<String, Object> integration = (Map<String, Object>) JsonText.object(
                shell.run("amazon:store-config --json --integration")).get(StoreView.INTEGRATION_PID);
        assertEquals("the default limit", "5", String.valueOf(integration.get("store.limit")));
        int count = JsonText.array(shell.run("amazon:store-list --json")).size();
        for (int i = count + 1; i <= 5; i++) {
            install("LIM" + i, "ES", "A2SELLERLIM" + i);
        }
        String refused = shell.failure("amazon:store-install LIM6 ES A2SELLERLIM6");
        assertTrue(refused, refused.contains("its limit is 5"));
        assertTrue(refused, refused.contains("Uninstall a store first"));
        assertTrue(refused, refused.contains("store.limit"));
        assertFalse(view.health("LIM6").isPresent());
        assertTrue(view.configurations("LIM6").isEmpty());
        assertFalse(view.service("LIM6").isPresent());
    }

    @Test
    public void anUninstalledStoreLeavesItsLogAndCanBeInstalledAgain() throws Exception {
        // covers STORE-05, STORE-01
        install("UN1", "UK", "A2SELLERUN1");
        shell.run("amazon:store-config UN1 fbm order.status=PLACED");
        String asked = shell.run("amazon:store-uninstall UN1");
        assertTrue(asked, asked.contains("amazon:store-uninstall --yes UN1"));
        assertTrue("asking is not uninstalling", view.service("UN1").isPresent());

        String done = shell.run("amazon:store-uninstall --yes UN1");
        assertTrue(done, done.contains("Store UN1 uninstalled."));
        await().atMost(WAIT).pollInterval(POLL).untilAsserted(() -> {
            assertFalse(view.service("UN1").isPresent());
            assertTrue(view.configurations("UN1").toString(), view.configurations("UN1").isEmpty());
            for (String pid : STORE_PIDS) {
                assertFalse(pid + " file left", Files.exists(etcFile(pid, "UN1")));
            }
        });
        assertFalse(view.health("UN1").isPresent());
        List<Map<String, Object>> kept = view.log("--store UN1 --level INFO");
        assertTrue("the log entries stay: " + kept, kept.stream().anyMatch(e ->
                String.valueOf(e.get("message")).contains("Store UN1 installed")));
        assertTrue(kept.stream().anyMatch(e -> String.valueOf(e.get("message")).contains("Store UN1 uninstalled")));

        install("UN1", "UK", "A2SELLERUN1");
        Store again = awaitStore("UN1");
        assertEquals("a reinstall starts from the defaults", "PARKED", again.configuration().fbm().orderStatus().name());
        await().atMost(WAIT).pollInterval(POLL).until(() -> view.configurations("UN1").size() == STORE_PIDS.size());
    }

    @Test
    public void theLogIsReadWithFilters() throws Exception {
        // covers LOG-01, LOG-02, HOST-05
        install("LG1", "NL", "A2SELLERLG1");
        install("LG2", "NL", "A2SELLERLG2");
        // a refused configuration (through Config Admin) makes an ERROR entry for LG1 only
        org.osgi.service.cm.Configuration fbm = view.configurations("LG1").get(FBM_PID).get(0);
        Dictionary<String, Object> properties = fbm.getProperties();
        properties.put("import.option", "SINGLE_CUSTOMER");
        fbm.update(properties);
        await().atMost(WAIT).pollInterval(POLL).until(() -> !view.log("--level ERROR --store LG1").isEmpty());

        List<Map<String, Object>> errors = view.log("--level ERROR --store LG1");
        for (Map<String, Object> entry : errors) {
            assertEquals(entry.toString(), "ERROR", entry.get("level"));
            assertEquals(entry.toString(), "LG1", entry.get("store"));
            assertNotNull("an ERROR says what fixes it: " + entry, entry.get("fixText"));
        }
        assertTrue(errors.toString(), errors.stream().anyMatch(e -> String.valueOf(e.get("message")).contains("single.customer")));
        Map<String, Object> page = JsonText.object(shell.run("amazon:log --level ERROR --store LG1 --json"));
        assertEquals((long) errors.size(), page.get("total"));

        List<Map<String, Object>> info = view.log("--level INFO --store LG1");
        assertFalse(info.isEmpty());
        info.forEach(e -> assertEquals(e.toString(), "INFO", e.get("level")));
        info.forEach(e -> assertEquals(e.toString(), "LG1", e.get("store")));
        assertTrue(view.log("--level ERROR --store LG2").isEmpty());
        List<Map<String, Object>> all = view.log("--level ALL --store LG1");
        assertEquals(errors.size() + info.size() + view.log("--level DEBUG --store LG1").size(), all.size());
        List<Map<String, Object>> found = view.log("--store LG1 --search single.customer");
        assertFalse(found.isEmpty());
        found.forEach(e -> assertTrue(e.toString(), String.valueOf(e.get("message")).contains("single.customer")));
        // newest first
        List<String> times = all.stream().map(e -> String.valueOf(e.get("time"))).toList();
        List<String> sorted = new ArrayList<>(times);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, times);

        String table = shell.run("amazon:log --level error --store LG1 --limit 1");
        assertTrue(table, table.contains("Entries 1-1 of " + errors.size() + ", newest first."));
        String badLevel = shell.failure("amazon:log --level LOUD");
        assertTrue(badLevel, badLevel.contains("ERROR"));
    }

    @Test
    public void aStoreIsInstalledByDroppingEtcFilesOnly() throws Exception {
        // covers STORE-01, HOST-02: a store configuration that appears by itself is an install
        installed.add("ET1");
        writeCfg(etcFile(FBM_PID, "ET1"), "store = ET1\norder.status = PLACED\n");
        await().atMost(WAIT).pollInterval(POLL).until(() -> view.configurations("ET1").containsKey(FBM_PID));
        writeCfg(etcFile(STORE_PID, "ET1"), "alias = ET1\nmarketplace = A1PA6795UKMFR9\nseller.id = A2SELLERET1\n");

        Store store = awaitStore("ET1");
        assertEquals("A2SELLERET1", store.sellerId());
        assertEquals("A1PA6795UKMFR9", store.marketplace().id());
        assertFalse(store.enabled());
        assertEquals("the dropped fbm file is taken", "PLACED", store.configuration().fbm().orderStatus().name());
        await().atMost(WAIT).pollInterval(POLL).untilAsserted(() -> {
            Map<String, List<org.osgi.service.cm.Configuration>> configs = view.configurations("ET1");
            assertEquals(configs.toString(), new java.util.TreeSet<>(STORE_PIDS), configs.keySet());
            configs.forEach((pid, list) -> assertEquals(pid, 1, list.size()));
            for (String pid : STORE_PIDS) {
                assertTrue(pid + " has no etc/ file", Files.isRegularFile(etcFile(pid, "ET1")));
            }
        });
        assertEquals("PLACED", cfgValue(etcFile(FBM_PID, "ET1"), "order.status"));
        assertEquals("not authorised", view.health("ET1").orElseThrow().get("status"));
        List<Map<String, Object>> info = view.log("--level INFO --store ET1");
        assertTrue(info.toString(), info.stream().anyMatch(e -> String.valueOf(e.get("message")).contains("Store ET1 installed")));
    }

    @Test
    public void anOperatorChangesStoreSettingsButNotTheLimitNorInstalls() throws Exception {
        // covers STORE-08: Karaf command ACLs (the shell README's etc/org.apache.karaf.command.acl.amazon.cfg)
        install("OP1", "UK", "A2SELLEROP1");
        Shell operator = new Shell(sessionFactory, Duration.ZERO, "olga", "amazon-operator");
        operator.run("amazon:store-config OP1 fbm order.status=PLACED");
        await().atMost(WAIT).pollInterval(POLL).until(() ->
                "PLACED".equals(awaitStore("OP1").configuration().fbm().orderStatus().name()));
        String limit = operator.failure("amazon:store-config --integration store.limit=6");
        assertTrue(limit, limit.contains("Insufficient credentials"));
        operator.failure("amazon:store-install OP2 UK A2SELLEROP2");
        assertFalse(view.health("OP2").isPresent());
        assertEquals("5", String.valueOf(((Map<?, ?>) JsonText.object(shell.run("amazon:store-config --json --integration"))
                .get(StoreView.INTEGRATION_PID)).get("store.limit")));
    }

    // ------------------------------------------------------------------ helpers

    private String install(String alias, String marketplace, String seller) throws Exception {
        installed.add(alias);
        String output = shell.run("amazon:store-install " + alias + " " + marketplace + " " + seller);
        awaitStoreService(alias);
        return output;
    }

    private ServiceReference<Store> awaitStoreService(String alias) {
        return await().atMost(WAIT).pollInterval(POLL).until(() -> view.service(alias).orElse(null),
                reference -> reference != null);
    }

    private Store awaitStore(String alias) {
        return await().atMost(WAIT).pollInterval(POLL).until(() -> view.store(alias).orElse(null),
                store -> store != null);
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }

}
