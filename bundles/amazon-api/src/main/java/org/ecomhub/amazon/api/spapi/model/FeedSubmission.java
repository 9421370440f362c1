package org.ecomhub.amazon.api.spapi.model;

import java.time.Instant;

/** A JSON_LISTINGS_FEED accepted by createFeed: its id, document and number of messages. */
public record FeedSubmission(String feedId, String feedDocumentId, int messages, Instant submittedAt) {
}
