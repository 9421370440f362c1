package org.ecomhub.webconsole.internal;

import java.time.Clock;
import java.util.Objects;

import org.ecomhub.amazon.api.log.ConnectionLog;
import org.ecomhub.amazon.api.products.ProductMappings;
import org.ecomhub.amazon.api.store.StoreAdmin;
import org.ecomhub.amazon.api.store.StoreAuthorisation;
import org.ecomhub.amazon.api.store.StoreJobs;

/**
 * The services the page calls: the same the shell calls. The log, the product list and the host's reference data
 * may be missing.
 */
record Services(StoreAdmin admin, StoreAuthorisation authorisation, StoreJobs jobs, ConnectionLog log,
        ProductMappings products, Clock clock, HostChoices host) {

    Services {
        Objects.requireNonNull(admin, "admin");
        Objects.requireNonNull(authorisation, "authorisation");
        Objects.requireNonNull(jobs, "jobs");
        Objects.requireNonNull(clock, "clock");
        host = host == null ? HostChoices.NONE : host;
    }
}
