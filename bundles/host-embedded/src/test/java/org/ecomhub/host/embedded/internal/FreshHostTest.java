package org.ecomhub.host.embedded.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.Set;
import org.ecomhub.host.api.CompanySettings;
import org.ecomhub.host.api.EventStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A host nobody has set up yet still answers every read with something sensible. */
class FreshHostTest {

    @TempDir
    Path dir;

    @Test // covers ORD-07, PROD-06: features are off until switched on
    void aFreshHostTradesInGbpWithEveryFeatureOff() throws Exception {
        try (EmbeddedHost host = EmbeddedHost.open(dir)) {
            CompanySettings settings = host.company.settings();
            assertEquals("GBP", settings.baseCurrency());
            assertEquals(Set.of("GBP"), settings.currencies());
            assertFalse(settings.batchTracking() || settings.serialisedProducts() || settings.accountingIntegration());
            assertTrue(host.products.products(null, 10).isEmpty());
            assertTrue(host.inventory.warehouses().isEmpty());
            assertEquals(0, host.events.latestSequence(EventStream.STOCK_CHANGES));
            assertTrue(host.events.dispatchesSince(0, 10).isEmpty());
        }
    }
}
