package org.ecomhub.spapi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.ecomhub.amazon.api.spapi.ConnectionSettings;
import org.ecomhub.amazon.api.spapi.Region;
import org.ecomhub.amazon.api.spapi.SellingPartnerClient;
import org.ecomhub.amazon.api.spapi.SpApiMalformedResponseException;
import org.ecomhub.amazon.api.spapi.model.Order;
import org.ecomhub.amazon.api.spapi.model.OrderSearch;
import org.ecomhub.spapi.simulator.internal.SimulatorSettings;
import org.ecomhub.spapi.simulator.internal.SpApiSimulator;
import org.ecomhub.testsupport.SteppedClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, "Bad input", the SP-API payload layer: replies that are not what Amazon documents. (a) Order documents with
 * a field missing, of the wrong type or absurd, read by the connector's reader: each is a malformed-response error that
 * names the field, and the next good document reads. (b) Bodies that are not JSON at all, from the simulator's
 * malformed-reply fault, through the real connector: each call fails with an error naming the operation, and once the
 * replies are good again (after the breaker's pause) the same call works. Wrong currencies and huge values that do
 * read are judged by the importer (orders' {@code OrdersBadInputTest}). Every case runs even when one fails.
 */
class PayloadBadInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A valid searchOrders order as Amazon documents it (2026-01-01 model), with the fields the cases break. */
    static final String GOOD = """
            {"orderId":"202-0000001-0000001","createdTime":"2026-06-01T10:00:00Z",
             "lastUpdatedTime":"2026-06-01T11:00:00Z","salesChannel":{"marketplaceId":"A1F83G8C2ARO7P"},
             "fulfillment":{"fulfillmentStatus":"UNSHIPPED","fulfilledBy":"MERCHANT"},
             "orderItems":[{"orderItemId":"I1","quantityOrdered":2,
               "product":{"sellerSku":"MUG","price":{"unitPrice":{"amount":"10.00","currencyCode":"GBP"}}}}]}""";

    /** One bad document: what is wrong, the document, and the pieces the error must hold (case ignored). */
    record Document(String name, String json, List<String> expect) {
    }

    static List<Document> documents() {
        return List.of(
                new Document("missing field: no orderId", GOOD.replace("\"orderId\":\"202-0000001-0000001\",", ""),
                        List.of("orderId")),
                new Document("missing field: an item without orderItemId", GOOD.replace("\"orderItemId\":\"I1\",", ""),
                        List.of("orderItemId")),
                new Document("wrong type: createdTime is not a date-time",
                        GOOD.replace("2026-06-01T10:00:00Z", "yesterday"), List.of("createdTime", "ISO 8601")),
                new Document("wrong type: an amount with a decimal comma", GOOD.replace("10.00", "10,00"),
                        List.of("amount", "decimal")),
                new Document("wrong type: an amount in words", GOOD.replace("10.00", "ten"),
                        List.of("amount", "decimal")),
                new Document("wrong type: quantityOrdered in words",
                        GOOD.replace("\"quantityOrdered\":2", "\"quantityOrdered\":\"many\""),
                        List.of("quantityOrdered")),
                new Document("wrong type: orderItems is not a list",
                        GOOD.replaceFirst("(?s)\"orderItems\":\\[.*]}$", "\"orderItems\":\"I1\"}"), List.of("orderItems")),
                new Document("huge value: an amount of 1e999999999 (an exponent no price has)",
                        GOOD.replace("10.00", "1e999999999"), List.of("amount")));
    }

    @Test
    @DisplayName("Bad input (issue 8): every broken order document is a malformed-response error naming the field")
    void everyBrokenDocumentIsRefusedByName() throws IOException {
        // covers API-04 (issue 8 "Bad input")
        List<Document> documents = documents();
        List<String> failures = new ArrayList<>();
        for (Document d : documents) {
            try {
                SpApiMalformedResponseException e = refused(() -> JsonReaders.order(JSON.readTree(d.json())));
                expect(e.getMessage(), d.expect());
                // the reader keeps no state: the next good document reads
                assertEquals(2, JsonReaders.order(JSON.readTree(GOOD)).items().get(0).quantityOrdered());
            } catch (IOException | RuntimeException | AssertionError e) {
                failures.add(d.name() + ": " + e);
            }
        }
        report("order documents", documents.size(), failures);
    }

    /** One operation whose reply the simulator breaks: its name and the call. */
    record Call(String operation, java.util.function.Function<SellingPartnerClient, Object> call) {
    }

    @Test
    @DisplayName("Bad input (issue 8): a reply that is not JSON fails the call by name; the next good reply works")
    void aReplyThatIsNotJsonFailsTheCallAndTheNextWorks() throws IOException {
        // covers API-03 (issue 8 "Bad input")
        SteppedClock clock = new SteppedClock(Instant.parse("2026-06-01T12:00:00Z"));
        SpApiSimulator sim = new SpApiSimulator(SimulatorSettings.defaults(), clock);
        SellingPartnerConnector connector = new SellingPartnerConnector(clock, clock::step, () -> 0.5,
                Duration.ofSeconds(2));
        List<String> failures = new ArrayList<>();
        List<Call> calls = new ArrayList<>();
        try {
            sim.generate(20, 5, Duration.ofHours(48));
            SellingPartnerClient client = connector.client(SimulatorSettings.DEFAULT_SELLER_ID, Region.NA,
                    new ConnectionSettings(SimulatorSettings.DEFAULT_CLIENT_ID,
                            () -> SimulatorSettings.DEFAULT_CLIENT_SECRET, () -> SimulatorSettings.DEFAULT_REFRESH_TOKEN,
                            sim.baseUri(), sim.lwaUri(), "ecomhub-test/1.0 (Language=Java/17)", null));
            // while replies are good: the access token, and an order to ask for
            OrderSearch lastTwoDays = OrderSearch.lastUpdated(clock.instant().minus(Duration.ofHours(49)),
                    clock.instant().minus(Duration.ofMinutes(3)), List.of(), false);
            String orderId = client.searchOrders(lastTwoDays, null).orders().get(0).orderId();
            calls.add(new Call("searchOrders", c -> c.searchOrders(lastTwoDays, null).orders()));
            calls.add(new Call("getOrder", c -> c.getOrder(orderId, false)));
            calls.add(new Call("getMarketplaceParticipations", SellingPartnerClient::getMarketplaceParticipations));
            for (Call call : calls) {
                try {
                    sim.faults().set(0, 0, 0, 0, 1.0, 0, 0);
                    SpApiMalformedResponseException e = refused(() -> call.call().apply(client));
                    expect(e.getMessage(), List.of(call.operation(), "not valid JSON"));
                    sim.faults().clear();
                    clock.step(Duration.ofMinutes(2)); // the circuit breaker's pause
                    Object result = call.call().apply(client);
                    assertFalse(result == null || result instanceof List<?> l && l.isEmpty(),
                            "the good reply read nothing");
                } catch (RuntimeException | AssertionError e) {
                    failures.add(call.operation() + ": " + e);
                } finally {
                    sim.faults().clear();
                    clock.step(Duration.ofMinutes(2));
                }
            }
        } finally {
            connector.close();
            sim.close();
        }
        report("replies that are not JSON", calls.size(), failures);
    }

    /** A read that may fail. */
    @FunctionalInterface
    interface Read {
        Object get() throws Exception;
    }

    private static SpApiMalformedResponseException refused(Read read) {
        Object result;
        try {
            result = read.get();
        } catch (SpApiMalformedResponseException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError("not a malformed-response error: " + e, e);
        }
        throw new AssertionError("read without an error: " + result);
    }

    private static void expect(String message, List<String> pieces) {
        for (String piece : pieces) {
            assertTrue(message.toLowerCase(Locale.ROOT).contains(piece.toLowerCase(Locale.ROOT)),
                    "the message lacks '" + piece + "': " + message);
        }
    }

    private static void report(String what, int tried, List<String> failures) {
        System.out.printf("bad input: %d cases tried, %d passed (SP-API payloads: %s)%n", tried,
                tried - failures.size(), what);
        failures.forEach(f -> System.out.println("FAILED " + f));
        assertEquals(tried, tried - failures.size(), String.join("\n", failures));
    }
}
