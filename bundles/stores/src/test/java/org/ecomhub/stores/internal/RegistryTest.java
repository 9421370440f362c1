package org.ecomhub.stores.internal;

import static org.ecomhub.stores.internal.StoresFixture.DE;
import static org.ecomhub.stores.internal.StoresFixture.SELLER;
import static org.ecomhub.stores.internal.StoresFixture.SELLER2;
import static org.ecomhub.stores.internal.StoresFixture.T0;
import static org.ecomhub.stores.internal.StoresFixture.UK;
import static org.ecomhub.stores.internal.StoresFixture.US;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.ecomhub.amazon.api.log.FixAction;
import org.ecomhub.amazon.api.log.LogEvent;
import org.ecomhub.amazon.api.settings.FulfilmentChannel;
import org.ecomhub.amazon.api.settings.IntegrationSettings;
import org.ecomhub.amazon.api.settings.OrderSettings.HostOrderStatus;
import org.ecomhub.amazon.api.settings.ProductSettings;
import org.ecomhub.amazon.api.settings.ProductSettings.CodeMapping;
import org.ecomhub.amazon.api.settings.SettingsException;
import org.ecomhub.amazon.api.settings.StockSettings;
import org.ecomhub.amazon.api.settings.StoreSettings;
import org.ecomhub.amazon.api.store.Actor;
import org.ecomhub.amazon.api.store.Store;
import org.ecomhub.amazon.api.store.StoreHealth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryTest {

    private static final String FBM = FulfilmentChannel.FBM.ordersPid();
    private static final Actor ADMIN = Actor.shell("admin");

    @TempDir
    Path dir;

    private StoresFixture f;

    @BeforeEach
    void start() throws Exception {
        f = new StoresFixture(dir);
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    @Test
    @DisplayName("STORE-01, HOST-02: install creates all six configurations with the defaults, the facts and a Store service")
    void installCreatesEverything() {
        StoreHealth health = f.registry.install("EU1", UK, SELLER, ADMIN);

        assertEquals("not authorised", health.status());
        assertEquals(6, f.config.of("EU1").size(), "six configurations");
        assertEquals("UNSHIPPED", f.config.find(FBM, "EU1").orElseThrow().properties().get("import.from.status"),
                "FBM orders import from UNSHIPPED by default");
        assertEquals(true, f.config.find(StockSettings.PID, "EU1").orElseThrow().properties().get("owns.shared.stock"),
                "the first store of a seller and region owns shared stock (STK-07)");
        Store store = f.published.get("EU1");
        assertEquals(SELLER, store.sellerId());
        assertEquals(T0, store.facts().installedAt(), "installed at the Clock's time");
        assertFalse(store.enabled(), "a new store is OFF");
        assertEquals(1, f.tables.facts().size());
        assertTrue(f.tables.audit("EU1").get(0).detail().startsWith("installed"));
        assertEquals("SHELL", f.tables.audit("EU1").get(0).source());

        f.registry.install("EU2", DE, SELLER, ADMIN);
        assertEquals(false, f.config.find(StockSettings.PID, "EU2").orElseThrow().properties().get("owns.shared.stock"),
                "only the first store of the seller and region owns shared stock");
    }

    @Test
    @DisplayName("STORE-01: a bad alias, a taken alias or a taken seller+marketplace is refused with the setting and the fix")
    void installRulesAreChecked() {
        f.registry.install("EU1", UK, SELLER, ADMIN);

        SettingsException badAlias = assertThrows(SettingsException.class, () -> f.registry.install("TOO-LONG-1", UK, SELLER2, ADMIN));
        assertEquals(StoreSettings.ALIAS, badAlias.problems().get(0).property());
        SettingsException taken = assertThrows(SettingsException.class, () -> f.registry.install("eu1", DE, SELLER2, ADMIN));
        assertTrue(taken.getMessage().contains("taken"), taken.getMessage());
        SettingsException again = assertThrows(SettingsException.class, () -> f.registry.install("EU1", UK, SELLER, ADMIN));
        assertTrue(again.getMessage().contains("taken by the store 'EU1'"), "the same install twice: " + again.getMessage());
        SettingsException same = assertThrows(SettingsException.class, () -> f.registry.install("EU9", UK, SELLER, ADMIN));
        assertTrue(same.getMessage().contains("already installed for this seller and marketplace"), same.getMessage());
        assertEquals(1, f.published.size());
        assertEquals(6, f.config.configs.size(), "nothing written for a refused install");
    }

    @Test
    @DisplayName("STORE-02: the sixth store is refused with a clear message until an admin raises the store limit")
    void storeLimit() {
        for (int i = 1; i <= 5; i++) {
            f.registry.install("S" + i, i % 2 == 0 ? UK : DE, "A2SELLER000" + i, ADMIN);
        }
        SettingsException e = assertThrows(SettingsException.class, () -> f.registry.install("S6", US, SELLER, ADMIN));
        assertTrue(e.getMessage().contains("limit is 5"), e.getMessage());
        assertTrue(e.getMessage().contains(IntegrationSettings.STORE_LIMIT), "the fix names the setting: " + e.getMessage());

        f.registry.changeIntegration(Map.of(IntegrationSettings.STORE_LIMIT, "6"), Actor.shell("root"));
        f.registry.install("S6", US, SELLER, ADMIN);
        assertEquals(6, f.published.size());
        assertEquals(6, f.config.integration().orElseThrow().get(IntegrationSettings.STORE_LIMIT));
    }

    @Test
    @DisplayName("STORE-03, STORE-08: a changed configuration applies without a restart and is audited with its source")
    void configurationChangeApplies() {
        f.registry.install("EU1", UK, SELLER, ADMIN);

        f.config.set(FBM, "EU1", "order.status", "PLACED");
        f.registry.reconcileAll(false);

        assertEquals(HostOrderStatus.PLACED, f.published.get("EU1").configuration().fbm().orderStatus());
        StoreTables.AuditRow last = f.tables.audit("EU1").get(f.tables.audit("EU1").size() - 1);
        assertEquals("CONFIGURATION", last.source());
        assertTrue(last.detail().contains("order.status: 'PARKED' -> 'PLACED'"), last.detail());
        assertTrue(last.accepted());
    }

    @Test
    @DisplayName("STORE-01, HOST-02: an invalid configuration is refused: the last valid settings stay, an ERROR names the setting and the fix, health says settings refused, also after a restart")
    void invalidConfigurationIsRefused() throws Exception {
        f.registry.install("EU1", UK, SELLER, ADMIN);
        f.config.set(FBM, "EU1", "import.option", "SINGLE_CUSTOMER"); // no customer chosen: ORD-01
        f.registry.reconcileAll(false);

        Store store = f.published.get("EU1");
        assertEquals("CUSTOMER_PER_ORDER", store.configuration().fbm().importOption().name(), "old settings in force");
        LogEvent error = f.log.errors().get(0);
        assertEquals(FixAction.SETTINGS_REFUSED, error.fix());
        assertEquals("EU1", error.store());
        assertTrue(error.message().contains("single.customer"), error.message());
        assertTrue(error.message().contains("Fix:"), error.message());
        assertEquals("settings refused", f.registry.health("EU1").orElseThrow().status());
        assertFalse(f.tables.audit("EU1").get(f.tables.audit("EU1").size() - 1).accepted());

        f.registry.reconcileAll(false);
        assertEquals(1, f.log.errors().size(), "the same refused settings are reported once");

        Registry restarted = f.restart();
        assertEquals("CUSTOMER_PER_ORDER", f.published.get("EU1").configuration().fbm().importOption().name(),
                "after a restart the last valid settings are still in force");
        assertEquals("settings refused", restarted.health("EU1").orElseThrow().status());
    }

    @Test
    @DisplayName("STORE-01: a saved snapshot that cannot be read (rules changed) is replaced by the valid configuration; the facts stay")
    void unreadableSnapshot() throws Exception {
        f.registry.install("EU1", UK, SELLER, ADMIN);
        f.clock.step(Duration.ofDays(1));
        f.db.update("UPDATE STORE_SNAPSHOT SET PROPERTIES = 'store=EU1\norder.status=SHIPPED_SOMEHOW\n' WHERE PID = ?", FBM);

        f.restart();

        Store store = f.published.get("EU1");
        assertEquals(T0, store.facts().installedAt(), "the facts stay");
        assertEquals(HostOrderStatus.PARKED, store.configuration().fbm().orderStatus());
        assertEquals(1, f.tables.facts().size());
    }

    @Test
    @DisplayName("STORE-01: seller id and marketplace are fixed at install; a configuration changing them is refused")
    void factsAreFixed() {
        f.registry.install("EU1", UK, SELLER, ADMIN);
        f.config.set(StoreSettings.PID, "EU1", StoreSettings.SELLER_ID, SELLER2);
        f.registry.reconcileAll(false);

        assertEquals(SELLER, f.published.get("EU1").sellerId());
        assertTrue(f.log.errors().get(0).message().contains("seller.id is fixed at install"), f.log.errors().get(0).message());
    }

    @Test
    @DisplayName("STORE-01: the alias is fixed: a configuration edited to name another store is refused, nothing moves or is installed")
    void aliasIsFixed() {
        f.registry.install("EU1", UK, SELLER, ADMIN);
        f.registry.reconcileAll(false); // Config Admin tells about the new configurations
        f.config.set(StoreSettings.PID, "EU1", StoreSettings.ALIAS, "EU9");
        f.config.set(FBM, "EU1", "store", "EU9");

        f.registry.reconcileAll(false);

        assertEquals(List.of("EU1"), List.copyOf(f.published.keySet()), "no EU9 installed, EU1 stays");
        assertEquals("settings refused", f.registry.health("EU1").orElseThrow().status());
        assertTrue(f.log.errors().stream().anyMatch(e -> e.message().contains("the alias is fixed")));
        assertThrows(SettingsException.class, () -> f.registry.changeSettings("EU1", StoreSettings.PID,
                Map.of(StoreSettings.ALIAS, "EU8"), ADMIN));

        f.config.set(StoreSettings.PID, "EU9", StoreSettings.ALIAS, "EU1");
        f.config.set(FBM, "EU9", "store", "EU1");
        f.registry.reconcileAll(false);
        assertEquals("not authorised", f.registry.health("EU1").orElseThrow().status(), "set back: accepted again");
    }

    @Test
    @DisplayName("DESIGN Configuration: a store configuration that appears by itself (etc/ file) is an install: facts, defaults for the rest, audit source configuration")
    void configurationOnlyInstall() {
        f.config.put(StoreSettings.PID, "EU7", FakeConfigSource.store("EU7", UK, SELLER));
        f.config.put(FBM, "EU7", Map.of("store", "EU7", "order.status", "PLACED"));

        f.registry.reconcileAll(false);

        Store store = f.published.get("EU7");
        assertEquals(HostOrderStatus.PLACED, store.configuration().fbm().orderStatus(), "its own file is used");
        assertEquals(6, f.config.of("EU7").size(), "the missing configurations are created");
        assertEquals("CONFIGURATION", f.tables.audit("EU7").get(0).source());
        assertEquals(T0, store.facts().installedAt());
    }

    @Test
    @DisplayName("STORE-02: a store configuration beyond the limit is refused like any invalid one")
    void configurationInstallBeyondLimitIsRefused() {
        f.registry.changeIntegration(Map.of(IntegrationSettings.STORE_LIMIT, "1"), ADMIN);
        f.registry.install("EU1", UK, SELLER, ADMIN);
        f.config.put(StoreSettings.PID, "EU2", FakeConfigSource.store("EU2", DE, SELLER));

        f.registry.reconcileAll(false);

        assertFalse(f.published.containsKey("EU2"));
        StoreHealth health = f.registry.health("EU2").orElseThrow();
        assertFalse(health.installed());
        assertEquals("settings refused", health.status());
        assertTrue(f.log.errors().get(0).message().contains("limit is 1"));
    }

    @Test
    @DisplayName("STORE-05: uninstall removes the configurations, the service and the facts; the store can be installed again")
    void uninstallAndReinstall() {
        f.registry.install("EU1", UK, SELLER, ADMIN);
        f.registry.uninstall("EU1", ADMIN);

        assertTrue(f.config.of("EU1").isEmpty());
        assertFalse(f.published.containsKey("EU1"));
        assertTrue(f.tables.facts().isEmpty());
        assertEquals(List.of("EU1"), f.stopped, "its running jobs are stopped");
        assertTrue(f.tables.audit("EU1").stream().anyMatch(a -> a.detail().equals("uninstalled")), "the audit trail stays");

        f.clock.step(Duration.ofDays(1));
        f.registry.install("EU1", UK, SELLER, ADMIN);
        assertEquals(T0.plus(Duration.ofDays(1)), f.published.get("EU1").facts().installedAt());
    }

    @Test
    @DisplayName("STORE-05: deleting the store configuration uninstalls the store; a missing configuration at start is written again")
    void deletedConfiguration() throws Exception {
        f.registry.install("EU1", UK, SELLER, ADMIN);
        f.config.configs.clear();
        f.restart();
        assertEquals(6, f.config.of("EU1").size(), "at start, the snapshot is written back to Config Admin");

        f.config.delete(StoreSettings.PID, "EU1");
        f.registry.reconcileAll(true);
        assertFalse(f.published.containsKey("EU1"));
        assertTrue(f.config.of("EU1").isEmpty());
    }

    @Test
    @DisplayName("STORE-04: OFF stops the store's jobs; ON tells the estimate and can start from now")
    void onAndOff() {
        f.registry.install("EU1", UK, SELLER, ADMIN);
        f.estimator.set((store, from, connection) -> OptionalLong.of(42));
        f.clock.step(Duration.ofDays(3));

        assertEquals(T0, f.registry.previewEnable("EU1").importFrom(), "everything since installation");
        assertEquals(OptionalLong.of(42), f.registry.previewEnable("EU1").estimatedOrders());
        f.registry.enable("EU1", true, ADMIN);
        Store on = f.published.get("EU1");
        assertTrue(on.enabled());
        assertEquals(T0.plus(Duration.ofDays(3)), on.importFrom(), "start from now");
        assertEquals(true, f.config.find(StoreSettings.PID, "EU1").orElseThrow().properties().get("enabled"));

        f.registry.disable("EU1", ADMIN);
        assertFalse(f.published.get("EU1").enabled());
        assertEquals(List.of("EU1"), f.stopped);
    }

    @Test
    @DisplayName("HOST-05, STORE-08: the shell's settings change is validated before anything is written")
    void changeIsValidatedBeforeWriting() {
        f.registry.install("EU1", UK, SELLER, ADMIN);
        int writes = f.config.writes;

        SettingsException e = assertThrows(SettingsException.class, () -> f.registry.changeSettings("EU1",
                StockSettings.PID, Map.of("include.can.assemble", "true"), ADMIN));
        assertTrue(e.getMessage().contains("Turn export on"), e.getMessage());
        assertEquals(writes, f.config.writes, "nothing written");
        assertThrows(IllegalArgumentException.class, () -> f.registry.changeSettings("EU1", StockSettings.PID,
                Map.of("no.such", "x"), ADMIN));

        f.registry.changeSettings("EU1", StockSettings.PID, Map.of("export", "true", "include.can.assemble", "true"), ADMIN);
        assertTrue(f.published.get("EU1").configuration().stock().includeCanAssemble());
        assertEquals(true, f.config.find(StockSettings.PID, "EU1").orElseThrow().properties().get("export"));
    }

    @Test
    @DisplayName("STK-02: export is refused for a store whose last product import found no FBM listing")
    void fbaOnlyStoreCannotExport() {
        f.registry.install("EU1", UK, SELLER, ADMIN);
        f.fbmListingsFound.put("EU1", false);
        SettingsException e = assertThrows(SettingsException.class, () -> f.registry.changeSettings("EU1",
                StockSettings.PID, Map.of("export", "true"), ADMIN));
        assertTrue(e.getMessage().contains("If integrating FBA only, do not enable Export Stock on hand."), e.getMessage());

        f.fbmListingsFound.put("EU1", true);
        f.registry.changeSettings("EU1", StockSettings.PID, Map.of("export", "true"), ADMIN);
        assertTrue(f.published.get("EU1").configuration().stock().export());
    }

    @Test
    @DisplayName("PROD-03: the code mapping is fixed once the product settings are saved")
    void codeMappingFixedOnceSaved() {
        f.registry.install("EU1", UK, SELLER, ADMIN);
        f.registry.changeSettings("EU1", ProductSettings.PID, Map.of("code.mapping", "ASIN"), ADMIN);
        assertEquals(CodeMapping.ASIN, f.published.get("EU1").facts().savedCodeMapping().orElseThrow());

        assertThrows(SettingsException.class, () -> f.registry.changeSettings("EU1", ProductSettings.PID,
                Map.of("code.mapping", "SELLER_SKU"), ADMIN));
    }

    @Test
    @DisplayName("OPS-01: when Config Admin lost the integration configuration (karaf clean), its last valid settings are written back")
    void integrationRestoredAfterClean() throws Exception {
        f.registry.changeIntegration(Map.of(IntegrationSettings.STORE_LIMIT, "7"), ADMIN);
        f.config.integration = null;
        f.restart();
        assertEquals(7, f.registry.integration().storeLimit());
        assertEquals("7", String.valueOf(f.config.integration().orElseThrow().get(IntegrationSettings.STORE_LIMIT)));
    }

    @Test
    @DisplayName("STORE-01: an integration configuration with a bad value is refused and the last valid one stays")
    void integrationRefused() {
        f.registry.changeIntegration(Map.of(IntegrationSettings.ORDERS_POLL_MINUTES, "10"), ADMIN);
        f.config.integration.put(IntegrationSettings.ORDERS_POLL_MINUTES, "0");
        f.registry.reconcileAll(false);

        assertEquals(10, f.registry.integration().ordersPollMinutes());
        assertTrue(f.log.errors().get(0).message().contains(IntegrationSettings.ORDERS_POLL_MINUTES));
    }
}
