package org.ecomhub.orders.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ecomhub.amazon.api.log.ConnectionLog;
import org.ecomhub.amazon.api.log.FixAction;
import org.ecomhub.amazon.api.log.LogCategory;
import org.ecomhub.amazon.api.log.LogEvent;
import org.ecomhub.amazon.api.settings.FulfilmentChannel;
import org.ecomhub.amazon.api.spapi.SellingPartnerClient;
import org.ecomhub.amazon.api.spapi.SpApiRejectedException;
import org.ecomhub.amazon.api.spapi.model.ShipmentConfirmation;
import org.ecomhub.amazon.api.store.Store;
import org.ecomhub.host.api.DispatchEvent;

/**
 * SHIP-01: the host's dispatches of imported FBM orders are confirmed to Amazon, once. Reads the host's dispatch
 * stream from the poll group's cursor; each line's reference names its Amazon order and item, so lines of a
 * consolidated order are confirmed per Amazon order. Each shipment is queued in the ledger before the cursor moves,
 * and the queue is worked on every run for the stores that are ON, so a store OFF or Amazon failing loses nothing.
 * A confirmation is marked PENDING before the call and DONE after; a PENDING one is tried again, and Amazon refusing
 * it then (already confirmed) counts as done.
 */
final class Shipments {

    static final int PAGE = 200;

    /** Amazon carrier codes for the carrier names hosts commonly use; any other goes as "Other" with its name. */
    private static final Map<String, String> CARRIERS = carriers("UPS", "USPS", "FedEx", "DHL", "Royal Mail",
            "Parcelforce", "DPD", "Hermes", "Evri", "Yodel", "GLS", "Amazon Shipping", "Canada Post", "Deutsche Post",
            "Japan Post", "Yamato Transport", "Sagawa Express", "Australia Post", "Colissimo", "Chronopost", "TNT",
            "Correos", "Poste Italiane", "PostNL", "OnTrac");

    private final Clock clock;
    private final Ledger ledger;
    private final HostServices host;
    private final ConnectionLog log;

    Shipments(Clock clock, Ledger ledger, HostServices host, ConnectionLog log) {
        this.clock = clock;
        this.ledger = ledger;
        this.host = host;
        this.log = log;
    }

    /** @return how many Amazon orders were confirmed */
    int confirm(List<Store> stores, SellingPartnerClient client) {
        Store any = stores.get(0);
        String seller = any.sellerId();
        String region = any.region().name();
        queueDispatches(seller, region);
        int confirmed = 0;
        for (QueuedShipment q : ledger.queuedShipments(seller, region)) {
            Optional<Store> store = stores.stream().filter(s -> s.alias().equals(q.store())).findFirst();
            if (store.isPresent()) { // a store OFF keeps its shipments queued until it is ON again
                confirmed += confirm(store.get(), client, q);
            }
        }
        return confirmed;
    }

    /**
     * Reads the host's dispatches after the group's cursor and queues every shipment of an imported FBM order of this
     * group, whatever its store's state, before the cursor moves past the dispatch.
     */
    private void queueDispatches(String seller, String region) {
        long cursor = ledger.dispatchCursor(seller, region);
        for (List<DispatchEvent> page = host.events().dispatchesSince(cursor, PAGE); !page.isEmpty();
                page = host.events().dispatchesSince(cursor, PAGE)) {
            for (DispatchEvent d : page) {
                ledger.queueShipments(seller, region, shipmentsOf(seller, region, d), d.sequence());
                cursor = d.sequence();
            }
        }
    }

    private List<QueuedShipment> shipmentsOf(String seller, String region, DispatchEvent d) {
        Map<String, Map<String, Integer>> byOrder = new LinkedHashMap<>();
        for (DispatchEvent.Line line : d.lines()) {
            int slash = line.lineExternalReference().indexOf('/');
            if (slash > 0) { // <order id>/<item id or report key>: a line we imported
                byOrder.computeIfAbsent(line.lineExternalReference().substring(0, slash), k -> new LinkedHashMap<>())
                        .merge(line.lineExternalReference().substring(slash + 1), line.quantity().intValueExact(),
                                Integer::sum);
            }
        }
        List<QueuedShipment> out = new ArrayList<>();
        byOrder.forEach((orderId, lines) -> {
            Optional<LedgerEntry> entry = ledger.find(seller, orderId);
            if (entry.isEmpty() || !region.equals(entry.get().region())
                    || entry.get().channel() != FulfilmentChannel.FBM
                    || entry.get().state() != LedgerEntry.State.IMPORTED) {
                return; // not ours, another group's, or FBA: Amazon ships those itself
            }
            if (ledger.shipment(seller, d.dispatchId(), orderId).filter("DONE"::equals).isEmpty()) {
                out.add(new QueuedShipment(d.dispatchId(), orderId, entry.get().store(), d.orderNumber(), d.carrier(),
                        d.trackingNumber(), d.shipDate(), d.recordedAt(), d.sequence(), lines));
            }
        });
        return out;
    }

    /**
     * Confirms one queued shipment. PENDING is marked before the call: a shipment found PENDING was perhaps sent
     * already, so Amazon refusing it then counts as done without an error. Any other failure leaves it queued.
     */
    private int confirm(Store store, SellingPartnerClient client, QueuedShipment q) {
        String seller = store.sellerId();
        Optional<String> state = ledger.shipment(seller, q.dispatchId(), q.orderId());
        if (state.filter("DONE"::equals).isPresent()) {
            ledger.shipmentConfirmed(seller, q.dispatchId(), q.orderId(), clock.instant());
            return 0;
        }
        List<ShipmentConfirmation.Line> lines = new ArrayList<>();
        q.lines().forEach((itemOrKey, qty) -> {
            String item = itemId(seller, q.orderId(), itemOrKey, client);
            if (item != null) {
                lines.add(new ShipmentConfirmation.Line(item, qty));
            }
        });
        if (lines.isEmpty()) {
            ledger.shipmentConfirmed(seller, q.dispatchId(), q.orderId(), clock.instant());
            return 0;
        }
        boolean retry = state.isPresent();
        ledger.shipment(seller, q.dispatchId(), q.orderId(), "PENDING", clock.instant());
        int confirmed = 0;
        try {
            client.confirmShipment(q.orderId(), confirmation(store, q, lines));
            confirmed = 1;
            log.append(LogEvent.info(LogCategory.SHIPMENTS, "Shipment of order " + q.orderId() + " confirmed to "
                    + "Amazon (" + q.carrier() + ", " + q.trackingNumber() + ").").withStore(store.alias())
                    .withAmazonId(q.orderId()).withHostId(q.hostOrder()));
        } catch (SpApiRejectedException rejected) {
            if (!retry) {
                log.append(LogEvent.error(LogCategory.SHIPMENTS, "Amazon refused the shipment confirmation of order "
                        + q.orderId() + ": " + rejected.getMessage(), FixAction.HOST_REJECTED)
                        .withStore(store.alias()).withAmazonId(q.orderId()));
            }
        }
        ledger.shipmentConfirmed(seller, q.dispatchId(), q.orderId(), clock.instant());
        return confirmed;
    }

    /** A line imported from the report names its item by report key: getOrder first when the id is not known yet. */
    private String itemId(String seller, String orderId, String itemOrKey, SellingPartnerClient client) {
        if (!ReportLines.isKey(itemOrKey)) {
            return itemOrKey;
        }
        String known = ledger.reportLines(seller, orderId).get(itemOrKey);
        if (known == null && ledger.find(seller, orderId).isPresent()) {
            ReportLines.keysOf(client.getOrder(orderId, false)).forEach((key, id) ->
                    ledger.mapReportKey(seller, orderId, key, id));
            known = ledger.reportLines(seller, orderId).get(itemOrKey);
        }
        return known;
    }

    private ShipmentConfirmation confirmation(Store store, QueuedShipment d, List<ShipmentConfirmation.Line> lines) {
        String code = CARRIERS.get(d.carrier().strip().toLowerCase(Locale.ROOT));
        Instant shipDate = d.shipDate().atStartOfDay(store.marketplace().zone()).toInstant();
        Instant now = clock.instant();
        if (shipDate.isAfter(now)) {
            shipDate = now;
        }
        if (d.recordedAt().isBefore(now) && shipDate.isBefore(d.recordedAt())
                && d.recordedAt().atZone(store.marketplace().zone()).toLocalDate().equals(d.shipDate())) {
            shipDate = d.recordedAt(); // the same day, and surely after the purchase
        }
        return new ShipmentConfirmation(store.marketplace().id(), d.dispatchId(), code == null ? "Other" : code,
                code == null ? d.carrier() : null, null, d.trackingNumber() == null ? "" : d.trackingNumber(),
                shipDate, lines);
    }

    private static Map<String, String> carriers(String... codes) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String c : codes) {
            m.put(c.toLowerCase(Locale.ROOT), c);
        }
        return m;
    }
}
