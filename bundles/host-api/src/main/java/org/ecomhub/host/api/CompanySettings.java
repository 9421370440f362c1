package org.ecomhub.host.api;

import java.util.Objects;
import java.util.Set;

/**
 * The host company's switches and currencies.
 *
 * @param batchTracking         batch tracking is on (ORD-07 offers batch assignment only then)
 * @param serialisedProducts    serialised products are on (ORD-07 offers serial assignment only then)
 * @param accountingIntegration an accounting system is connected (PROD-06, TAX-04)
 * @param baseCurrency          the company's own currency
 * @param currencies            every currency the host trades in, the base currency included
 */
public record CompanySettings(boolean batchTracking, boolean serialisedProducts, boolean accountingIntegration,
                              String baseCurrency, Set<String> currencies) {
    public CompanySettings {
        Checks.code(baseCurrency, "base currency");
        currencies = Set.copyOf(Objects.requireNonNull(currencies, "currencies"));
        if (!currencies.contains(baseCurrency)) {
            throw new IllegalArgumentException("the currencies must include the base currency " + baseCurrency);
        }
    }
}
