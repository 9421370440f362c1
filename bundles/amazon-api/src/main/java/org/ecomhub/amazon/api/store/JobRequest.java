package org.ecomhub.amazon.api.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ecomhub.amazon.api.spapi.ConnectionSettings;

/**
 * Everything an engine needs to prepare one run.
 *
 * @param kind       what to do
 * @param target     a store or a poll group
 * @param stores     the stores the run covers, ON and with valid settings: the target store, or every enabled store
 *                   of the poll group; each with the settings snapshot of the moment the run was planned
 * @param arguments  manual arguments (e.g. {@code orders} = comma-separated order ids); empty for scheduled runs
 * @param connection the seller's connection settings for {@code SellingPartnerClients.client(...)}
 */
public record JobRequest(JobKind kind, JobTarget target, List<Store> stores, Map<String, String> arguments,
        ConnectionSettings connection) {

    public JobRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        stores = List.copyOf(stores);
        arguments = Map.copyOf(arguments);
        Objects.requireNonNull(connection, "connection");
    }
}
