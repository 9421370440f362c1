package org.ecomhub.host.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The host's customers (ORD-01, ORD-08, ORD-09). Every method may throw {@link HostUnavailableException}.
 */
@ConsumerType
public interface Customers {

    /**
     * Finds a customer by its stable key (the code it was created with; case-sensitive).
     *
     * @return the customer, empty if none has that code
     */
    Optional<Customer> findCustomer(String code);

    /**
     * Lists customers ordered by code: the first {@code limit} whose code sorts after {@code afterCode}.
     *
     * @param afterCode {@code null} or empty to start at the first
     * @param limit     1..1000
     * @throws HostRuleViolationException {@code INVALID_VALUE} if {@code limit} is out of range
     */
    List<Customer> customers(String afterCode, int limit);

    /**
     * Creates a customer.
     *
     * @return the customer created, or on a repeated key the customer the first call created
     * @throws UnknownReferenceException  {@code CURRENCY} if the host does not trade in the currency;
     *                                    {@code SALES_ORDER_GROUP} if the group is unknown
     * @throws HostRuleViolationException {@code DUPLICATE_REFERENCE} if a customer with that code exists already
     *                                    (created by another call: find it first); {@code INVALID_VALUE} if a
     *                                    field is too long or the e-mail is malformed
     */
    Customer createCustomer(IdempotencyKey key, NewCustomer customer);
}
