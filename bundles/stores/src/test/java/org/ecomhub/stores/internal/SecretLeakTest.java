package org.ecomhub.stores.internal;

import static org.ecomhub.stores.internal.StoresFixture.SELLER;
import static org.ecomhub.stores.internal.StoresFixture.UK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ecomhub.amazon.api.log.LogEvent;
import org.ecomhub.amazon.api.settings.IntegrationSettings;
import org.ecomhub.amazon.api.store.Actor;
import org.ecomhub.amazon.api.store.PollGroup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SEC-01: seeds known secrets through every way in (app credentials, pasted token, consent, a secret typed into a
 * setting by mistake) and searches every table column, every log entry, every configuration property, the etc/
 * files and the health output for them.
 */
class SecretLeakTest {

    private static final String CLIENT_SECRET = "amzn1.oa2-cs.v1.SeededClientSecretXyZ1234567890";
    private static final String PASTED_TOKEN = "Atzr|IwEBISeededPastedRefreshTokenAbC987654321";
    private static final String MARKERS[] = {"SeededClientSecret", "SeededPastedRefreshToken", "KnownRefreshTokenFromConsent"};

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
    @DisplayName("SEC-01: known secrets appear in no table, log entry, configuration, etc/ file or health output")
    void secretsLeakNowhere() throws Exception {
        Actor admin = Actor.shell("admin");
        f.registry.install("EU1", UK, SELLER, admin);
        f.registry.setAppCredentials("amzn1.application-oa2-client.abc", CLIENT_SECRET, admin);
        f.registry.changeIntegration(Map.of(IntegrationSettings.SPAPI_APPLICATION_ID, "amzn1.sp.solution.app1",
                IntegrationSettings.OAUTH_REDIRECT_URI, "http://127.0.0.1:8181/system/console/amazon/oauth"), admin);
        FakeClients clients = new FakeClients();
        Authoriser authoriser = new Authoriser(f.clock, f.registry, f.auth, f.vault, f.tables, f.log, () -> clients);
        authoriser.authoriseWithToken("EU1", PASTED_TOKEN, admin);
        URI consent = authoriser.startConsent("EU1", admin);
        String state = consent.getRawQuery().replaceAll(".*state=([^&]*).*", "$1");
        authoriser.completeConsent(state, SELLER, "good-code", Actor.console("admin"));
        String integrationConfig = "integration config: " + f.config.integration;
        // an admin pastes a secret into a setting by mistake (their own text in Config Admin, not ours): refused (not a URL), and masked in the log and audit
        f.config.integration.put(IntegrationSettings.LWA_ENDPOINT, "token=" + PASTED_TOKEN);
        f.registry.reconcileAll(false);
        EtcFiles etc = new EtcFiles(Files.createDirectories(dir.resolve("etc")));
        f.config.of("EU1").forEach(c -> etc.write(c.factoryPid(), "EU1", c.properties()));

        assertEquals(CLIENT_SECRET, f.vault.get(SecretVault.CLIENT_SECRET).orElseThrow(), "the secrets are kept");
        assertEquals(clients.token, f.vault.get(SecretVault.refreshTokenName(new PollGroup(SELLER,
                org.ecomhub.amazon.api.spapi.Region.EU))).orElseThrow());

        List<String> places = new ArrayList<>();
        places.addAll(everyTableCell());
        f.log.events().forEach(e -> places.add("log: " + describe(e)));
        f.config.configs.values().forEach(c -> places.add("config " + c.pid() + ": " + c.properties()));
        places.add(integrationConfig);
        try (Stream<Path> files = Files.list(dir.resolve("etc"))) {
            for (Path file : files.toList()) {
                places.add(file + ": " + Files.readString(file));
            }
        }
        places.add("health: " + f.registry.health());
        places.add("connection settings: " + f.registry.connectionSettings(new PollGroup(SELLER,
                org.ecomhub.amazon.api.spapi.Region.EU)));
        places.add("consent url: " + consent);

        for (String place : places) {
            for (String marker : MARKERS) {
                assertFalse(place.contains(marker), "a secret leaked into " + place);
            }
        }
        assertTrue(places.size() > 20, "the search saw the tables, the log and the configurations");
    }

    private List<String> everyTableCell() throws Exception {
        List<String> cells = new ArrayList<>();
        try (Connection c = f.dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            Object value = rs.getObject(i);
                            String text = value instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)
                                    : String.valueOf(value);
                            cells.add(table + "." + rs.getMetaData().getColumnName(i) + ": " + text);
                        }
                    }
                }
            }
        }
        return cells;
    }

    private static String describe(LogEvent e) {
        return e.store() + " " + e.level() + " " + e.message() + " " + e.amazonId() + " " + e.hostId();
    }
}
