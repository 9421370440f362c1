package org.ecomhub.host.api;

/**
 * A customer as the host holds it.
 *
 * @param code                   the stable key the plugin finds the customer by (unique, case-sensitive)
 * @param name                   the customer's name, e.g. {@code MYSHOP FBA GBP Amazon Guests} (ORD-08)
 * @param email                  {@code null} if none
 * @param currency               the currency the customer trades in
 * @param defaultSalesOrderGroup {@code null} if none; orders get it unless the plugin names another (ORD-04)
 */
public record Customer(String code, String name, String email, String currency, String defaultSalesOrderGroup) {
    public Customer {
        Checks.code(code, "customer code");
        Checks.code(name, "customer name");
        Checks.code(currency, "currency");
    }
}
