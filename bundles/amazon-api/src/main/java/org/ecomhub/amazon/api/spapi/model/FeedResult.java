package org.ecomhub.amazon.api.spapi.model;

import java.util.List;

/**
 * A finished feed with its processing report (null when the feed has no result document, e.g. CANCELLED).
 */
public record FeedResult(Feed feed, ProcessingReport report) {

    /** The listings feed processing report (schema listings-feed-processing-report-schema-v2). */
    public record ProcessingReport(int messagesProcessed, int messagesAccepted, int messagesInvalid, int errors,
            int warnings, List<Issue> issues) {
        public ProcessingReport {
            issues = issues == null ? List.of() : List.copyOf(issues);
        }
    }

    /** One issue of a message: severity ERROR, WARNING or INFO. */
    public record Issue(Integer messageId, String sku, String code, String severity, String message,
            String attributeName) {
    }
}
