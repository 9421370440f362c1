package org.ecomhub.amazon.api.spapi.model;

import java.util.List;

/** Reply of patchListingsItem: {@code status} ACCEPTED (queued, not yet applied), INVALID or VALID (preview). */
public record ListingsSubmission(String sku, String status, String submissionId, List<ListingsIssue> issues) {
    public ListingsSubmission {
        issues = issues == null ? List.of() : List.copyOf(issues);
    }

    public boolean accepted() {
        return "ACCEPTED".equals(status) || "VALID".equals(status);
    }
}
