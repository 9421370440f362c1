package org.ecomhub.host.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The host's sales orders (ORD-*, CANCEL-*, SHIP-01).
 *
 * <p>Every change takes an {@link IdempotencyKey}: a repeat of the key on the same method returns the order as it
 * is now, without applying the change again, even if the order is no longer editable since. Every change is
 * atomic: when it throws, nothing changed. Lines and charges are named by their external references, unique within
 * the order. Every method may throw {@link HostUnavailableException}.
 */
@ConsumerType
public interface SalesOrders {

    /** An order by the host's number; empty if none. */
    Optional<SalesOrder> findOrder(String orderNumber);

    /** An order by its external reference (ORD-10); empty if none. */
    Optional<SalesOrder> findByExternalReference(String externalReference);

    /**
     * Lists orders ordered by order number: the first {@code limit} whose number sorts after {@code afterOrderNumber}.
     *
     * @param afterOrderNumber {@code null} or empty to start at the first
     * @param limit            1..1000
     * @throws HostRuleViolationException {@code INVALID_VALUE} if {@code limit} is out of range
     */
    List<SalesOrder> orders(String afterOrderNumber, int limit);

    /**
     * Creates an order with its lines and charges. Stock: PLACED and BACKORDERED allocate the quantities; COMPLETED
     * deducts them from stock on hand (see {@link #completeOrder}).
     *
     * @return the new order, or on a repeated key the order the first call created
     * @throws UnknownReferenceException  {@code CUSTOMER}, {@code WAREHOUSE}, {@code PRODUCT}, {@code TAX_CODE},
     *                                    {@code SALES_ORDER_GROUP}, {@code SALES_ACCOUNT} or {@code CURRENCY} for
     *                                    an unknown code
     * @throws HostRuleViolationException {@code DUPLICATE_REFERENCE} if another order has the external reference or
     *                                    two lines/charges share one; {@code TOTALS_DO_NOT_ADD_UP};
     *                                    {@code CURRENCY_MISMATCH} if an amount, or the customer's currency, is not
     *                                    the order's; {@code INVALID_VALUE} if a reference is too long for the host
     *                                    (the message names the limit); for COMPLETED also what
     *                                    {@link #completeOrder} throws
     */
    SalesOrder createOrder(IdempotencyKey key, NewSalesOrder order);

    /**
     * Appends lines and charges to an editable order (consolidated orders, ORD-02).
     *
     * @param expectedAddedTotal the sum of the new lines' and charges' amount plus tax, in the order's currency
     * @return the order after the change, or on a repeated key the order as it is now
     * @throws UnknownReferenceException  {@code SALES_ORDER} for an unknown order number; {@code PRODUCT},
     *                                    {@code TAX_CODE}, {@code SALES_ACCOUNT} for an unknown code
     * @throws HostRuleViolationException {@code ORDER_NOT_EDITABLE} if the order is completed or cancelled (open a
     *                                    new order, ORD-02); {@code DUPLICATE_REFERENCE} if a new external
     *                                    reference is on the order already; {@code TOTALS_DO_NOT_ADD_UP};
     *                                    {@code CURRENCY_MISMATCH}; {@code INVALID_VALUE} if both lists are empty
     */
    SalesOrder appendLines(IdempotencyKey key, String orderNumber, List<NewOrderLine> lines,
                           List<NewChargeLine> charges, Money expectedAddedTotal);

    /**
     * Whether lines can still be appended, reduced or removed: status PARKED, PLACED or BACKORDERED.
     *
     * @throws UnknownReferenceException {@code SALES_ORDER} for an unknown order number
     */
    boolean isEditable(String orderNumber);

    /**
     * Moves an editable order between PARKED, PLACED and BACKORDERED (ORD-05). Allocation follows the status.
     *
     * @return the order after the change, or on a repeated key the order as it is now
     * @throws UnknownReferenceException  {@code SALES_ORDER}
     * @throws HostRuleViolationException {@code STATUS_CHANGE_NOT_ALLOWED} if the order is not editable or the
     *                                    target is COMPLETED (use {@link #completeOrder}) or CANCELLED (use
     *                                    {@link #cancelOrder})
     */
    SalesOrder changeStatus(IdempotencyKey key, String orderNumber, SalesOrderStatus status);

    /**
     * Completes an editable order: the unshipped quantity of every line is deducted from stock on hand in the
     * order's warehouse (and from allocated), batch quantities are taken from the batches named and serial numbers
     * leave stock (ORD-07).
     *
     * @param allocations one per line of a batch-tracked or serialised product, when the company setting for it is
     *                    on; lines of other products need none
     * @return the completed order, or on a repeated key the order as it is now
     * @throws UnknownReferenceException  {@code SALES_ORDER}; {@code ORDER_LINE} if an allocation names a line the
     *                                    order does not have; {@code BATCH} or {@code SERIAL_NUMBER} for a number
     *                                    the product does not have
     * @throws HostRuleViolationException {@code ORDER_NOT_EDITABLE}; {@code STOCK_WOULD_GO_NEGATIVE} naming the
     *                                    product, warehouse, on hand and needed quantity;
     *                                    {@code ALLOCATION_REQUIRED} if a batch-tracked or serialised line lacks
     *                                    numbers for its unshipped quantity; {@code ALLOCATION_INVALID} if a batch
     *                                    or serial number is not in stock in the order's warehouse
     */
    SalesOrder completeOrder(IdempotencyKey key, String orderNumber, List<LineAllocation> allocations);

    /**
     * Cancels an order nothing of which has shipped (CANCEL-01). Its allocation is released.
     *
     * @param reason why, kept on the order as a flag note
     * @return the cancelled order, or on a repeated key the order as it is now
     * @throws UnknownReferenceException  {@code SALES_ORDER}
     * @throws HostRuleViolationException {@code ALREADY_SHIPPED} if any unit shipped (flag it instead);
     *                                    {@code ORDER_NOT_EDITABLE} if it is completed or cancelled already
     */
    SalesOrder cancelOrder(IdempotencyKey key, String orderNumber, String reason);

    /**
     * Lowers a line's quantity (CANCEL-02). The line amount becomes new quantity × unit price and its tax shrinks
     * in proportion (both rounded half-up to the minor unit); the order total follows.
     *
     * @param newQuantity greater than zero, less than the line's quantity, at least its shipped quantity
     * @return the order after the change, or on a repeated key the order as it is now
     * @throws UnknownReferenceException  {@code SALES_ORDER}, {@code ORDER_LINE}
     * @throws HostRuleViolationException {@code ORDER_NOT_EDITABLE}; {@code ALREADY_SHIPPED} if the new quantity is
     *                                    below what shipped; {@code INVALID_VALUE} if it is not below the line's
     *                                    quantity or not above zero
     */
    SalesOrder reduceLine(IdempotencyKey key, String orderNumber, String lineExternalReference, BigDecimal newQuantity);

    /**
     * Removes a line nothing of which has shipped (CANCEL-02).
     *
     * @return the order after the change, or on a repeated key the order as it is now
     * @throws UnknownReferenceException  {@code SALES_ORDER}, {@code ORDER_LINE}
     * @throws HostRuleViolationException {@code ORDER_NOT_EDITABLE}; {@code ALREADY_SHIPPED}
     */
    SalesOrder removeLine(IdempotencyKey key, String orderNumber, String lineExternalReference);

    /**
     * Removes a charge line, e.g. the shipping of a cancelled item (CANCEL-02).
     *
     * @return the order after the change, or on a repeated key the order as it is now
     * @throws UnknownReferenceException  {@code SALES_ORDER}, {@code ORDER_LINE} for an unknown charge reference
     * @throws HostRuleViolationException {@code ORDER_NOT_EDITABLE}
     */
    SalesOrder removeCharge(IdempotencyKey key, String orderNumber, String chargeExternalReference);

    /**
     * Flags an order for a person, with a note saying why (CANCEL-01/02). Allowed in any status.
     *
     * @return the order with the flag, or on a repeated key the order as it is now (one flag, not two)
     * @throws UnknownReferenceException  {@code SALES_ORDER}
     * @throws HostRuleViolationException {@code INVALID_VALUE} if the note is blank
     */
    SalesOrder flagOrder(IdempotencyKey key, String orderNumber, String note);
}
