package org.ecomhub.spapi.simulator.internal;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The simulator's world: orders, listings, issued tokens and codes, pagination tokens, reports, feeds and
 * documents, call counters. Handlers hold {@link #lock} while they read or change it.
 */
final class SimState {
    final Object lock = new Object();
    final Map<String, SimOrder> orders = new TreeMap<>();
    /** Listings keyed by sellerId|marketplaceId|sku. */
    final Map<String, SimListing> listings = new TreeMap<>();
    /** Refresh token → seller id. */
    final Map<String, String> refreshTokens = new ConcurrentHashMap<>();
    final Map<String, AccessGrant> accessTokens = new ConcurrentHashMap<>();
    final Map<String, OAuthCode> codes = new ConcurrentHashMap<>();
    final Map<String, PageToken> pageTokens = new ConcurrentHashMap<>();
    final Map<String, Report> reports = new ConcurrentHashMap<>();
    final Map<String, FeedJob> feeds = new ConcurrentHashMap<>();
    final Map<String, Document> documents = new ConcurrentHashMap<>();
    /** Region → times of recent JSON_LISTINGS_FEED submissions (5 per 5 minutes). */
    final Map<String, Deque<Instant>> listingsFeedTimes = new ConcurrentHashMap<>();
    final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();
    /** Seller id → the marketplaces it sells in (the settings' seller and any registered through /_admin/sellers). */
    final Map<String, List<String>> sellerMarketplaces = new ConcurrentHashMap<>();
    /** Seller id → its recent first-page searchOrders calls on the last-updated axis that were answered (polls). */
    final Map<String, Deque<Search>> searches = new ConcurrentHashMap<>();
    final AtomicLong sequence = new AtomicLong(1000);

    /** A poll as the simulator saw it: when it was answered, its window's end and its marketplaces. */
    record Search(Instant at, Instant windowEnd, List<String> marketplaceIds) {
    }

    record AccessGrant(String sellerId, String clientId, Instant expires) {
    }

    record OAuthCode(String sellerId, String redirectUri, Instant issued, boolean[] used) {
    }

    /** A pagination token: the filters it was issued for, when, and the snapshot it walks. */
    record PageToken(String operation, String filters, Instant issued, List<String> ids, int offset) {
    }

    /** A report request and, once processed, its document. */
    static final class Report {
        String reportId;
        String reportType;
        String sellerId;
        List<String> marketplaceIds;
        Instant dataStart;
        Instant dataEnd;
        Instant created;
        Instant doneAt;
        String status = "IN_QUEUE";
        Instant processingStart;
        Instant processingEnd;
        String documentId;
    }

    /** A feed and, once processed, its result document. */
    static final class FeedJob {
        String feedId;
        String feedType;
        String sellerId;
        List<String> marketplaceIds;
        String inputDocumentId;
        Instant created;
        Instant doneAt;
        String status = "IN_QUEUE";
        Instant processingStart;
        Instant processingEnd;
        String resultDocumentId;
    }

    /** A feed input, report or result document behind a presigned URL. */
    static final class Document {
        String id;
        String contentType;
        byte[] content;
        boolean gzip;
        boolean upload;
        Instant urlExpires;
    }

    String nextId(String prefix) {
        return prefix + sequence.incrementAndGet();
    }

    void count(String operation) {
        counters.computeIfAbsent(operation, k -> new AtomicLong()).incrementAndGet();
    }

    static String listingKey(String sellerId, String marketplaceId, String sku) {
        return sellerId + '|' + marketplaceId + '|' + sku;
    }

    List<SimListing> listingsOf(String sellerId, String marketplaceId) {
        List<SimListing> out = new ArrayList<>();
        for (SimListing l : listings.values()) {
            if (l.sellerId.equals(sellerId) && l.marketplaceId.equals(marketplaceId)) {
                out.add(l);
            }
        }
        return out;
    }

    /** Keeps the last 50 polls of a seller. */
    void recordSearch(String sellerId, Search search) {
        Deque<Search> d = searches.computeIfAbsent(sellerId, k -> new ArrayDeque<>());
        synchronized (d) {
            d.addLast(search);
            while (d.size() > 50) {
                d.removeFirst();
            }
        }
    }

    Deque<Instant> feedTimes(String region) {
        return listingsFeedTimes.computeIfAbsent(region, k -> new ArrayDeque<>());
    }
}
