package org.ecomhub.orders.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecomhub.amazon.api.settings.OrderSettings;
import org.ecomhub.amazon.api.settings.OrderSettings.HostOrderStatus;
import org.ecomhub.amazon.api.settings.StoreConfiguration;
import org.ecomhub.amazon.api.spapi.model.Order;
import org.ecomhub.host.api.DeliveryAddress;
import org.ecomhub.host.api.HostRuleViolationException;
import org.ecomhub.host.api.HostRuleViolationException.Rule;
import org.ecomhub.host.api.IdempotencyKey;
import org.ecomhub.host.api.LineAllocation;
import org.ecomhub.host.api.NewSalesOrder;
import org.ecomhub.host.api.SalesOrder;
import org.ecomhub.host.api.SalesOrderStatus;

/**
 * Writes one mapped order to the host: an individual order (ORD-01/05/07, PROD-06), or lines appended to the day's
 * consolidated order (ORD-02). Every call carries its ORD-10 key, so a repeat after a crash changes nothing.
 */
final class HostOrderWriter {

    /** What was written, and what the log should say about it. */
    record Written(String orderNumber, String externalReference, List<String> notes) {
    }

    /** Everything about the order that is decided before writing. */
    record Plan(String sellerId, String alias, StoreConfiguration store, OrderSettings settings, Order order,
            String currency, String customer, String warehouse, LocalDate orderDate, HostLines lines,
            String customerReference, DeliveryAddress address, String comments) {
    }

    private static final List<Rule> SHORT_OF_STOCK = List.of(Rule.STOCK_WOULD_GO_NEGATIVE, Rule.ALLOCATION_REQUIRED,
            Rule.ALLOCATION_INVALID);

    private final HostServices host;
    private final CrashPoints crash;

    HostOrderWriter(HostServices host, CrashPoints crash) {
        this.host = host;
        this.crash = crash;
    }

    Written write(Plan plan) {
        boolean consolidated = plan.settings().importOption() == OrderSettings.ImportOption.SINGLE_CUSTOMER
                && plan.settings().singleCustomerMode() == OrderSettings.SingleCustomerMode.DAILY_CONSOLIDATED;
        return consolidated ? appendToDay(plan) : individual(plan);
    }

    private Written individual(Plan plan) {
        IdempotencyKey key = OrderReferences.order(plan.sellerId(), plan.order().orderId());
        List<String> notes = new ArrayList<>();
        SalesOrderStatus status = SalesOrderStatus.valueOf(plan.settings().orderStatus().name());
        SalesOrder created;
        if (plan.settings().orderStatus() == HostOrderStatus.COMPLETED) {
            List<LineAllocation> allocations = Allocations.assign(plan.settings().assignNumbers(),
                    host.company().settings(), host.catalog(), host.inventory(), plan.warehouse(),
                    plan.lines().lines());
            try {
                created = host.salesOrders().createOrder(key, newOrder(plan, plan.order().orderId(), status,
                        allocations));
            } catch (HostRuleViolationException e) {
                if (!SHORT_OF_STOCK.contains(e.rule())) {
                    throw e;
                }
                // ORD-05: lacking stock (or numbers), it imports as Backordered; a refused create left the key free
                created = host.salesOrders().createOrder(key, newOrder(plan, plan.order().orderId(),
                        SalesOrderStatus.BACKORDERED, List.of()));
                notes.add("imported as Backordered instead of Completed: " + e.getMessage());
            }
        } else {
            created = host.salesOrders().createOrder(key, newOrder(plan, plan.order().orderId(), status, List.of()));
        }
        crash.reached(CrashPoints.AFTER_HOST_CREATE);
        if (plan.store().products().accountingInvoice()) {
            host.accounting().invoice(key.with("invoice"), created.orderNumber());
            crash.reached(CrashPoints.AFTER_INVOICE);
        }
        return new Written(created.orderNumber(), created.externalReference(), notes);
    }

    /** ORD-02: the day's order for (store, channel, currency, day), opening {@code -2}, {@code -3} when one closed. */
    private Written appendToDay(Plan plan) {
        IdempotencyKey key = OrderReferences.order(plan.sellerId(), plan.order().orderId());
        List<String> notes = new ArrayList<>();
        SalesOrderStatus status = SalesOrderStatus.valueOf(plan.settings().orderStatus().name());
        for (int n = 1; ; n++) {
            String reference = OrderReferences.consolidated(plan.alias(), plan.settings().channel(), plan.currency(),
                    plan.orderDate(), n);
            Optional<SalesOrder> day = host.salesOrders().findByExternalReference(reference);
            if (day.isEmpty()) {
                SalesOrder created = host.salesOrders().createOrder(key, dayOrder(plan, reference, status));
                crash.reached(CrashPoints.AFTER_HOST_CREATE);
                return new Written(created.orderNumber(), created.externalReference(), notes);
            }
            if (holdsOurLines(day.get(), plan)) {
                return new Written(day.get().orderNumber(), reference, notes); // written before a crash
            }
            if (day.get().isEditable()) {
                try {
                    SalesOrder after = host.salesOrders().appendLines(key, day.get().orderNumber(),
                            plan.lines().lines(), plan.lines().charges(), plan.lines().total());
                    crash.reached(CrashPoints.AFTER_APPEND);
                    return new Written(after.orderNumber(), reference, notes);
                } catch (HostRuleViolationException e) {
                    if (e.rule() != Rule.ORDER_NOT_EDITABLE) {
                        throw e;
                    }
                }
            }
            notes.add("the day's order " + reference + " can no longer be edited; a new one is opened");
        }
    }

    private static boolean holdsOurLines(SalesOrder day, Plan plan) {
        return plan.lines().lines().stream().anyMatch(l -> day.line(l.externalReference()).isPresent())
                || plan.lines().charges().stream().anyMatch(c -> day.charge(c.externalReference()).isPresent());
    }

    /** A day's order carries no one buyer's PO number, address or comments. */
    private static NewSalesOrder dayOrder(Plan plan, String reference, SalesOrderStatus status) {
        String group = plan.settings().salesOrderGroup().isEmpty() ? null : plan.settings().salesOrderGroup();
        return new NewSalesOrder(reference, null, plan.customer(), plan.warehouse(), plan.currency(), status, group,
                plan.orderDate(), plan.lines().lines(), plan.lines().charges(), plan.lines().total(), List.of());
    }

    private static NewSalesOrder newOrder(Plan plan, String reference, SalesOrderStatus status,
            List<LineAllocation> allocations) {
        String group = plan.settings().salesOrderGroup().isEmpty() ? null : plan.settings().salesOrderGroup();
        return new NewSalesOrder(reference, plan.customerReference(), plan.customer(), plan.warehouse(),
                plan.currency(), status, group, plan.orderDate(), plan.lines().lines(), plan.lines().charges(),
                plan.lines().total(), allocations, plan.address(), plan.comments());
    }
}
