package org.ecomhub.amazon.api.spapi.model;

import java.time.Instant;

/**
 * getReport: {@code processingStatus} IN_QUEUE, IN_PROGRESS, DONE, CANCELLED (also "no data") or FATAL.
 */
public record Report(String reportId, String reportType, String processingStatus, Instant createdTime,
        Instant processingStartTime, Instant processingEndTime, Instant dataStartTime, Instant dataEndTime,
        String reportDocumentId) {

    /** DONE, CANCELLED or FATAL: polling stops. */
    public boolean finished() {
        return "DONE".equals(processingStatus) || "CANCELLED".equals(processingStatus)
                || "FATAL".equals(processingStatus);
    }
}
