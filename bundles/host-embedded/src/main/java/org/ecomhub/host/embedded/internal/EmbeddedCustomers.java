package org.ecomhub.host.embedded.internal;

import java.util.List;
import java.util.Optional;
import org.ecomhub.host.api.Customer;
import org.ecomhub.host.api.Customers;
import org.ecomhub.host.api.HostRuleViolationException;
import org.ecomhub.host.api.HostRuleViolationException.Rule;
import org.ecomhub.host.api.IdempotencyKey;
import org.ecomhub.host.api.NewCustomer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link Customers} on the reference host's tables. */
@Component(service = Customers.class)
public class EmbeddedCustomers implements Customers {

    private final HostDatabase db;

    @Activate
    public EmbeddedCustomers(@Reference(name = "database") HostDatabase db) {
        this.db = db;
    }

    @Override
    public Optional<Customer> findCustomer(String code) {
        return db.read(tx -> Sql.one(tx.connection(), "SELECT * FROM ERP_CUSTOMER WHERE CODE = ?", Refs::customerRow, code));
    }

    @Override
    public List<Customer> customers(String afterCode, int limit) {
        Refs.limit(limit);
        return db.read(tx -> Sql.list(tx.connection(),
                "SELECT * FROM ERP_CUSTOMER WHERE CODE > ? ORDER BY CODE FETCH FIRST " + limit + " ROWS ONLY",
                Refs::customerRow, Refs.after(afterCode)));
    }

    @Override
    public Customer createCustomer(IdempotencyKey key, NewCustomer customer) {
        String code = db.once("createCustomer", key, tx -> {
            Refs.fits(customer.code(), 100, "customer code");
            Refs.fits(customer.name(), 500, "customer name");
            Refs.fits(customer.email(), 320, "e-mail");
            if (customer.email() != null && !customer.email().matches("[^@\\s]+@[^@\\s]+")) {
                throw new HostRuleViolationException(Rule.INVALID_VALUE,
                        "the e-mail of customer " + customer.code() + " is not an address");
            }
            Refs.currency(tx.connection(), customer.currency());
            Refs.salesGroup(tx.connection(), customer.salesOrderGroup());
            if (Sql.exists(tx.connection(), "SELECT 1 FROM ERP_CUSTOMER WHERE CODE = ?", customer.code())) {
                throw new HostRuleViolationException(Rule.DUPLICATE_REFERENCE,
                        "a customer with code " + customer.code() + " exists already");
            }
            Sql.update(tx.connection(), "INSERT INTO ERP_CUSTOMER (CODE, NAME, EMAIL, CURRENCY, SALES_GROUP, CREATED_AT) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", customer.code(), customer.name(), customer.email(), customer.currency(),
                    customer.salesOrderGroup(), tx.now());
            return customer.code();
        });
        return findCustomer(code).orElseThrow();
    }
}
