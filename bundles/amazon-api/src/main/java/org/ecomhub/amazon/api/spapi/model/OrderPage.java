package org.ecomhub.amazon.api.spapi.model;

import java.util.List;

/** One page of searchOrders; {@code nextToken} is null on the last page. */
public record OrderPage(List<Order> orders, String nextToken) {
    public OrderPage {
        orders = List.copyOf(orders);
    }
}
