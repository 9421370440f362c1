package org.ecomhub.orders.internal;

import static org.ecomhub.orders.internal.AmazonOrders.item;
import static org.ecomhub.orders.internal.AmazonOrders.m;
import static org.ecomhub.orders.internal.AmazonOrders.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ecomhub.amazon.api.log.FixAction;
import org.ecomhub.amazon.api.log.LogEvent;
import org.ecomhub.amazon.api.log.LogLevel;
import org.ecomhub.amazon.api.orders.PollSummary;
import org.ecomhub.amazon.api.spapi.Marketplace;
import org.ecomhub.amazon.api.spapi.model.Order;
import org.ecomhub.amazon.api.spapi.model.OrderItem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8, "Bad input", the payload layer: Amazon order payloads with a wrong value (wrong or mixed currency, huge
 * values, missing fields) go through the importer into the reference host, one case at a time on fresh databases.
 * Each must fail alone with an ERROR entry that names the order and what is wrong (not "an unexpected error"), store
 * no host order and no product, and leave the importer working: the next good order imports. The simulator serves only
 * valid replies, so the payloads are built here (the connector's reading of malformed JSON is spapi's
 * {@code PayloadBadInputTest}). Every case runs even when one fails; the counts are printed.
 */
class OrdersBadInputTest {

    private static final String UK = Marketplace.UK.id();

    @TempDir
    Path dir;

    /**
     * One bad payload: what it is, the order, and the pieces the ERROR entry must hold (case ignored).
     */
    record Case(String name, Order order, List<String> expect) {
    }

    private static Instant ago(int minutes) {
        return Harness.T0.minus(Duration.ofMinutes(minutes));
    }

    private static Order uk(String id, OrderItem... items) {
        return order(id, UK, "UNSHIPPED", "MERCHANT", ago(60), ago(20), items);
    }

    private static OrderItem mug(int quantity, String currency, String unitPrice, String lineAmount) {
        return item("I1", "MUG", quantity, currency, unitPrice, "ITEM", lineAmount).build();
    }

    /** An item as Amazon would send it, with one field left out (null). */
    private static OrderItem without(String field) {
        return new OrderItem("I1", 1, "B0MUG", "sku".equals(field) ? null : "MUG", "Mug", "New",
                m("10.00", "GBP"), null, 0, 1, null, List.of(new org.ecomhub.amazon.api.spapi.model.ProceedsBreakdown(
                        "ITEM", null, m("10.00", "GBP"), List.of())), List.of(), List.of(), null);
    }

    static List<Case> cases() {
        return List.of(
                new Case("wrong currency: CHF, which the host does not keep, on the UK marketplace",
                        uk("202-0000001-0000001", mug(1, "CHF", "10.00", "10.00")), List.of("CHF", "currency")),
                new Case("wrong currency: one line in EUR on an order in GBP",
                        uk("202-0000002-0000002", mug(1, "GBP", "10.00", "10.00"),
                                item("I2", "TEA", 1, "EUR", "4.00", "ITEM", "4.00").build()),
                        List.of("EUR", "GBP")),
                new Case("wrong currency: an empty currency code",
                        uk("202-0000003-0000003", mug(1, "", "10.00", "10.00")), List.of("currency")),
                new Case("wrong currency: a lower-case currency code",
                        uk("202-0000004-0000004", mug(1, "gbp", "10.00", "10.00")), List.of("gbp", "currency")),
                new Case("huge value: a unit price of 10^15 GBP",
                        uk("202-0000005-0000005", mug(1, "GBP", "1000000000000000.00", "1000000000000000.00")),
                        List.of("1000000000000000")),
                new Case("huge value: 2^31-1 units",
                        uk("202-0000006-0000006", mug(Integer.MAX_VALUE, "GBP", "10.00", "10.00")),
                        List.of("2147483647")),
                new Case("out of range: a negative quantity",
                        uk("202-0000007-0000007", mug(-1, "GBP", "10.00", "-10.00")), List.of("quantity", "-1")),
                new Case("out of range: a price with tenths of a penny",
                        uk("202-0000008-0000008", mug(1, "GBP", "10.005", "10.005")), List.of("10.005")),
                new Case("too long: a 5,000-character seller SKU",
                        uk("202-0000009-0000009", item("I1", "X".repeat(5000), 1, "GBP", "10.00", "ITEM", "10.00")
                                .build()),
                        List.of("SKU")),
                new Case("missing field: an item without its seller SKU",
                        uk("202-0000010-0000010", without("sku")), List.of("SKU")),
                new Case("missing field: an order without items",
                        uk("202-0000011-0000011"), List.of("item")),
                new Case("missing field: an order without its creation time",
                        order("202-0000012-0000012", UK, "UNSHIPPED", "MERCHANT", null, ago(20),
                                mug(1, "GBP", "10.00", "10.00")),
                        List.of("created")));
    }

    @Test
    @DisplayName("Bad input (issue 8): every bad order payload fails alone with a clear ERROR, stores nothing, and the next good order imports")
    void everyBadPayloadFailsAloneAndClearly() throws Exception {
        // covers ORD-11, ORD-12 (issue 8 "Bad input")
        List<Case> cases = cases();
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            try {
                check(c);
            } catch (Exception | AssertionError e) {
                failures.add(c.name() + ": " + e);
            }
        }
        int passed = cases.size() - failures.size();
        System.out.printf("bad input: %d cases tried, %d passed (order payloads)%n", cases.size(), passed);
        failures.forEach(f -> System.out.println("FAILED " + f));
        assertEquals(cases.size(), passed, String.join("\n", failures));
    }

    private void check(Case c) throws Exception {
        Harness h = new Harness(Files.createTempDirectory(dir, "case"));
        TestStore shop = TestStore.of("SHOP1", Marketplace.UK, Harness.T0.minus(Duration.ofHours(12)));
        AssertionError refusal = null;
        try {
            checkRefused(h, shop, c);
        } catch (Exception | AssertionError e) {
            refusal = new AssertionError(e.toString(), e);
        }
        // the importer keeps working: a good order in the next window imports (the bad one fails again alone)
        try {
            h.clock.step(Duration.ofMinutes(10));
            Order good = order("202-0000099-0000099", UK, "UNSHIPPED", "MERCHANT", h.clock.instant().minus(
                    Duration.ofMinutes(5)), h.clock.instant().minus(Duration.ofMinutes(4)), mug(1, "GBP", "10.00", "10.00"));
            h.amazon.put(good);
            PollSummary next = h.poll(shop);
            assertEquals(1, next.imported(), "the next good order: " + next);
            assertEquals(List.of(good.orderId()), h.hostOrders().stream().map(o -> o.externalReference()).toList());
        } catch (Exception | AssertionError e) {
            throw new AssertionError((refusal == null ? "" : refusal.getMessage() + "\n  and then ") + e, e);
        }
        if (refusal != null) {
            throw refusal;
        }
    }

    private static void checkRefused(Harness h, TestStore shop, Case c) {
        int products = h.catalog.products(null, 1000).size();
        String id = c.order().orderId();
        h.amazon.put(c.order());

        PollSummary bad = h.poll(shop);
        assertEquals(0, bad.imported(), "imported: " + bad);
        assertEquals(1, bad.failed(), "not failed: " + bad);
        LogEvent error = h.log.at(LogLevel.ERROR).stream().filter(e -> id.equals(e.amazonId())).findFirst()
                .orElseThrow(() -> new AssertionError("no ERROR entry for " + id + ": " + h.log.all()));
        String message = error.message();
        for (String piece : c.expect()) {
            assertTrue(message.toLowerCase(Locale.ROOT).contains(piece.toLowerCase(Locale.ROOT)),
                    "the message lacks '" + piece + "': " + message);
        }
        assertTrue(error.fix() != FixAction.REPORT_BUG && !message.contains("unexpected error"),
                "the message reads as a bug, not as what is wrong with the order: " + message);
        assertTrue(h.hostOrders().isEmpty(), "a host order was stored: " + h.hostOrders());
        assertEquals(products, h.catalog.products(null, 1000).size(), "a product was created");
    }
}
