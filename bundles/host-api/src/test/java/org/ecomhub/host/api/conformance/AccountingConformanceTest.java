package org.ecomhub.host.api.conformance;

import static org.ecomhub.host.api.conformance.StandardWorld.*;
import static org.junit.jupiter.api.Assertions.*;

import org.ecomhub.host.api.HostRuleViolationException.Rule;
import org.ecomhub.host.api.Invoice;
import org.ecomhub.host.api.SalesOrder;
import org.ecomhub.host.api.UnknownReferenceException.Kind;
import org.junit.jupiter.api.Test;

/** The accounting service takes an order's invoice once (PROD-06). */
public abstract class AccountingConformanceTest extends HostConformanceSupport {

    @Test // covers PROD-06
    void anOrderIsInvoicedOnceWhateverTheKey() {
        SalesOrder order = place("INV-1", line("L1", WIDGET, 2, "4.50"));
        Invoice first = host.accounting().invoice(freshKey(), order.orderNumber());
        assertEquals(gbp("9.00"), first.total());
        assertEquals(order.orderNumber(), first.orderNumber());
        Invoice again = host.accounting().invoice(freshKey(), order.orderNumber());
        assertEquals(first, again);
        assertEquals(first, host.accounting().findInvoice(order.orderNumber()).orElseThrow());
    }

    @Test // covers PROD-06
    void withoutAnAccountingIntegrationNothingIsInvoiced() {
        SalesOrder order = place("INV-2", line("L1", WIDGET, 1, "4.50"));
        host.setCompanySettings(true, true, false);
        assertRule(Rule.FEATURE_DISABLED, () -> host.accounting().invoice(freshKey(), order.orderNumber()));
        assertTrue(host.accounting().findInvoice(order.orderNumber()).isEmpty());
    }

    @Test
    void unknownOrCancelledOrdersAreRefused() {
        assertUnknown(Kind.SALES_ORDER, "SO-NONE", () -> host.accounting().invoice(freshKey(), "SO-NONE"));
        SalesOrder order = place("INV-3", line("L1", WIDGET, 1, "4.50"));
        host.salesOrders().cancelOrder(freshKey(), order.orderNumber(), "cancelled");
        assertRule(Rule.STATUS_CHANGE_NOT_ALLOWED, () -> host.accounting().invoice(freshKey(), order.orderNumber()));
    }
}
