package org.ecomhub.host.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An order the plugin asks the host to create.
 *
 * <p>The host checks that {@code expectedTotal} equals the sum of every line's and charge's amount plus tax
 * ("totals add up", ORD-12), and that every amount is in {@code currency}.
 *
 * @param externalReference unique among the host's orders: the Amazon order id, or a consolidated order's
 *                          {@code <alias>-<FBM|FBA>-<currency>-<yyyy-MM-dd>[-n]} (ORD-02, ORD-10)
 * @param customerReference free text shown to people, e.g. the buyer's purchase order number (ORD-14); may be null
 * @param customerCode      a customer the host knows
 * @param warehouseCode     the warehouse the order is fulfilled from (ORD-06)
 * @param currency          the order's currency
 * @param status            PARKED, PLACED, BACKORDERED or COMPLETED (ORD-05); COMPLETED completes it at once
 *                          with {@code allocations}, as {@link SalesOrders#completeOrder} does
 * @param salesOrderGroup   {@code null} for the customer's default group (ORD-04)
 * @param orderDate         the order's date in the marketplace's time zone
 * @param lines             product lines, may be empty for a consolidated order opened before its first line
 * @param charges           charge lines
 * @param expectedTotal     what the caller computed the total to be
 * @param allocations       batch and serial numbers when {@code status} is COMPLETED, else empty
 * @param deliveryAddress   where the order goes, {@code null} when unknown (buyer details NONE, FBA)
 * @param comments          free text for the people who fulfil the order (e.g. ship-by date, service level); may be null
 */
public record NewSalesOrder(String externalReference, String customerReference, String customerCode,
                            String warehouseCode, String currency, SalesOrderStatus status, String salesOrderGroup,
                            LocalDate orderDate, List<NewOrderLine> lines, List<NewChargeLine> charges,
                            Money expectedTotal, List<LineAllocation> allocations, DeliveryAddress deliveryAddress,
                            String comments) {
    public NewSalesOrder {
        Checks.code(externalReference, "external reference");
        Checks.code(customerCode, "customer code");
        Checks.code(warehouseCode, "warehouse code");
        Checks.code(currency, "currency");
        Objects.requireNonNull(status, "status");
        if (status == SalesOrderStatus.CANCELLED) {
            throw new IllegalArgumentException("an order cannot be created cancelled");
        }
        Objects.requireNonNull(orderDate, "order date");
        lines = Checks.list(lines, "lines");
        charges = Checks.list(charges, "charges");
        Objects.requireNonNull(expectedTotal, "expected total");
        allocations = Checks.list(allocations, "allocations");
    }

    /** An order without delivery address or comments. */
    public NewSalesOrder(String externalReference, String customerReference, String customerCode, String warehouseCode,
                         String currency, SalesOrderStatus status, String salesOrderGroup, LocalDate orderDate,
                         List<NewOrderLine> lines, List<NewChargeLine> charges, Money expectedTotal,
                         List<LineAllocation> allocations) {
        this(externalReference, customerReference, customerCode, warehouseCode, currency, status, salesOrderGroup,
                orderDate, lines, charges, expectedTotal, allocations, null, null);
    }
}
