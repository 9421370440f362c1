package org.ecomhub.amazon.api.spapi.model;

import java.util.List;

/** An issue of a listing or a listings submission: severity ERROR, WARNING or INFO. */
public record ListingsIssue(String code, String message, String severity, List<String> attributeNames) {
    public ListingsIssue {
        attributeNames = attributeNames == null ? List.of() : List.copyOf(attributeNames);
    }
}
