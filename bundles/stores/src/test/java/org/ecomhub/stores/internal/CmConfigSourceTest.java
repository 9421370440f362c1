package org.ecomhub.stores.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.ecomhub.amazon.api.settings.IntegrationSettings;
import org.ecomhub.amazon.api.settings.StockSettings;
import org.ecomhub.amazon.api.settings.StoreSettings;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CmConfigSourceTest {

    @TempDir
    Path etc;

    private final FakeConfigurationAdmin cm = new FakeConfigurationAdmin();

    @Test
    @DisplayName("DESIGN Configuration, OPS-01: configurations are created with location '?', named by the alias, and also written to etc/ without secrets")
    void createsWithAnyLocationAndEtcFile() throws Exception {
        CmConfigSource source = new CmConfigSource(cm.service(), new EtcFiles(etc));

        source.write(StoreSettings.PID, "EU1", Map.of("alias", "EU1", "marketplace", "A1F83G8C2ARO7P",
                "seller.id", "A2SELLER0001", "enabled", false));

        FakeConfigurationAdmin.Entry entry = cm.entries.get("org.ecomhub.amazon.store~EU1");
        assertEquals("?", entry.location, "never bound to our bundle");
        Path file = etc.resolve("org.ecomhub.amazon.store-EU1.cfg");
        assertTrue(Files.readString(file).contains("seller.id = A2SELLER0001"), Files.readString(file));
        assertEquals(file.toFile().toURI().toString(), entry.properties.get(EtcFiles.FILENAME));
        assertEquals(1, source.storeConfigurations().size());
        assertEquals("EU1", source.storeConfigurations().get(0).owner());

        source.write(StoreSettings.PID, "EU1", Map.of("alias", "EU1", "marketplace", "A1F83G8C2ARO7P",
                "seller.id", "A2SELLER0001", "enabled", true));
        assertEquals(1, cm.entries.size(), "the same configuration is updated");
        assertTrue(Files.readString(file).contains("enabled = true"), "the file follows the change");
    }

    @Test
    @DisplayName("DESIGN Configuration: a configuration from the generic console form (another name) is found by its store property")
    void findsConfigurationsByStoreProperty() {
        FakeConfigurationAdmin.Entry e = new FakeConfigurationAdmin.Entry("org.ecomhub.amazon.stock~1a2b", StockSettings.PID, "?");
        e.properties = new java.util.Hashtable<>(Map.of("store", "EU1", "export", "false"));
        cm.entries.put(e.pid, e);
        CmConfigSource source = new CmConfigSource(cm.service(), new EtcFiles(null));

        source.write(StockSettings.PID, "EU1", Map.of("store", "EU1", "export", true));

        assertEquals(1, cm.entries.size());
        assertEquals(true, cm.entries.get("org.ecomhub.amazon.stock~1a2b").properties.get("export"));
        source.delete(StockSettings.PID, "EU1");
        assertTrue(cm.entries.isEmpty());
    }

    @Test
    @DisplayName("HOST-02: the integration is a single configuration, location '?'")
    void integration() {
        CmConfigSource source = new CmConfigSource(cm.service(), new EtcFiles(etc));
        assertFalse(source.integration().isPresent());
        source.writeIntegration(Map.of(IntegrationSettings.STORE_LIMIT, 6));
        assertEquals(6, source.integration().orElseThrow().get(IntegrationSettings.STORE_LIMIT));
        assertEquals("?", cm.entries.get(IntegrationSettings.PID).location);
    }
}
