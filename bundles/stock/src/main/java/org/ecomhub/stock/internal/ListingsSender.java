package org.ecomhub.stock.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecomhub.amazon.api.spapi.SellingPartnerClient;
import org.ecomhub.amazon.api.spapi.SpApiRejectedException;
import org.ecomhub.amazon.api.spapi.model.FeedResult;
import org.ecomhub.amazon.api.spapi.model.FeedSubmission;
import org.ecomhub.amazon.api.spapi.model.ListingsFeedMessage;
import org.ecomhub.amazon.api.spapi.model.ListingsIssue;
import org.ecomhub.amazon.api.spapi.model.ListingsPatch;
import org.ecomhub.amazon.api.spapi.model.ListingsSubmission;
import org.ecomhub.amazon.api.store.Progress;

/**
 * Sends quantities as Amazon wants them (FACTS §8, §15): a handful as single listings patches, more as
 * JSON_LISTINGS_FEED {@code PATCH} messages, at most 25,000 per feed; each a {@code merge} of the merchant
 * {@code fulfillment_availability} member carrying the quantity only, with productType {@code PRODUCT}.
 */
final class ListingsSender {

    /** Up to this many SKUs a feed (three calls and a wait) costs more than single patches. */
    static final int SINGLE_PATCH_LIMIT = 5;
    static final int MAX_FEED_MESSAGES = 25_000;
    /** How long Amazon usually takes to process a listings feed; polling starts then (API-05). */
    static final Duration EXPECTED_FEED_TIME = Duration.ofMinutes(3);

    private final int singlePatchLimit;
    private final int maxFeedMessages;

    ListingsSender() {
        this(SINGLE_PATCH_LIMIT, MAX_FEED_MESSAGES);
    }

    ListingsSender(int singlePatchLimit, int maxFeedMessages) {
        this.singlePatchLimit = singlePatchLimit;
        this.maxFeedMessages = maxFeedMessages;
    }

    SendOutcome send(List<QuantityUpdate> updates, List<String> marketplaceIds, SellingPartnerClient client,
            Progress progress) {
        if (updates.isEmpty()) {
            return new SendOutcome(Map.of(), Map.of(), List.of());
        }
        return updates.size() <= singlePatchLimit ? patchEach(updates, client, progress)
                : feeds(updates, marketplaceIds, client, progress);
    }

    private SendOutcome patchEach(List<QuantityUpdate> updates, SellingPartnerClient client, Progress progress) {
        Map<String, Long> accepted = new LinkedHashMap<>();
        Map<String, String> rejected = new LinkedHashMap<>();
        for (QuantityUpdate u : updates) {
            progress.checkpoint();
            try {
                ListingsSubmission s = client.patchListingsItem(u.sku(), u.marketplaceId(), "PRODUCT",
                        List.of(ListingsPatch.merchantStock(toInt(u.quantity()), null)));
                if (s.accepted()) {
                    accepted.put(u.sku(), u.quantity());
                } else {
                    rejected.put(u.sku(), s.issues().stream().map(ListingsIssue::message)
                            .reduce((a, b) -> a + "; " + b).orElse(s.status()));
                }
            } catch (SpApiRejectedException e) {
                rejected.put(u.sku(), e.getMessage());
            }
        }
        return new SendOutcome(accepted, rejected, List.of());
    }

    private SendOutcome feeds(List<QuantityUpdate> updates, List<String> marketplaceIds, SellingPartnerClient client,
            Progress progress) {
        List<List<QuantityUpdate>> chunks = new ArrayList<>();
        for (int i = 0; i < updates.size(); i += maxFeedMessages) {
            chunks.add(updates.subList(i, Math.min(updates.size(), i + maxFeedMessages)));
        }
        // submit every feed first: Amazon processes them side by side
        List<FeedSubmission> submissions = new ArrayList<>();
        for (List<QuantityUpdate> chunk : chunks) {
            progress.checkpoint();
            List<ListingsFeedMessage> messages = chunk.stream()
                    .map(u -> ListingsFeedMessage.merchantStock(u.sku(), toInt(u.quantity()), null)).toList();
            submissions.add(client.submitListingsFeed(marketplaceIds, messages));
            progress.report("Feed " + submissions.get(submissions.size() - 1).feedId() + " submitted with "
                    + messages.size() + " SKUs");
        }
        Map<String, Long> accepted = new LinkedHashMap<>();
        Map<String, String> rejected = new LinkedHashMap<>();
        List<String> feedIds = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            progress.checkpoint();
            FeedSubmission submission = submissions.get(i);
            feedIds.add(submission.feedId());
            read(client.awaitFeed(submission.feedId(), EXPECTED_FEED_TIME), chunks.get(i), accepted, rejected);
        }
        return new SendOutcome(accepted, rejected, feedIds);
    }

    /** The processing report: messages with an ERROR are rejected, every other message was accepted. */
    private static void read(FeedResult result, List<QuantityUpdate> chunk, Map<String, Long> accepted,
            Map<String, String> rejected) {
        if (result.report() == null || !"DONE".equals(result.feed().processingStatus())) {
            String why = "feed " + result.feed().feedId() + " ended " + result.feed().processingStatus()
                    + " without a processing report";
            chunk.forEach(u -> rejected.put(u.sku(), why));
            return;
        }
        Map<String, String> errors = new HashMap<>();
        for (FeedResult.Issue issue : result.report().issues()) {
            if (!"ERROR".equals(issue.severity())) {
                continue;
            }
            String sku = issue.sku();
            if (sku == null && issue.messageId() != null && issue.messageId() >= 1
                    && issue.messageId() <= chunk.size()) {
                sku = chunk.get(issue.messageId() - 1).sku(); // messages are numbered from 1 in list order
            }
            if (sku == null) {
                // an error about the whole feed: nothing in it was applied
                String why = issue.code() + " " + issue.message();
                chunk.forEach(u -> rejected.put(u.sku(), why));
                return;
            }
            errors.merge(sku, issue.code() + " " + issue.message(), (a, b) -> a + "; " + b);
        }
        for (QuantityUpdate u : chunk) {
            String error = errors.get(u.sku());
            if (error == null) {
                accepted.put(u.sku(), u.quantity());
            } else {
                rejected.put(u.sku(), error);
            }
        }
    }

    private static int toInt(long quantity) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0, quantity));
    }
}
