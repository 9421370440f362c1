package org.ecomhub.host.api;

/**
 * A customer the plugin asks the host to create (ORD-01, ORD-08, ORD-09).
 *
 * @param code              the stable key, chosen by the plugin, e.g. {@code AMZ-MYSHOP-FBA-GBP}
 * @param name              not blank
 * @param email             {@code null} if none
 * @param currency          an ISO 4217 code the host knows
 * @param salesOrderGroup   the customer's default sales order group, {@code null} for none
 */
public record NewCustomer(String code, String name, String email, String currency, String salesOrderGroup) {
    public NewCustomer {
        Checks.code(code, "customer code");
        Checks.code(name, "customer name");
        Checks.code(currency, "currency");
    }
}
