package org.ecomhub.orders.internal;

import java.time.Clock;
import java.time.Instant;
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
 * consolidated order are confirmed per Amazon order. A confirmation is marked PENDING before the call and DONE after;
 * a PENDING one is tried again, and Amazon refusing it then (already confirmed) counts as done.
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
        int confirmed = 0;
        long cursor = ledger.dispatchCursor(seller, region);
        for (List<DispatchEvent> page = host.events().dispatchesSince(cursor, PAGE); !page.isEmpty();
                page = host.events().dispatchesSince(cursor, PAGE)) {
            for (DispatchEvent d : page) {
                confirmed += confirm(stores, client, d);
                cursor = d.sequence();
                ledger.moveDispatchCursor(seller, region, cursor);
            }
        }
        return confirmed;
    }

    private int confirm(List<Store> stores, SellingPartnerClient client, DispatchEvent d) {
        Map<String, List<ShipmentConfirmation.Line>> byOrder = new LinkedHashMap<>();
        for (DispatchEvent.Line line : d.lines()) {
            int slash = line.lineExternalReference().indexOf('/');
            if (slash > 0) { // <order id>/<item id or report key>: a line we imported
                String orderId = line.lineExternalReference().substring(0, slash);
                String item = itemId(stores.get(0).sellerId(), orderId,
                        line.lineExternalReference().substring(slash + 1), client);
                if (item != null) {
                    byOrder.computeIfAbsent(orderId, k -> new java.util.ArrayList<>())
                            .add(new ShipmentConfirmation.Line(item, line.quantity().intValueExact()));
                }
            }
        }
        int confirmed = 0;
        for (Map.Entry<String, List<ShipmentConfirmation.Line>> e : byOrder.entrySet()) {
            String seller = stores.get(0).sellerId();
            Optional<LedgerEntry> entry = ledger.find(seller, e.getKey());
            Optional<Store> store = entry.flatMap(en -> stores.stream().filter(s -> s.alias().equals(en.store()))
                    .findFirst());
            if (entry.isEmpty() || store.isEmpty() || entry.get().channel() != FulfilmentChannel.FBM
                    || entry.get().state() != LedgerEntry.State.IMPORTED) {
                continue; // not ours, not this group's, or FBA: Amazon ships those itself
            }
            Optional<String> state = ledger.shipment(seller, d.dispatchId(), e.getKey());
            if (state.isPresent() && state.get().equals("DONE")) {
                continue;
            }
            boolean retry = state.isPresent();
            ledger.shipment(seller, d.dispatchId(), e.getKey(), "PENDING", clock.instant());
            try {
                client.confirmShipment(e.getKey(), confirmation(store.get(), d, e.getValue()));
                confirmed++;
                log.append(LogEvent.info(LogCategory.SHIPMENTS, "Shipment of order " + e.getKey() + " confirmed to "
                        + "Amazon (" + d.carrier() + ", " + d.trackingNumber() + ").").withStore(store.get().alias())
                        .withAmazonId(e.getKey()).withHostId(d.orderNumber()));
            } catch (SpApiRejectedException rejected) {
                if (!retry) {
                    log.append(LogEvent.error(LogCategory.SHIPMENTS, "Amazon refused the shipment confirmation of order "
                            + e.getKey() + ": " + rejected.getMessage(), FixAction.HOST_REJECTED)
                            .withStore(store.get().alias()).withAmazonId(e.getKey()));
                }
            }
            ledger.shipment(seller, d.dispatchId(), e.getKey(), "DONE", clock.instant());
        }
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

    private ShipmentConfirmation confirmation(Store store, DispatchEvent d, List<ShipmentConfirmation.Line> lines) {
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
