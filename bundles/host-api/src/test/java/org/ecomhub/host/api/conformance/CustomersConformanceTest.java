package org.ecomhub.host.api.conformance;

import static org.ecomhub.host.api.conformance.StandardWorld.*;
import static org.junit.jupiter.api.Assertions.*;

import org.ecomhub.host.api.Customer;
import org.ecomhub.host.api.HostRuleViolationException.Rule;
import org.ecomhub.host.api.IdempotencyKey;
import org.ecomhub.host.api.NewCustomer;
import org.ecomhub.host.api.UnknownReferenceException.Kind;
import org.junit.jupiter.api.Test;

/** Customers: find by the stable key, create once (ORD-01, ORD-08, ORD-10). */
public abstract class CustomersConformanceTest extends HostConformanceSupport {

    @Test // covers ORD-08
    void createsAGuestCustomerAndFindsItByItsKey() {
        host.customers().createCustomer(freshKey(),
                new NewCustomer("AMZ-MYSHOP-FBA-GBP", "MYSHOP FBA GBP Amazon Guests", null, GBP, GROUP));
        Customer found = host.customers().findCustomer("AMZ-MYSHOP-FBA-GBP").orElseThrow();
        assertEquals("MYSHOP FBA GBP Amazon Guests", found.name());
        assertNull(found.email());
        assertEquals(GBP, found.currency());
        assertEquals(GROUP, found.defaultSalesOrderGroup());
        assertTrue(host.customers().findCustomer("amz-myshop-fba-gbp").isEmpty(), "keys are case-sensitive");
    }

    @Test // covers ORD-10
    void aRepeatedCreateReturnsTheFirstCustomer() {
        IdempotencyKey key = freshKey();
        Customer first = host.customers().createCustomer(key, new NewCustomer("C-2", "Name one", "a@example.com", EUR, null));
        Customer again = host.customers().createCustomer(key, new NewCustomer("C-2", "Name two", null, GBP, null));
        assertEquals(first, again);
        assertEquals(2, host.customers().customers(null, 100).size());
    }

    @Test
    void anExistingCodeUnderAnotherKeyIsRefused() {
        assertRule(Rule.DUPLICATE_REFERENCE,
                () -> host.customers().createCustomer(freshKey(), new NewCustomer(CUSTOMER, "Other", null, GBP, null)));
    }

    @Test
    void anUnknownCurrencyOrGroupIsNamed() {
        assertUnknown(Kind.CURRENCY, "JPY",
                () -> host.customers().createCustomer(freshKey(), new NewCustomer("C-3", "x", null, "JPY", null)));
        assertUnknown(Kind.SALES_ORDER_GROUP, "NO-GROUP",
                () -> host.customers().createCustomer(freshKey(), new NewCustomer("C-3", "x", null, GBP, "NO-GROUP")));
        assertTrue(host.customers().findCustomer("C-3").isEmpty());
    }
}
