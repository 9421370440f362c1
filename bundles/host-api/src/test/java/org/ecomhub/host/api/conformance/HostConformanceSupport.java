package org.ecomhub.host.api.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.ecomhub.host.api.HostRuleViolationException;
import org.ecomhub.host.api.IdempotencyKey;
import org.ecomhub.host.api.LineAllocation;
import org.ecomhub.host.api.Money;
import org.ecomhub.host.api.NewChargeLine;
import org.ecomhub.host.api.NewOrderLine;
import org.ecomhub.host.api.NewSalesOrder;
import org.ecomhub.host.api.SalesOrder;
import org.ecomhub.host.api.SalesOrderStatus;
import org.ecomhub.host.api.UnknownReferenceException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.function.Executable;

/**
 * Base of every conformance test: a fresh host per test, seeded with {@link StandardWorld}, and small builders.
 * An implementer extends each {@code *ConformanceTest} class and implements {@link #newHost()}.
 */
public abstract class HostConformanceSupport {

    protected HostFixture host;
    private final AtomicInteger keys = new AtomicInteger();

    /** A fresh, empty host; closed after the test. */
    protected abstract HostFixture newHost() throws Exception;

    @BeforeEach
    void startHost() throws Exception {
        host = newHost();
        StandardWorld.seed(host);
    }

    @AfterEach
    void closeHost() throws Exception {
        if (host != null) {
            host.close();
        }
    }

    /** A key no other call of this test used. */
    protected IdempotencyKey freshKey() {
        return IdempotencyKey.of("test", "k" + keys.incrementAndGet());
    }

    protected static Money gbp(String amount) {
        return Money.of(amount, StandardWorld.GBP);
    }

    protected static BigDecimal qty(long units) {
        return BigDecimal.valueOf(units);
    }

    protected static NewOrderLine line(String ref, String product, long quantity, String unitPrice) {
        return NewOrderLine.untaxed(ref, product, qty(quantity), gbp(unitPrice));
    }

    /** A line with 20 % tax on top of quantity × unit price, coded STD. */
    protected static NewOrderLine taxedLine(String ref, String product, long quantity, String unitPrice, String tax) {
        Money price = gbp(unitPrice);
        return new NewOrderLine(ref, product, qty(quantity), price, price.times(qty(quantity)), gbp(tax),
                new BigDecimal("0.20"), StandardWorld.STD);
    }

    protected static NewChargeLine shipping(String ref, String amount) {
        return NewChargeLine.untaxed(ref, org.ecomhub.host.api.ChargeKind.SHIPPING, "Shipping", gbp(amount));
    }

    protected static Money totalOf(List<NewOrderLine> lines, List<NewChargeLine> charges) {
        Money total = gbp("0");
        for (NewOrderLine l : lines) {
            total = total.plus(l.total());
        }
        for (NewChargeLine c : charges) {
            total = total.plus(c.total());
        }
        return total;
    }

    protected static NewSalesOrder order(String externalReference, SalesOrderStatus status, NewOrderLine... lines) {
        return order(externalReference, status, List.of(lines), List.of());
    }

    protected static NewSalesOrder order(String externalReference, SalesOrderStatus status, List<NewOrderLine> lines,
                                         List<NewChargeLine> charges) {
        return new NewSalesOrder(externalReference, "PO-" + externalReference, StandardWorld.CUSTOMER,
                StandardWorld.MAIN, StandardWorld.GBP, status, null, LocalDate.of(2026, 11, 20), lines, charges,
                totalOf(lines, charges), List.of());
    }

    protected SalesOrder place(String externalReference, NewOrderLine... lines) {
        return host.salesOrders().createOrder(freshKey(), order(externalReference, SalesOrderStatus.PLACED, lines));
    }

    protected SalesOrder complete(SalesOrder order, LineAllocation... allocations) {
        return host.salesOrders().completeOrder(freshKey(), order.orderNumber(), Arrays.asList(allocations));
    }

    protected String dispatch(SalesOrder order, String lineRef, long quantity) {
        return host.dispatch(order.orderNumber(), "Royal Mail", "TRACK-" + lineRef, LocalDate.of(2026, 11, 21),
                Map.of(lineRef, qty(quantity)));
    }

    protected BigDecimal onHand(String product, String warehouse) {
        return host.inventory().stockLevel(product, warehouse).onHand();
    }

    protected BigDecimal allocated(String product, String warehouse) {
        return host.inventory().stockLevel(product, warehouse).allocated();
    }

    protected static void assertQuantity(long expected, BigDecimal actual) {
        assertEquals(0, BigDecimal.valueOf(expected).compareTo(actual),
                () -> "expected " + expected + " but was " + actual.toPlainString());
    }

    protected static HostRuleViolationException assertRule(HostRuleViolationException.Rule rule, Executable call) {
        HostRuleViolationException e = assertThrows(HostRuleViolationException.class, call);
        assertEquals(rule, e.rule(), e.getMessage());
        return e;
    }

    protected static UnknownReferenceException assertUnknown(UnknownReferenceException.Kind kind, String reference,
                                                             Executable call) {
        UnknownReferenceException e = assertThrows(UnknownReferenceException.class, call);
        assertEquals(kind, e.kind(), e.getMessage());
        assertEquals(reference, e.reference());
        return e;
    }
}
