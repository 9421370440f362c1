package org.ecomhub.amazon.api.settings;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything outside one store's own configurations that its settings are judged against.
 *
 * @param integration         the integration settings in force (store limit)
 * @param installed           the facts of every installed store, the candidate's own included once installed
 * @param stockInForce        the stock settings in force of the installed stores, by alias (STK-07)
 * @param host                the host's data and company settings
 * @param fbmListingsFound    whether the candidate's last product import found an FBM listing; empty before any
 *                            import (STK-02)
 */
public record ValidationContext(IntegrationSettings integration, List<StoreFacts> installed,
        Map<String, StockSettings> stockInForce, HostFacts host, Optional<Boolean> fbmListingsFound) {

    public ValidationContext {
        Objects.requireNonNull(integration, "integration");
        installed = List.copyOf(installed);
        stockInForce = Map.copyOf(stockInForce);
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(fbmListingsFound, "fbmListingsFound");
    }

    Optional<StoreFacts> factsOf(String alias) {
        return installed.stream().filter(f -> f.alias().equals(alias)).findFirst();
    }
}
