package org.ecomhub.stock.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ecomhub.amazon.api.settings.StoreConfiguration;
import org.ecomhub.amazon.api.settings.StoreFacts;
import org.ecomhub.amazon.api.spapi.ConnectionSettings;
import org.ecomhub.amazon.api.spapi.Marketplace;
import org.ecomhub.amazon.api.spapi.RefreshToken;
import org.ecomhub.amazon.api.spapi.Region;
import org.ecomhub.amazon.api.spapi.SellingPartnerClient;
import org.ecomhub.amazon.api.spapi.SellingPartnerClients;
import org.ecomhub.amazon.api.stock.FbaStockLine;
import org.ecomhub.amazon.api.store.PollGroup;
import org.ecomhub.amazon.api.store.Store;
import org.ecomhub.amazon.api.store.StoreConnections;
import org.ecomhub.stock.internal.FbaStockLookup;
import org.ecomhub.stock.internal.Stores;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FbaStockCommandTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private FbaStockCommand command() {
        SellingPartnerClient client = (SellingPartnerClient) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {SellingPartnerClient.class},
                (proxy, method, args) -> method.getName().equals("forAccount") ? proxy : null);
        SellingPartnerClients clients = new SellingPartnerClients() {
            @Override
            public SellingPartnerClient client(String sellerId, Region region, ConnectionSettings settings) {
                return client;
            }

            @Override
            public RefreshToken exchangeAuthorizationCode(ConnectionSettings s, String code, URI redirectUri) {
                throw new UnsupportedOperationException();
            }
        };
        StoreConnections connections = new StoreConnections() {
            @Override
            public ConnectionSettings connectionSettings(PollGroup group) {
                return new ConnectionSettings("id", () -> "s", () -> "r", null, null, null, null);
            }

            @Override
            public void authorisationFailed(PollGroup group, String reason) {
            }
        };
        FbaStockLookup lookup = new FbaStockLookup((store, c) -> List.of(
                new FbaStockLine("SIM-0005", "B0SIM00005", "SIM-0005", 12, new BigDecimal("9"), new BigDecimal("-3")),
                new FbaStockLine("SIM-0010", "B0SIM00010", "", 4, BigDecimal.ZERO, new BigDecimal("-4")),
                new FbaStockLine("SIM-0015", "B0SIM00015", "SIM-0015", 2, new BigDecimal("2"), BigDecimal.ZERO)),
                clients, connections);
        StoreConfiguration configuration = Stores.store("UK1", Marketplace.UK, true, false, true, "MAIN");
        StoreFacts facts = new StoreFacts("UK1", "A3SIMSELLER0001", Marketplace.UK, Instant.EPOCH, Optional.empty());
        lookup.addStore(new Store() {
            @Override
            public StoreFacts facts() {
                return facts;
            }

            @Override
            public StoreConfiguration configuration() {
                return configuration;
            }

            @Override
            public Instant importFrom() {
                return Instant.EPOCH;
            }
        });
        FbaStockCommand c = new FbaStockCommand();
        c.lookup = lookup;
        c.alias = "UK1";
        c.out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        return c;
    }

    @Test
    @DisplayName("FBA-01: the table shows Amazon's and the host's FBA stock with the difference")
    void table() {
        FbaStockCommand c = command();
        c.differencesOnly = true;
        c.execute();
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("SIM-0005") && out.contains("12") && out.contains("-3"), out);
        assertTrue(out.contains("SIM-0010") && !out.contains("SIM-0015"), out);
    }

    @Test
    @DisplayName("FBA-01: --json prints every line for scripts")
    void json() {
        FbaStockCommand c = command();
        c.json = true;
        c.execute();
        String out = bytes.toString(StandardCharsets.UTF_8).trim();
        assertTrue(out.startsWith("[{\"sku\":\"SIM-0005\",\"asin\":\"B0SIM00005\",\"hostProduct\":\"SIM-0005\","
                + "\"amazonFulfillable\":12,\"hostFbaStock\":9,\"difference\":-3}"), out);
        assertEquals(3, out.split("\\{").length - 1);
    }

    @Test
    @DisplayName("FBA-01: an unknown store is named in the refusal")
    void unknownStore() {
        FbaStockCommand c = command();
        c.alias = "NOPE";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, c::execute);
        assertTrue(e.getMessage().contains("NOPE"));
    }
}
