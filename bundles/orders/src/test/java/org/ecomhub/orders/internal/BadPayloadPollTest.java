package org.ecomhub.orders.internal;

import static org.ecomhub.orders.internal.AmazonOrders.item;
import static org.ecomhub.orders.internal.AmazonOrders.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.ecomhub.amazon.api.log.LogEvent;
import org.ecomhub.amazon.api.log.LogLevel;
import org.ecomhub.amazon.api.orders.PollSummary;
import org.ecomhub.amazon.api.spapi.Marketplace;
import org.ecomhub.amazon.api.spapi.SpApiMalformedResponseException;
import org.ecomhub.amazon.api.spapi.model.Order;
import org.ecomhub.orders.internal.LedgerEntry.State;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 8 "Bad input": one bad order payload or one broken reply never stops the poll (ORD-11, ORD-13). */
class BadPayloadPollTest {

    private static final String LONG_SKU = "X".repeat(5000);

    @TempDir
    Path dir;
    Harness h;
    TestStore shop;

    @BeforeEach
    void setUp() {
        h = new Harness(dir);
        shop = TestStore.of("SHOP1", Marketplace.UK, Harness.T0.minus(Duration.ofHours(12)));
    }

    /** An order placed and last updated 20 minutes ago: before the next poll's re-read, inside this one's window. */
    private Order uk(String id, String status, String sku) {
        var t = h.clock.instant().minus(Duration.ofMinutes(20));
        return order(id, Marketplace.UK.id(), status, "MERCHANT", t, t,
                item("I1", sku, 1, "GBP", "10.00", "ITEM", "10.00").build());
    }

    private List<LogEvent> errorsFor(String orderId) {
        return h.log.at(LogLevel.ERROR).stream().filter(e -> orderId.equals(e.amazonId())).toList();
    }

    @Test
    @DisplayName("ORD-11: an order with a 5,000-character SKU fails alone (FAILED, ERROR naming the SKU, listed by find missing) and the orders beside it import")
    void anOverLongSkuFailsAlone() {
        // covers ORD-11, ORD-13 (issue 8 "Bad input")
        h.amazon.put(uk("202-0000001-0000001", "UNSHIPPED", LONG_SKU));
        h.amazon.put(uk("202-0000002-0000002", "UNSHIPPED", "MUG"));

        PollSummary first = h.poll(shop);

        assertEquals(1, first.imported(), first.toString());
        assertEquals(1, first.failed(), first.toString());
        assertEquals(State.FAILED, h.ledger("202-0000001-0000001").state());
        String message = errorsFor("202-0000001-0000001").get(0).message();
        assertTrue(message.contains("seller SKU") && message.contains("5000 characters"), message);
        assertFalse(message.contains(LONG_SKU), "the log entry does not carry the whole SKU");
        assertEquals(List.of("202-0000001-0000001"), h.importer.findMissing(shop,
                h.clock.instant().minus(Duration.ofHours(2)), h.clock.instant(), h.amazon, Harness.progress()));

        h.clock.step(Duration.ofMinutes(10));
        PollSummary next = h.poll(shop); // the retry fails again, alone
        assertEquals(1, next.failed(), next.toString());
        assertEquals(1, errorsFor("202-0000001-0000001").size(), "one ERROR per reason, not one per poll");
    }

    @Test
    @DisplayName("ORD-13: an order whose id is longer than any Amazon order id fails alone with an ERROR; the poll imports the others and moves on")
    void anOverLongOrderIdFailsAlone() {
        // covers ORD-11, ORD-13 (issue 8 "Bad input")
        h.amazon.put(uk("202-" + "9".repeat(4996), "UNSHIPPED", "MUG"));
        h.amazon.put(uk("202-0000007-0000007", "UNSHIPPED", "MUG"));

        PollSummary poll = h.poll(shop);

        assertEquals(1, poll.imported(), poll.toString());
        assertEquals(1, poll.failed(), poll.toString());
        assertTrue(h.log.at(LogLevel.ERROR).stream().anyMatch(e -> e.message().contains("order id of 5000 characters")),
                h.log.all());
        assertEquals(List.of("202-" + "9".repeat(4996)), h.importer.findMissing(shop,
                h.clock.instant().minus(Duration.ofHours(2)), h.clock.instant(), h.amazon, Harness.progress()),
                "find missing lists it");
        h.clock.step(Duration.ofMinutes(10));
        h.poll(shop); // the window moved: the next poll runs
    }

    @Test
    @DisplayName("STK-08: an order below the import-from status with a 5,000-character SKU reserves nothing for it and does not stop the poll")
    void anOverLongSkuBelowImportFromDoesNotStopThePoll() {
        // covers STK-08, ORD-13 (issue 8 "Bad input")
        h.amazon.put(uk("202-0000003-0000003", "PENDING", LONG_SKU));
        h.amazon.put(uk("202-0000004-0000004", "UNSHIPPED", "MUG"));

        PollSummary poll = h.poll(shop);

        assertEquals(1, poll.imported(), poll.toString());
        assertEquals(1, poll.skipped(), poll.toString());
        assertEquals(State.SKIPPED, h.ledger("202-0000003-0000003").state());
    }

    @Test
    @DisplayName("ORD-11: a broken single-order reply fails that order alone with an ERROR naming the field; the poll and a named import go on")
    void aBrokenSingleOrderReplyFailsThatOrderAlone() {
        // covers ORD-11, API-04 (issue 8 "Bad input")
        h.amazon.put(uk("202-0000005-0000005", "UNSHIPPED", null)); // fails: no seller SKU
        assertEquals(1, h.poll(shop).failed());
        h.amazon.brokenReplies.put("202-0000005-0000005", new SpApiMalformedResponseException("order item",
                "quantityOrdered is not a whole number: \"many\"", null));
        h.clock.step(Duration.ofMinutes(30)); // the failed order is retried by a single-order call
        Order good = uk("202-0000006-0000006", "UNSHIPPED", "MUG");
        h.amazon.put(good);
        h.log.events().clear();

        PollSummary poll = h.poll(shop); // the window holds the good order; the retry of the failed one breaks

        assertEquals(1, poll.imported(), poll.toString());
        assertTrue(errorsFor("202-0000005-0000005").stream().anyMatch(e -> e.message().contains("quantityOrdered")),
                h.log.all());
        assertEquals(State.FAILED, h.ledger("202-0000005-0000005").state(), "still failed, tried again later");

        h.log.events().clear();
        PollSummary named = h.importer.importOrders(shop, List.of("202-0000005-0000005"), h.amazon,
                Harness.progress());
        assertEquals(0, named.imported(), named.toString());
        assertTrue(errorsFor("202-0000005-0000005").stream().anyMatch(e -> e.message().contains("quantityOrdered")),
                h.log.all());
    }
}
