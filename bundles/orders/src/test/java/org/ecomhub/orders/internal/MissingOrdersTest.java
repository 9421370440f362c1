package org.ecomhub.orders.internal;

import static org.ecomhub.orders.internal.AmazonOrders.item;
import static org.ecomhub.orders.internal.AmazonOrders.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ecomhub.amazon.api.orders.ImportRefusedException;
import org.ecomhub.amazon.api.spapi.Marketplace;
import org.ecomhub.amazon.api.spapi.model.Order;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DATA-03 and DATA-04 on the stepped clock. */
class MissingOrdersTest {

    @TempDir
    Path dir;
    Harness h;
    TestStore shop;

    @BeforeEach
    void setUp() {
        h = new Harness(dir);
        shop = TestStore.of("SHOP1", Marketplace.UK, Harness.T0.minus(Duration.ofDays(3)));
    }

    private Order mugs(String id, String status, int hoursAgo) {
        var t = h.clock.instant().minus(Duration.ofHours(hoursAgo));
        return order(id, Marketplace.UK.id(), status, "MERCHANT", t, t,
                item("I1", "MUG", 1, "GBP", "10.00", "ITEM", "10.00").build());
    }

    @Test
    @DisplayName("DATA-03: find lists the range's orders at or past the import-from status, not cancelled, not in the host; import brings them in")
    void findAndImport() {
        h.amazon.put(mugs("202-1", "UNSHIPPED", 30));
        h.amazon.put(mugs("202-2", "SHIPPED", 28));
        h.amazon.put(mugs("202-3", "PENDING", 27));
        h.amazon.put(mugs("202-4", "CANCELLED", 26));
        h.amazon.put(mugs("202-5", "UNSHIPPED", 80)); // outside the range
        h.importer.importOrders(shop, List.of("202-2"), h.amazon, Harness.progress());
        var from = h.clock.instant().minus(Duration.ofDays(2));
        List<String> missing = h.importer.findMissing(shop, from, h.clock.instant(), h.amazon, Harness.progress());
        assertEquals(List.of("202-1"), missing);
        h.importer.importOrders(shop, missing, h.amazon, Harness.progress());
        assertTrue(h.importer.findMissing(shop, from, h.clock.instant(), h.amazon, Harness.progress()).isEmpty());
        h.importer.importOrders(shop, List.of("202-1", "202-2"), h.amazon, Harness.progress()); // a re-run
        assertEquals(2, h.hostOrders().size(), "ORD-10: a re-run of import missing orders doubles nothing");
    }

    @Test
    @DisplayName("DATA-03/04: orders placed before the store imports from (installed later, or started from now) are found and imported when named")
    void ordersBeforeImportFromAreFoundAndImported() {
        TestStore lateStore = TestStore.of("SHOP2", Marketplace.UK, h.clock.instant().minus(Duration.ofHours(1)));
        h.amazon.put(mugs("202-7", "UNSHIPPED", 30));
        var from = h.clock.instant().minus(Duration.ofDays(2));
        List<String> missing = h.importer.findMissing(lateStore, from, h.clock.instant(), h.amazon,
                Harness.progress());
        assertEquals(List.of("202-7"), missing);
        assertEquals(1, h.importer.importOrders(lateStore, missing, h.amazon, Harness.progress()).imported());
        assertTrue(h.importer.findMissing(lateStore, from, h.clock.instant(), h.amazon, Harness.progress()).isEmpty());
    }

    @Test
    @DisplayName("DATA-04: at most 50 ids per attempt; after a batch of 50 the next is refused for 10 minutes with the time left")
    void fiftyAndTenMinutes() {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 51; i++) {
            h.amazon.put(mugs("202-" + i, "UNSHIPPED", 2));
            ids.add("202-" + i);
        }
        ImportRefusedException tooMany = assertThrows(ImportRefusedException.class,
                () -> h.importer.importOrders(shop, ids, h.amazon, Harness.progress()));
        assertTrue(tooMany.getMessage().contains("At most 50"));

        assertEquals(50, h.importer.importOrders(shop, ids.subList(0, 50), h.amazon, Harness.progress()).imported());
        ImportRefusedException wait = assertThrows(ImportRefusedException.class,
                () -> h.importer.importOrders(shop, List.of("202-51"), h.amazon, Harness.progress()));
        assertEquals(Duration.ofMinutes(10), wait.timeLeft());
        h.clock.step(Duration.ofMinutes(4));
        wait = assertThrows(ImportRefusedException.class,
                () -> h.importer.importOrders(shop, List.of("202-51"), h.amazon, Harness.progress()));
        assertEquals(Duration.ofMinutes(6), wait.timeLeft());
        assertTrue(wait.getMessage().contains("6 min 0 s"), wait.getMessage());
        h.clock.step(Duration.ofMinutes(6));
        assertEquals(1, h.importer.importOrders(shop, List.of("202-51"), h.amazon, Harness.progress()).imported());
    }

    @Test
    @DisplayName("DATA-04: ids separated by commas or new lines are read by the job engine's parser")
    void idSeparators() {
        h.amazon.put(mugs("202-1", "UNSHIPPED", 2));
        h.amazon.put(mugs("202-2", "UNSHIPPED", 2));
        List<String> parsed = OrdersJobEngine.orderIds("202-1,\n 202-2\n");
        assertEquals(List.of("202-1", "202-2"), parsed);
        assertEquals(2, h.importer.importOrders(shop, parsed, h.amazon, Harness.progress()).imported());
    }
}
