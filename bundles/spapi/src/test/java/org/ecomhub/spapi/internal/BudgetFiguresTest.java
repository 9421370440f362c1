package org.ecomhub.spapi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.ecomhub.amazon.api.spapi.ConnectionSettings;
import org.ecomhub.amazon.api.spapi.Region;
import org.ecomhub.amazon.api.spapi.SellingPartnerClient;
import org.ecomhub.amazon.api.spapi.SpOperation;
import org.ecomhub.amazon.api.spapi.model.CallCount;
import org.ecomhub.amazon.api.spapi.model.FeedResult;
import org.ecomhub.amazon.api.spapi.model.FeedSubmission;
import org.ecomhub.amazon.api.spapi.model.ListingsFeedMessage;
import org.ecomhub.amazon.api.spapi.model.OrderReportRow;
import org.ecomhub.amazon.api.spapi.model.Report;
import org.ecomhub.amazon.api.spapi.model.ReportRequest;
import org.ecomhub.spapi.simulator.internal.SimulatorSettings;
import org.ecomhub.spapi.simulator.internal.SpApiSimulator;
import org.ecomhub.testsupport.SteppedClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * First figures for the closing note, measured against the simulator under Amazon's default usage plans on
 * virtual time (the simulator's report and feed processing times are its defaults: 5 and 3 minutes). Not a
 * benchmark: the calls are exact, the times are the simulator's.
 */
class BudgetFiguresTest {
    private static final List<String> MARKETPLACES = SimulatorSettings.defaults().marketplaceIds();
    private final SteppedClock clock = new SteppedClock(Instant.parse("2026-06-01T12:00:00Z"));
    private SpApiSimulator sim;
    private SellingPartnerConnector connector;
    private SellingPartnerClient client;

    @BeforeEach
    void start() throws IOException {
        sim = new SpApiSimulator(SimulatorSettings.defaults(), clock);
        connector = new SellingPartnerConnector(clock, clock::step, () -> 0.5, Duration.ofSeconds(10));
        client = connector.client(SimulatorSettings.DEFAULT_SELLER_ID, Region.NA, new ConnectionSettings(
                SimulatorSettings.DEFAULT_CLIENT_ID, () -> SimulatorSettings.DEFAULT_CLIENT_SECRET,
                () -> SimulatorSettings.DEFAULT_REFRESH_TOKEN, sim.baseUri(), sim.lwaUri(), "budget/1.0", null));
    }

    @AfterEach
    void stop() {
        connector.close();
        sim.close();
    }

    private static String calls(List<CallCount> counts) {
        return counts.stream().map(c -> c.operation() + "=" + c.calls()).collect(Collectors.joining(", "));
    }

    @Test
    @DisplayName("API-05 API-07: 10,000 orders through the orders report take a handful of calls and minutes")
    void tenThousandOrdersThroughTheReport() {
        sim.generate(10_000, 50, Duration.ofDays(20));
        Instant start = clock.instant();
        String id = client.createReport(new ReportRequest(ReportRequest.ORDERS_BY_LAST_UPDATE, MARKETPLACES,
                start.minus(Duration.ofDays(21)), start, null));
        Report report = client.awaitReport(id, null);
        List<OrderReportRow> rows = client.parseOrdersReport(client.downloadReportDocument(report.reportDocumentId()));
        Duration took = Duration.between(start, clock.instant());
        long orders = rows.stream().map(OrderReportRow::amazonOrderId).distinct().count();
        assertEquals(10_000, orders);
        long spapiCalls = client.callCounts().stream().filter(c -> !c.operation().equals(CallLedger.LWA)
                && !c.operation().equals(CallLedger.TRANSFER)).mapToLong(CallCount::calls).sum();
        Duration viaSearch = client.estimate(Map.of(SpOperation.SEARCH_ORDERS, 100));
        System.out.printf("BUDGET orders report: %d orders, %d rows, %d SP-API calls (%s), simulated %d s;"
                + " searchOrders instead: 100 calls, ~%d s%n", orders, rows.size(), spapiCalls,
                calls(client.callCounts()), took.getSeconds(), viaSearch.getSeconds());
        assertTrue(spapiCalls <= 4, "createReport, getReport, getReportDocument");
        assertTrue(took.compareTo(Duration.ofMinutes(10)) <= 0);
        assertTrue(viaSearch.compareTo(Duration.ofHours(3)) > 0, "the report is the cheap path for back-fills");
    }

    @Test
    @DisplayName("API-05 API-07: 50,000 stock changes go in two JSON_LISTINGS_FEEDs of 25,000 messages")
    void fiftyThousandStockChangesThroughFeeds() {
        sim.generate(0, 100, Duration.ofDays(1));
        Instant start = clock.instant();
        List<FeedSubmission> submissions = new ArrayList<>();
        for (int feed = 0; feed < 2; feed++) {
            List<ListingsFeedMessage> messages = new ArrayList<>();
            for (int i = 0; i < 25_000; i++) {
                messages.add(ListingsFeedMessage.merchantStock(String.format("SIM-%04d", 1 + i % 100), i % 50, null));
            }
            submissions.add(client.submitListingsFeed(List.of("ATVPDKIKX0DER"), messages));
        }
        int accepted = 0;
        for (FeedSubmission s : submissions) {
            FeedResult result = client.awaitFeed(s.feedId(), null);
            assertEquals("DONE", result.feed().processingStatus());
            accepted += result.report().messagesProcessed();
        }
        Duration took = Duration.between(start, clock.instant());
        long spapiCalls = client.callCounts().stream().filter(c -> !c.operation().equals(CallLedger.LWA)
                && !c.operation().equals(CallLedger.TRANSFER)).mapToLong(CallCount::calls).sum();
        Duration viaPatch = client.estimate(Map.of(SpOperation.PATCH_LISTINGS_ITEM, 50_000));
        System.out.printf("BUDGET stock feeds: %d messages, %d SP-API calls (%s), simulated %d s;"
                + " patchListingsItem instead: 50,000 calls, ~%d s%n", accepted, spapiCalls,
                calls(client.callCounts()), took.getSeconds(), viaPatch.getSeconds());
        assertEquals(50_000, accepted);
        assertTrue(spapiCalls <= 10, "2 × (createFeedDocument, createFeed, getFeed, getFeedDocument)");
        assertTrue(took.compareTo(Duration.ofMinutes(15)) <= 0);
    }
}
