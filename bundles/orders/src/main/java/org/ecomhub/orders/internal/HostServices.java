package org.ecomhub.orders.internal;

import java.util.Objects;
import org.ecomhub.host.api.Accounting;
import org.ecomhub.host.api.Company;
import org.ecomhub.host.api.Customers;
import org.ecomhub.host.api.HostEvents;
import org.ecomhub.host.api.Inventory;
import org.ecomhub.host.api.ProductCatalog;
import org.ecomhub.host.api.SalesOrders;

/** The host SPI services one import uses. */
record HostServices(SalesOrders salesOrders, Customers customers, Inventory inventory, ProductCatalog catalog,
        Company company, Accounting accounting, HostEvents events) {
    HostServices {
        Objects.requireNonNull(salesOrders, "salesOrders");
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(accounting, "accounting");
        Objects.requireNonNull(events, "events");
    }
}
