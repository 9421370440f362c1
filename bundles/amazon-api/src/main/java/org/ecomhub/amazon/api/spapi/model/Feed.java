package org.ecomhub.amazon.api.spapi.model;

import java.time.Instant;

/** getFeed: {@code processingStatus} IN_QUEUE, IN_PROGRESS, DONE, CANCELLED or FATAL. */
public record Feed(String feedId, String feedType, String processingStatus, Instant createdTime,
        Instant processingStartTime, Instant processingEndTime, String resultFeedDocumentId) {

    public boolean finished() {
        return "DONE".equals(processingStatus) || "CANCELLED".equals(processingStatus)
                || "FATAL".equals(processingStatus);
    }
}
