package org.ecomhub.amazon.api.spapi.model;

import java.util.List;

/** A page of searchListingsItems; {@code nextToken} null on the last page. */
public record ListingsPage(int numberOfResults, List<ListingsItem> items, String nextToken) {
    public ListingsPage {
        items = List.copyOf(items);
    }
}
