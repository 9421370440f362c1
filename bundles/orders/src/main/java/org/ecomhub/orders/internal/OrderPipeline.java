package org.ecomhub.orders.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.ecomhub.amazon.api.log.ConnectionLog;
import org.ecomhub.amazon.api.log.FixAction;
import org.ecomhub.amazon.api.log.LogCategory;
import org.ecomhub.amazon.api.log.LogEvent;
import org.ecomhub.amazon.api.orders.ImportRefusedException;
import org.ecomhub.amazon.api.orders.PollSummary;
import org.ecomhub.amazon.api.products.ProductMappings;
import org.ecomhub.amazon.api.products.UnknownSkuException;
import org.ecomhub.amazon.api.settings.BuyerDetails;
import org.ecomhub.amazon.api.settings.FulfilmentChannel;
import org.ecomhub.amazon.api.settings.OrderSettings;
import org.ecomhub.amazon.api.settings.TaxSettings.TaxMode;
import org.ecomhub.amazon.api.spapi.SellingPartnerClient;
import org.ecomhub.amazon.api.spapi.SpApiException;
import org.ecomhub.amazon.api.spapi.SpApiMalformedResponseException;
import org.ecomhub.amazon.api.spapi.SpApiRejectedException;
import org.ecomhub.amazon.api.spapi.model.Order;
import org.ecomhub.amazon.api.spapi.model.OrderItem;
import org.ecomhub.amazon.api.spapi.model.OrderSearch;
import org.ecomhub.amazon.api.spapi.model.Report;
import org.ecomhub.amazon.api.spapi.model.ReportRequest;
import org.ecomhub.amazon.api.spapi.Marketplace;
import org.ecomhub.amazon.api.store.Progress;
import org.ecomhub.amazon.api.store.Store;
import org.ecomhub.amazon.api.tax.TaxStrategy;
import org.ecomhub.host.api.HostRuleViolationException;
import org.ecomhub.host.api.IdempotencyKey;
import org.ecomhub.host.api.SalesOrderStatus;
import org.ecomhub.host.api.HostUnavailableException;
import org.ecomhub.host.api.UnknownReferenceException;
import org.ecomhub.orders.internal.LedgerEntry.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The order pipeline: window → one coalesced searchOrders → route by marketplace → ledger look-up → skip, import or
 * check for cancellation → write to the host with idempotency keys → record → move the window (ORD-13, API-06,
 * ORD-10/11). Runs under the poll group's lease; one instance per importer, no state between runs but the database.
 */
final class OrderPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(OrderPipeline.class);

    /** ORD-13: windows end this long before now. */
    static final Duration SETTLE = Duration.ofMinutes(2);
    /** ORD-13: each poll re-reads this much before the watermark. */
    static final Duration REREAD = Duration.ofMinutes(10);
    /** DATA-04. */
    static final int BATCH_LIMIT = 50;
    static final Duration BATCH_PAUSE = Duration.ofMinutes(10);
    /** ORD-11: single-order retries per poll, so a long failure list cannot starve the poll. */
    static final int RETRIES_PER_POLL = 20;
    /** API-05: windows older than this are read from the orders report. */
    static final Duration REPORT_AFTER = Duration.ofHours(24);
    /** API-05: so are windows expected to hold more orders than this (paging them costs more calls). */
    static final long REPORT_ABOVE_ORDERS = 1_000;
    /** API-05: a store's order rate is learnt from its ledger over at most this much of its past. */
    static final Duration RATE_PAST = Duration.ofDays(7);
    /** FACTS §12: the orders report can lag this much. */
    static final Duration REPORT_LAG = Duration.ofMinutes(30);
    static final Duration REPORT_EXPECTED = Duration.ofMinutes(5);
    /** PROD-06: closed day orders are looked for this far back. */
    static final Duration INVOICE_LOOKBACK = Duration.ofDays(7);

    private final Clock clock;
    private final Ledger ledger;
    private final HostServices host;
    private final ConnectionLog log;
    private final Function<TaxMode, Optional<TaxStrategy>> strategies;
    private final Supplier<Optional<ProductMappings>> mappings;
    private final CrashPoints crash;
    private final OrderPlanner planner;
    private final HostOrderWriter writer;
    private final Cancellations cancellations;
    private final Shipments shipments;

    OrderPipeline(Clock clock, Ledger ledger, HostServices host, ConnectionLog log,
            Function<TaxMode, Optional<TaxStrategy>> strategies, Supplier<Optional<ProductMappings>> mappings,
            CrashPoints crash) {
        this.clock = clock;
        this.ledger = ledger;
        this.host = host;
        this.log = log;
        this.strategies = strategies;
        this.mappings = mappings;
        this.crash = crash;
        this.planner = new OrderPlanner(host);
        this.writer = new HostOrderWriter(host, crash);
        this.cancellations = new Cancellations(clock, ledger, host, log);
        this.shipments = new Shipments(clock, ledger, host, log);
    }

    // ---- the poll (ORD-13, API-06)

    PollSummary poll(List<Store> stores, SellingPartnerClient client, Progress progress) {
        if (stores.isEmpty()) {
            return PollSummary.NONE;
        }
        Instant end = clock.instant().minus(SETTLE).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Instant> covered = new HashMap<>(); // by alias, read once: a store's own back-fill moves it later
        stores.forEach(s -> covered.put(s.alias(), coveredFrom(s)));
        Instant start = covered.values().stream().min(Instant::compareTo).orElseThrow().minus(REREAD);
        if (!start.isBefore(end)) {
            return PollSummary.NONE;
        }
        Map<String, Store> byMarketplace = new LinkedHashMap<>();
        stores.forEach(s -> byMarketplace.putIfAbsent(s.marketplace().id(), s));
        boolean buyerDetails = stores.stream()
                .anyMatch(s -> s.configuration().store().buyerDetails() == BuyerDetails.RESTRICTED);
        Run run = new Run(progress, false);
        Instant windowEnd = end;
        List<Store> reported = buyerDetails ? List.of()
                : stores.stream().filter(s -> fromReport(s, covered.get(s.alias()), windowEnd)).toList();
        if (!reported.isEmpty()) {
            Instant live = end.minus(REPORT_LAG).minus(REREAD); // the live poll overlaps the report's last range
            for (Store s : stores) {
                Instant from = covered.get(s.alias()).minus(REREAD);
                if (reported.contains(s)) {
                    backfill(s, from, end, client, run, progress);
                } else if (from.isBefore(live)) {
                    live = from;
                }
            }
            start = live;
        }
        progress.report("Reading orders updated " + start + " to " + end + " for " + byMarketplace.size()
                + " marketplace(s)");
        OrderSearch search = OrderSearch.lastUpdated(start, end, List.copyOf(byMarketplace.keySet()), buyerDetails);
        client.searchAllOrders(search, page -> {
            run.lookUp(page.orders(), byMarketplace);
            page.orders().forEach(o -> run.handle(o, byMarketplace));
            run.flush(); // the page's skipped orders in one commit
        });
        run.flush();
        crash.reached(CrashPoints.BEFORE_WATERMARK);
        for (Store s : stores) {
            ledger.cover(s.sellerId(), s.alias(), end); // every order of the window is in the ledger now
        }
        run.retryFromLedger(stores, client);
        invoiceClosedDays(stores);
        int confirmed = shipments.confirm(stores, client);
        if (confirmed > 0) {
            progress.report(confirmed + " shipment(s) confirmed to Amazon");
        }
        return run.summary();
    }

    /**
     * API-05: a store's window is read from the orders report when it is older than 24 hours, or when its orders,
     * estimated from the store's order rate in the ledger, would be more than {@value #REPORT_ABOVE_ORDERS}. A window
     * the report would not shorten (within its lag of the end) is always paged.
     */
    private boolean fromReport(Store store, Instant coveredFrom, Instant end) {
        Duration window = Duration.between(coveredFrom.minus(REREAD), end);
        if (window.compareTo(REPORT_AFTER) > 0) {
            return true;
        }
        if (window.compareTo(REPORT_LAG.plus(REREAD).multipliedBy(2)) <= 0) {
            return false; // the usual poll: never worth a report
        }
        Instant pastEnd = coveredFrom;
        Instant pastStart = pastEnd.minus(RATE_PAST).isBefore(store.importFrom()) ? store.importFrom()
                : pastEnd.minus(RATE_PAST);
        long pastMinutes = Math.max(60, Duration.between(pastStart, pastEnd).toMinutes());
        long placed = ledger.placedBetween(store.sellerId(), store.alias(), pastStart, pastEnd);
        return placed * window.toMinutes() / pastMinutes > REPORT_ABOVE_ORDERS;
    }

    /**
     * API-05, FACTS §12: a back-fill {@link #fromReport} chooses is read from the orders report, one report per store's
     * marketplace; afterwards the store counts as covered up to the report's end minus its lag (rule 4).
     */
    private void backfill(Store store, Instant from, Instant to, SellingPartnerClient client, Run run,
            Progress progress) {
        progress.report("Back-filling " + store.alias() + " from the orders report, " + from + " to " + to);
        String reportId = client.createReport(new ReportRequest(ReportRequest.ORDERS_BY_LAST_UPDATE,
                List.of(store.marketplace().id()), from, to, Map.of()));
        Report report = client.awaitReport(reportId, REPORT_EXPECTED);
        if (!"DONE".equals(report.processingStatus()) || report.reportDocumentId() == null) {
            if ("CANCELLED".equals(report.processingStatus())) {
                ledger.cover(store.sellerId(), store.alias(), to.minus(REPORT_LAG)); // Amazon: no data
                return;
            }
            throw new IllegalStateException("the orders report " + reportId + " ended " + report.processingStatus());
        }
        List<Order> orders = ReportLines.orders(store.marketplace(),
                client.parseOrdersReport(client.downloadReportDocument(report.reportDocumentId())));
        if (store.marketplace() == Marketplace.US && !orders.isEmpty()) {
            log.append(LogEvent.debug(LogCategory.TAX, "Orders report of a US marketplace: its tax is taken as "
                    + "marketplace facilitator tax (TAX-06).").withStore(store.alias()));
        }
        Map<String, Store> only = Map.of(store.marketplace().id(), store);
        run.lookUp(orders, only);
        run.reportKeysAhead(store, orders);
        orders.forEach(o -> run.handle(o, only));
        run.flush(); // before the store's window moves
        ledger.cover(store.sellerId(), store.alias(), to.minus(REPORT_LAG));
        log.append(LogEvent.info(LogCategory.ORDERS, "Back-filled " + orders.size() + " order(s) from the orders "
                + "report, " + from + " to " + to + ".").withStore(store.alias()));
    }

    /**
     * PROD-06: a consolidated day's order is handed to accounting once, when the host has closed it (completed);
     * looked for among the days of the last {@link #INVOICE_LOOKBACK}.
     */
    private void invoiceClosedDays(List<Store> stores) {
        for (Store store : stores) {
            if (!store.configuration().products().accountingInvoice()) {
                continue;
            }
            for (String number : ledger.consolidatedHostOrders(store.sellerId(), store.alias(),
                    clock.instant().minus(INVOICE_LOOKBACK))) {
                var order = host.salesOrders().findOrder(number);
                if (order.isPresent() && order.get().status() == SalesOrderStatus.COMPLETED
                        && host.accounting().findInvoice(number).isEmpty()) {
                    host.accounting().invoice(IdempotencyKey.of(store.sellerId(), order.get().externalReference(),
                            "invoice"), number);
                    log.append(LogEvent.info(LogCategory.ORDERS, "The closed day order " + order.get()
                            .externalReference() + " was handed to accounting as an invoice.").withStore(store.alias())
                            .withHostId(number));
                }
            }
        }
    }

    /** Where a store's next window starts: its covered time, never before the time it imports from (STORE-04). */
    private Instant coveredFrom(Store store) {
        Instant from = store.importFrom();
        return ledger.coveredUntil(store.sellerId(), store.alias()).filter(c -> c.isAfter(from)).orElse(from);
    }

    // ---- DATA-03 / DATA-04

    List<String> findMissing(Store store, Instant from, Instant to, SellingPartnerClient client) {
        boolean restricted = store.configuration().store().buyerDetails() == BuyerDetails.RESTRICTED;
        List<String> missing = new ArrayList<>();
        client.searchAllOrders(OrderSearch.created(from, to, List.of(store.marketplace().id()), restricted), page -> {
            for (Order o : page.orders()) {
                OrderSettings settings = store.configuration().orders(OrderPlanner.channel(o));
                boolean eligible = StatusRules.decide(o.fulfillmentStatus(), settings.importFromStatus())
                        == StatusRules.Decision.IMPORT;
                boolean imported = ledger.find(store.sellerId(), o.orderId())
                        .map(e -> e.state() == State.IMPORTED).orElse(false)
                        || host.salesOrders().findByExternalReference(o.orderId()).isPresent();
                if (eligible && !imported) {
                    missing.add(o.orderId());
                }
            }
        });
        log.append(LogEvent.info(LogCategory.ORDERS, "Find missing orders " + from + " to " + to + ": "
                + missing.size() + " order(s) not in the host.").withStore(store.alias()));
        return missing;
    }

    PollSummary importOrders(Store store, List<String> orderIds, SellingPartnerClient client, Progress progress) {
        Set<String> ids = new LinkedHashSet<>();
        orderIds.stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(ids::add);
        if (ids.size() > BATCH_LIMIT) {
            throw new ImportRefusedException("At most " + BATCH_LIMIT + " orders per attempt; " + ids.size()
                    + " were given.", Duration.ZERO);
        }
        Instant now = clock.instant();
        Optional<Instant> last = ledger.lastFullBatch(store.alias());
        if (last.isPresent() && now.isBefore(last.get().plus(BATCH_PAUSE))) {
            Duration left = Duration.between(now, last.get().plus(BATCH_PAUSE));
            throw new ImportRefusedException("The last batch of " + BATCH_LIMIT + " orders was imported less than "
                    + BATCH_PAUSE.toMinutes() + " minutes ago; try again in " + minutesAndSeconds(left) + ".", left);
        }
        if (ids.size() == BATCH_LIMIT) {
            ledger.fullBatchAt(store.alias(), now);
        }
        Run run = new Run(progress, true);
        Map<String, Store> only = Map.of(store.marketplace().id(), store);
        boolean restricted = store.configuration().store().buyerDetails() == BuyerDetails.RESTRICTED;
        for (String id : ids) {
            try {
                run.handle(client.getOrder(id, restricted), only);
            } catch (SpApiRejectedException e) {
                log.append(LogEvent.error(LogCategory.ORDERS, "Amazon refused order " + id + ": " + e.getMessage(),
                        FixAction.HOST_REJECTED).withStore(store.alias()).withAmazonId(id));
            } catch (SpApiMalformedResponseException e) {
                unreadable(store, id, e);
            }
        }
        run.flush();
        return run.summary();
    }

    private static String minutesAndSeconds(Duration d) {
        long s = (d.toMillis() + 999) / 1000;
        return s / 60 + " min " + s % 60 + " s";
    }

    /** One run's counters and the orders it handled already. */
    private final class Run {
        private final Progress progress;
        /** Orders an admin named (DATA-03/04): imported whenever they were placed, not only since importFrom. */
        private final boolean named;
        private final Set<String> handled = new HashSet<>();
        /**
         * Ledger entries not written yet, in order, and the latest entry of each: skipped orders and imported ones,
         * saved together when a page ends (one commit), always before the window moves. An imported order's host
         * writes all carry ORD-10 keys, so a crash before that commit only makes the next run repeat writes the host
         * answers from its keys: nothing is doubled, and one commit per page replaces one per order.
         */
        private final List<Ledger.Sighting> unsaved = new ArrayList<>();
        private final Map<String, LedgerEntry> unsavedEntries = new HashMap<>();
        /** Report keys learnt (ORD-10) of orders with nothing to cancel: ledger only, learnt again if lost. */
        private final List<Ledger.ReportKeys> unsavedKeys = new ArrayList<>();
        /**
         * Ledger entries read for a page in one go, each used once, for the order's first sighting only (later ones
         * read the ledger again, as this run may have changed it); orders with unmapped report keys (ORD-10).
         */
        private final Map<String, Optional<LedgerEntry>> lookedUp = new HashMap<>();
        private final Set<String> unmappedReportKeys = new HashSet<>();
        /** Orders whose report keys are in the ledger already (written ahead for a whole report). */
        private final Set<String> keysWritten = new HashSet<>();
        /** Host look-ups with one answer for the whole run. */
        private final RunLookups lookups = new RunLookups();
        private int seen, imported, skipped, deferred, failed, cancelled, ignored;

        Run(Progress progress, boolean named) {
            this.progress = progress;
            this.named = named;
        }

        PollSummary summary() {
            return new PollSummary(seen, imported, skipped, deferred, failed, cancelled, ignored);
        }

        void handle(Order order, Map<String, Store> byMarketplace) {
            progress.checkpoint();
            Store store = byMarketplace.get(order.marketplaceId());
            if (store == null) {
                ignored++;
                log.append(LogEvent.info(LogCategory.ORDERS, "Order of marketplace " + order.marketplaceId()
                        + " ignored: no store is installed for it (API-06).").withAmazonId(order.orderId()));
                return;
            }
            if (!named && order.createdTime() != null && order.createdTime().isBefore(store.importFrom())) {
                return; // placed before the store imports from (installation or "start from now")
            }
            seen++;
            if (!OrderPayloadCheck.validOrderId(order.orderId())) {
                // the ledger cannot hold it, and a failed page commit would stop the whole poll: it fails alone
                failed++;
                log.append(LogEvent.error(LogCategory.ORDERS, "An order was not imported: Amazon sent "
                        + OrderPayloadCheck.describeOrderId(order.orderId()) + ".", FixAction.AMAZON_DATA)
                        .withStore(store.alias()));
                return;
            }
            String key = key(store.sellerId(), order.orderId());
            boolean first = handled.add(key);
            LedgerEntry pending = unsavedEntries.get(key);
            Optional<LedgerEntry> read = lookedUp.remove(key);
            Optional<LedgerEntry> entry = pending != null ? Optional.of(pending)
                    : first && read != null ? read : ledger.find(store.sellerId(), order.orderId());
            if (entry.isPresent() && entry.get().state() == State.IMPORTED) {
                if (pending != null) {
                    flush(); // imported earlier in this run: its entry is written before a cancellation updates it
                }
                if (!first || read == null || unmappedReportKeys.contains(key)) {
                    Map<String, String> learnt = learnItemIds(store, order);
                    if (!learnt.isEmpty() && !Cancellations.mayCancel(order)) {
                        unsavedKeys.add(new Ledger.ReportKeys(store.sellerId(), order.orderId(), learnt));
                    } else {
                        ledger.mapReportKeys(store.sellerId(), order.orderId(), learnt); // CANCEL-02 reads them now
                    }
                }
                cancelled += cancellations.check(store, order, entry.get());
            } else {
                evaluate(store, order, entry);
            }
            progress.step(seen, -1);
        }

        /** ORD-03: skip, or import; what cannot import is failed or deferred, never lost (ORD-11). */
        private void evaluate(Store store, Order order, Optional<LedgerEntry> known) {
            FulfilmentChannel channel = OrderPlanner.channel(order);
            Instant now = clock.instant();
            LedgerEntry entry = known.orElse(new LedgerEntry(store.sellerId(), order.orderId(), store.alias(),
                    store.region().name(), channel, State.SKIPPED, order.fulfillmentStatus(), null, null, null, 0,
                    false, order.createdTime(), now)).seenAs(order.fulfillmentStatus());
            switch (StatusRules.decide(order.fulfillmentStatus(), store.configuration().orders(channel).importFromStatus())) {
                case NEVER -> {
                    hold(entry.with(State.SKIPPED, null, now), store, null);
                    skipped++;
                }
                case BELOW_IMPORT_FROM -> {
                    hold(entry.with(State.SKIPPED, null, now), store, reserve(order, channel));
                    skipped++;
                }
                case IMPORT -> importOne(store, order, entry, channel);
            }
        }

        /** Holds an entry for the page's commit ({@link #flush}). */
        private void hold(LedgerEntry entry, Store store, Map<String, BigDecimal> units) {
            unsaved.add(new Ledger.Sighting(entry, store.region().name(), units));
            unsavedEntries.put(key(entry.sellerId(), entry.orderId()), entry);
        }

        /** Writes the skipped orders held back; the poll calls it before it moves any window. */
        void lookUp(List<Order> orders, Map<String, Store> byMarketplace) {
            lookedUp.clear();
            unmappedReportKeys.clear();
            Map<String, List<String>> bySeller = new LinkedHashMap<>();
            for (Order o : orders) {
                Store store = byMarketplace.get(o.marketplaceId());
                if (store != null && !handled.contains(key(store.sellerId(), o.orderId()))) {
                    bySeller.computeIfAbsent(store.sellerId(), s -> new ArrayList<>()).add(o.orderId());
                }
            }
            bySeller.forEach((seller, ids) -> {
                Ledger.Known known = ledger.known(seller, ids);
                ids.forEach(id -> lookedUp.put(key(seller, id), Optional.ofNullable(known.entries().get(id))));
                known.unmappedReportKeys().forEach(id -> unmappedReportKeys.add(key(seller, id)));
            });
        }

        /**
         * ORD-10: the report keys of the orders this report may import, in one transaction before any of their host
         * writes (each order wrote its own before its host write: one commit each).
         */
        void reportKeysAhead(Store store, List<Order> orders) {
            Map<String, List<String>> keys = new LinkedHashMap<>();
            for (Order o : orders) {
                String key = key(store.sellerId(), o.orderId());
                Optional<LedgerEntry> known = lookedUp.get(key);
                boolean placedBefore = o.createdTime() != null && o.createdTime().isBefore(store.importFrom());
                if (placedBefore || known == null || handled.contains(key)
                        || known.map(e -> e.state() == State.IMPORTED).orElse(false)
                        || OrderPayloadCheck.problem(o, store.marketplace().defaultCurrency()).isPresent()) {
                    continue;
                }
                List<String> ids = o.items().stream().map(OrderItem::orderItemId).filter(ReportLines::isKey).toList();
                if (!ids.isEmpty()) {
                    keys.put(o.orderId(), ids);
                    keysWritten.add(key);
                }
            }
            ledger.reportKeys(store.sellerId(), keys);
        }

        void flush() {
            boolean imports = unsaved.stream().anyMatch(u -> u.entry().state() == State.IMPORTED);
            ledger.saveAll(List.copyOf(unsaved), List.copyOf(unsavedKeys));
            if (imports) {
                crash.reached(CrashPoints.AFTER_LEDGER_WRITE);
            }
            unsaved.clear();
            unsavedKeys.clear();
            unsavedEntries.clear();
        }

        private void importOne(Store store, Order order, LedgerEntry entry, FulfilmentChannel channel) {
            if (unsavedEntries.containsKey(key(store.sellerId(), order.orderId()))) {
                flush(); // its earlier sighting must not be written over its outcome now
            }
            Optional<String> wrong = OrderPayloadCheck.problem(order, store.marketplace().defaultCurrency());
            if (wrong.isPresent()) {
                // Amazon's data, not our bug: no stack trace; retried later in case Amazon corrects it
                fail(store, order, entry, channel, wrong.get(), FixAction.AMAZON_DATA);
                return;
            }
            TaxMode mode = store.configuration().tax().mode();
            Optional<TaxStrategy> strategy = strategies.apply(mode);
            Optional<ProductMappings> productMappings = mappings.get();
            if (strategy.isEmpty() || productMappings.isEmpty()) {
                defer(store, order, entry, channel, strategy.isEmpty() ? "no tax strategy for mode " + mode
                        + " is running" : "the product mappings service is not running");
                return;
            }
            try {
                List<String> keys = order.items().stream().map(OrderItem::orderItemId).filter(ReportLines::isKey)
                        .toList();
                if (!keys.isEmpty() && !keysWritten.contains(key(store.sellerId(), order.orderId()))) {
                    ledger.reportKeys(store.sellerId(), order.orderId(), keys); // before any host write (ORD-10)
                }
                OrderPlanner.Planned planned = planner.plan(store, order, strategy.get(), productMappings.get(),
                        lookups);
                HostOrderWriter.Written written = writer.write(planned.plan());
                // the reserve goes with the saved entry (Ledger.saveIn): until the page's commit the stock export
                // may still subtract it, which can only under-state stock for those seconds, never over-sell
                hold(entry.imported(written.orderNumber(), written.externalReference(), clock.instant()), store,
                        null);
                imported++;
                planned.notes().forEach(n -> log.append(LogEvent.debug(LogCategory.TAX, "Order " + order.orderId()
                        + ": " + n).withStore(store.alias()).withAmazonId(order.orderId())));
                written.notes().forEach(n -> log.append(LogEvent.info(LogCategory.ORDERS, "Order " + order.orderId()
                        + ": " + BuyerScrub.scrub(n, order)).withStore(store.alias()).withAmazonId(order.orderId())));
                log.append(LogEvent.info(LogCategory.ORDERS, "Imported order " + order.orderId() + " as host order "
                        + written.orderNumber() + ".").withStore(store.alias()).withAmazonId(order.orderId())
                        .withHostId(written.orderNumber()));
            } catch (UnknownSkuException e) {
                fail(store, order, entry, channel, "unknown SKU " + e.sellerSku() + " and creating products on "
                        + "import is off", FixAction.UNKNOWN_SKU);
            } catch (UnknownReferenceException e) {
                fail(store, order, entry, channel, e.getMessage(), fixFor(e.kind()));
            } catch (HostRuleViolationException e) {
                fail(store, order, entry, channel, "the host refused it (" + e.rule() + "): " + e.getMessage(),
                        e.rule() == HostRuleViolationException.Rule.STOCK_WOULD_GO_NEGATIVE
                                ? FixAction.INSUFFICIENT_STOCK : FixAction.HOST_REJECTED);
            } catch (HostUnavailableException e) {
                defer(store, order, entry, channel, "the host was unavailable: " + e.getMessage());
            } catch (SpApiException e) {
                defer(store, order, entry, channel, "Amazon could not be asked: " + e.getMessage());
            } catch (RuntimeException e) {
                // a bug must not block the window: the order fails alone and is retried (ORD-11)
                LOG.error("Order {} could not be imported", order.orderId(), e);
                fail(store, order, entry, channel, "an unexpected error (" + e.getClass().getSimpleName() + ")",
                        FixAction.REPORT_BUG);
            }
        }

        private void fail(Store store, Order order, LedgerEntry entry, FulfilmentChannel channel, String reason,
                FixAction fix) {
            String why = BuyerScrub.scrub(reason, order);
            // a retry that fails for the reason already logged says so at DEBUG: one ERROR per reason, not per poll
            boolean known = entry.state() == State.FAILED && why.equals(entry.lastError());
            ledger.save(entry.with(State.FAILED, why, clock.instant()), store.region().name(),
                    reserve(order, channel));
            failed++;
            String message = "Order " + order.orderId() + " was not imported: " + why + ". It is retried on later runs.";
            log.append((known ? LogEvent.debug(LogCategory.ORDERS, message + " (failed again, as before)")
                    : LogEvent.error(LogCategory.ORDERS, message, fix)).withStore(store.alias())
                    .withAmazonId(order.orderId()));
        }

        private void defer(Store store, Order order, LedgerEntry entry, FulfilmentChannel channel, String reason) {
            String why = BuyerScrub.scrub(reason, order);
            ledger.save(entry.with(State.DEFERRED, why, clock.instant()), store.region().name(),
                    reserve(order, channel));
            deferred++;
            log.append(LogEvent.debug(LogCategory.ORDERS, "Order " + order.orderId() + " deferred: " + why + ".")
                    .withStore(store.alias()).withAmazonId(order.orderId()));
        }

        /**
         * STK-08: an FBM order Amazon holds that the host has not allocated keeps its units reserved; null when
         * its reserve stays as it is.
         */
        private Map<String, BigDecimal> reserve(Order order, FulfilmentChannel channel) {
            if (channel != FulfilmentChannel.FBM || StatusRules.cancelled(order.fulfillmentStatus())) {
                return null;
            }
            Map<String, BigDecimal> units = new LinkedHashMap<>();
            for (OrderItem item : order.items()) {
                int open = item.quantityUnfulfilled() != null ? item.quantityUnfulfilled()
                        : item.quantityOrdered() - (item.quantityFulfilled() == null ? 0 : item.quantityFulfilled());
                if (OrderPayloadCheck.validSku(item.sellerSku()) && open > 0) { // a SKU the reserve table holds
                    units.merge(item.sellerSku(), BigDecimal.valueOf(open), BigDecimal::add);
                }
            }
            return units;
        }

        /** ORD-11 / ORD-13: failed and deferred orders not seen in this window, with a single-order call each. */
        void retryFromLedger(List<Store> stores, SellingPartnerClient client) {
            Store first = stores.get(0);
            List<LedgerEntry> due = new ArrayList<>(ledger.inState(first.sellerId(), first.region().name(),
                    State.FAILED, RETRIES_PER_POLL));
            due.addAll(ledger.inState(first.sellerId(), first.region().name(), State.DEFERRED, RETRIES_PER_POLL));
            Map<String, Store> byMarketplace = new LinkedHashMap<>();
            stores.forEach(s -> byMarketplace.putIfAbsent(s.marketplace().id(), s));
            for (LedgerEntry e : due) {
                Optional<Store> store = stores.stream().filter(s -> s.alias().equals(e.store())).findFirst();
                if (store.isEmpty() || handled.contains(key(e.sellerId(), e.orderId()))) {
                    continue;
                }
                boolean restricted = store.get().configuration().store().buyerDetails() == BuyerDetails.RESTRICTED;
                try {
                    handle(client.getOrder(e.orderId(), restricted), byMarketplace);
                } catch (SpApiRejectedException rejected) {
                    LOG.debug("Retry of order {} refused by Amazon: {}", e.orderId(), rejected.getMessage());
                } catch (SpApiMalformedResponseException malformed) {
                    unreadable(store.get(), e.orderId(), malformed); // the other retries and the poll go on
                }
            }
            flush();
        }
    }

    /**
     * ORD-10: the first Orders API sighting of an order imported from the report maps its report keys to item ids;
     * returns the report keys to map (key to item id), empty when none.
     */
    Map<String, String> learnItemIds(Store store, Order order) {
        if (order.items().stream().anyMatch(i -> ReportLines.isKey(i.orderItemId()))) {
            return Map.of();
        }
        Map<String, String> known = ledger.reportLines(store.sellerId(), order.orderId());
        if (known.isEmpty() || !known.containsValue(null)) {
            return Map.of();
        }
        Map<String, String> learnt = new LinkedHashMap<>();
        ReportLines.keysOf(order).forEach((key, itemId) -> {
            if (known.containsKey(key) && known.get(key) == null) {
                learnt.put(key, itemId);
            }
        });
        return learnt;
    }

    /**
     * A single-order reply Amazon sent broken (a field missing or of the wrong type): that order fails alone, as a
     * malformed reply does (ERROR, trace in the developer log); its ledger entry stays as it was, so it is tried again.
     */
    private void unreadable(Store store, String orderId, SpApiMalformedResponseException e) {
        LOG.error("Amazon's reply for order {} could not be read", orderId, e);
        log.append(LogEvent.error(LogCategory.ORDERS, "Amazon's reply for order " + orderId + " could not be read: "
                + e.getMessage() + ". It is tried again on later runs.", FixAction.REPORT_BUG).withStore(store.alias())
                .withAmazonId(orderId));
    }

    private static String key(String sellerId, String orderId) {
        return sellerId + '\n' + orderId;
    }

    private static FixAction fixFor(UnknownReferenceException.Kind kind) {
        return switch (kind) {
            case WAREHOUSE -> FixAction.UNKNOWN_WAREHOUSE;
            case CUSTOMER -> FixAction.UNKNOWN_CUSTOMER;
            case TAX_CODE -> FixAction.UNKNOWN_TAX_CODE;
            case PRODUCT -> FixAction.UNKNOWN_SKU;
            default -> FixAction.HOST_REJECTED;
        };
    }
}
