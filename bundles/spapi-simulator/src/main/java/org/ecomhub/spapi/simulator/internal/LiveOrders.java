package org.ecomhub.spapi.simulator.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A live order stream for the demo and the fault campaign: new PENDING orders arrive at a steady rate of simulated
 * time, and move on by themselves — after {@link #PENDING_FOR} an FBM order becomes UNSHIPPED (it ships when the
 * seller confirms it) and an FBA order SHIPPED. Off unless {@link #start} is called. Changes are applied when an
 * SP-API request arrives, stamped with the time they were due: no request could have seen the world in between,
 * so a poller's windows never miss one.
 */
final class LiveOrders {
    static final Duration PENDING_FOR = Duration.ofMinutes(30);
    private final SpApiSimulator sim;
    private double perHour;
    private Instant since;
    private long made;

    LiveOrders(SpApiSimulator sim) {
        this.sim = sim;
    }

    synchronized void start(double ordersPerHour) {
        this.perHour = ordersPerHour;
        this.since = sim.clock.instant();
        this.made = 0;
    }

    /** Brings the world up to now: due orders created, due transitions made. */
    void advance() {
        Instant now = sim.clock.instant().truncatedTo(ChronoUnit.SECONDS);
        synchronized (this) {
            if (since == null) {
                return; // never started: no live order exists
            }
            // a stopped stream (rate 0) makes no new orders, but the ones it made still move on
            long due = perHour <= 0 ? 0
                    : (long) Math.floor(Duration.between(since, now).toMillis() / 3_600_000.0 * perHour) - made;
            synchronized (sim.state.lock) {
                if (due > 0) {
                    create(due);
                }
                for (SimOrder o : sim.state.orders.values()) {
                    Instant dueAt = o.live ? o.createdTime.plus(PENDING_FOR) : null;
                    if (o.live && "PENDING".equals(o.status) && !now.isBefore(dueAt)) {
                        o.status = o.isFbm() ? "UNSHIPPED" : "SHIPPED";
                        if (!o.isFbm()) {
                            o.items.forEach(i -> i.quantityShipped = i.quantity);
                        }
                        o.lastUpdatedTime = dueAt;
                    }
                }
            }
        }
    }

    /**
     * Makes {@code count} orders. With one seller they come in one batch over its listings; with more sellers
     * (registered through /_admin/sellers) they take turns, each order over its seller's listings and so in the
     * marketplaces that seller sells in.
     */
    private void create(long count) {
        List<String> sellers = new ArrayList<>(new java.util.TreeSet<>(sim.state.sellerMarketplaces.keySet()));
        if (sellers.size() <= 1) {
            String seller = sim.settings.sellerId();
            long first = 1_000_000L + sim.state.orders.size();
            List<SimOrder> batch = DataGenerator.orders(sim.settings.seed() + first, seller, listingsOf(seller),
                    (int) count, since, Duration.ZERO, first);
            if (batch.isEmpty()) {
                made += count; // no listings: nothing to order, the stream goes on
            }
            add(batch);
            return;
        }
        for (long k = 0; k < count; k++) {
            String seller = sellers.get((int) (made % sellers.size())); // made counts the orders so far
            long first = 1_000_000L + sim.state.orders.size();
            List<SimOrder> one = DataGenerator.orders(sim.settings.seed() + first, seller, listingsOf(seller), 1,
                    since, Duration.ZERO, first);
            if (one.isEmpty()) {
                made++; // a seller without listings: its turn passes, the rate stays the same
                continue;
            }
            add(one);
        }
    }

    private List<SimListing> listingsOf(String sellerId) {
        List<SimListing> listings = new ArrayList<>();
        for (SimListing l : sim.state.listings.values()) {
            if (l.sellerId.equals(sellerId)) {
                listings.add(l);
            }
        }
        return listings;
    }

    private void add(List<SimOrder> orders) {
        for (SimOrder o : orders) {
            made++;
            Instant arrival = since.plusMillis((long) (made * 3_600_000.0 / perHour)).truncatedTo(ChronoUnit.SECONDS);
            o.placeNew("PENDING", arrival);
            o.live = true;
            sim.state.orders.put(o.orderId, o);
        }
    }
}
