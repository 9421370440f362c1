package org.ecomhub.orders.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.ecomhub.amazon.api.spapi.ConnectionSettings;
import org.ecomhub.amazon.api.spapi.SellingPartnerClient;
import org.ecomhub.amazon.api.spapi.SellingPartnerClients;
import org.ecomhub.amazon.api.spapi.SpApiException;
import org.ecomhub.amazon.api.spapi.model.OrderPage;
import org.ecomhub.amazon.api.spapi.model.OrderSearch;
import org.ecomhub.amazon.api.store.EnableEstimator;
import org.ecomhub.amazon.api.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * STORE-04: how many orders a store turned ON would import: the orders created in its marketplace since it stopped,
 * counted from searchOrders pages (at most {@value #MAX_PAGES} pages; beyond that, the pages read so far say
 * "at least"). Empty when Amazon cannot be asked now.
 */
@Component(service = EnableEstimator.class)
public class OrderEstimator implements EnableEstimator {

    static final int MAX_PAGES = 10;

    private final SellingPartnerClients clients;
    private final Clock clock;

    @Activate
    public OrderEstimator(@Reference(name = "clients") SellingPartnerClients clients,
            @Reference(name = "clock", policyOption = ReferencePolicyOption.GREEDY) Clock clock) {
        this.clients = clients;
        this.clock = clock;
    }

    @Override
    public OptionalLong estimateOrders(Store store, Instant from, ConnectionSettings connection) {
        SellingPartnerClient client = clients.client(store.sellerId(), store.region(), connection)
                .forAccount(store.alias());
        return count(client, store, from, clock.instant().minus(OrderPipeline.SETTLE));
    }

    static OptionalLong count(SellingPartnerClient client, Store store, Instant from, Instant to) {
        if (!from.isBefore(to)) {
            return OptionalLong.of(0);
        }
        OrderSearch search = OrderSearch.created(from, to, List.of(store.marketplace().id()), false);
        AtomicLong orders = new AtomicLong();
        try {
            String token = null;
            for (int page = 0; page < MAX_PAGES; page++) {
                OrderPage p = client.searchOrders(search, token);
                orders.addAndGet(p.orders().size());
                token = p.nextToken();
                if (token == null) {
                    break;
                }
            }
            return OptionalLong.of(orders.get());
        } catch (SpApiException e) {
            return OptionalLong.empty();
        }
    }
}
