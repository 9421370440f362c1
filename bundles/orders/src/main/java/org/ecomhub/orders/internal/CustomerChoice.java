package org.ecomhub.orders.internal;

import java.util.Optional;
import org.ecomhub.amazon.api.settings.FulfilmentChannel;
import org.ecomhub.amazon.api.settings.OrderSettings;
import org.ecomhub.amazon.api.spapi.model.Buyer;
import org.ecomhub.amazon.api.spapi.model.Order;
import org.ecomhub.host.api.Customer;
import org.ecomhub.host.api.IdempotencyKey;
import org.ecomhub.host.api.NewCustomer;
import org.ecomhub.host.api.UnknownReferenceException;

/**
 * Which host customer an order goes to (ORD-01, ORD-08, ORD-09): the single customer, which must exist; a customer
 * per order when buyer details are RESTRICTED and the buyer has an e-mail; otherwise the store's guest customer per
 * currency ({@code <alias> <CUR> Amazon Guests}, FBA: {@code <alias> FBA <CUR> Amazon Guests}), made on first use.
 */
final class CustomerChoice {

    private CustomerChoice() {
    }

    static String resolve(org.ecomhub.host.api.Customers host, String sellerId, String alias, OrderSettings settings,
            FulfilmentChannel channel, Order order, String currency, boolean restricted, RunLookups lookups) {
        if (settings.importOption() == OrderSettings.ImportOption.SINGLE_CUSTOMER) {
            return Optional.ofNullable(lookups.get(new RunLookups.Customer(settings.singleCustomer()),
                    () -> host.findCustomer(settings.singleCustomer()).map(Customer::code).orElse(null)))
                    .orElseThrow(() -> new UnknownReferenceException(UnknownReferenceException.Kind.CUSTOMER,
                            settings.singleCustomer()));
        }
        String group = settings.salesOrderGroup().isEmpty() ? null : settings.salesOrderGroup();
        Buyer buyer = restricted ? order.buyer() : null;
        if (buyer != null && buyer.email() != null && !buyer.email().isBlank()) {
            String name = buyer.name() == null || buyer.name().isBlank() ? "Amazon buyer " + order.orderId() : buyer.name();
            String code = "AMZ-" + order.orderId();
            return host.createCustomer(IdempotencyKey.of(sellerId, order.orderId(), "customer"),
                    new NewCustomer(code, name, buyer.email(), currency, group)).code();
        }
        boolean fba = channel == FulfilmentChannel.FBA;
        String code = alias + (fba ? "-FBA-" : "-") + currency + "-GUESTS";
        String name = alias + (fba ? " FBA " : " ") + currency + " Amazon Guests";
        return lookups.get(new RunLookups.Customer(code), () -> {
            Optional<Customer> existing = host.findCustomer(code);
            if (existing.isPresent()) {
                return existing.get().code();
            }
            return host.createCustomer(IdempotencyKey.of(sellerId, "guest", code),
                    new NewCustomer(code, name, null, currency, null)).code();
        });
    }
}
