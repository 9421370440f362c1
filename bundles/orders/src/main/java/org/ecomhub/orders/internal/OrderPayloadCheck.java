package org.ecomhub.orders.internal;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ecomhub.amazon.api.spapi.model.Money;
import org.ecomhub.amazon.api.spapi.model.Order;
import org.ecomhub.amazon.api.spapi.model.OrderItem;
import org.ecomhub.amazon.api.spapi.model.ProceedsBreakdown;

/**
 * ORD-11, issue 8 "Bad input": what is wrong with an order's payload before it is planned, in words an admin can act
 * on. Amazon's data, not our bug: the order fails alone, with no stack trace, and is retried later. Pure functions.
 */
final class OrderPayloadCheck {

    /** Amazon's seller SKU is at most 40 characters (Seller Central's listing rules). */
    static final int MAX_SKU = 40;
    /** The ledger's ORDER_ID column; Amazon's order ids are 19 characters (3-7-7). */
    static final int MAX_ORDER_ID = 64;
    /** The reference host keeps amounts as DECIMAL(19,6): at most 13 digits before the point. */
    static final BigDecimal HOST_LIMIT = BigDecimal.TEN.pow(13);
    private static final Pattern ISO_CODE = Pattern.compile("[A-Z]{3}");

    private OrderPayloadCheck() {
    }

    /** What is wrong with the order, or empty when it may be planned; {@code fallback} is the marketplace's currency. */
    static Optional<String> problem(Order order, String fallback) {
        if (order.createdTime() == null) {
            return Optional.of("Amazon sent no created time (createdTime)");
        }
        if (order.items().isEmpty()) {
            return Optional.of("Amazon sent no items");
        }
        String currency = AmazonMoney.currency(order, fallback);
        int position = 0;
        for (OrderItem item : order.items()) {
            position++;
            Optional<String> wrong = itemProblem(item, position, currency);
            if (wrong.isPresent()) {
                return wrong;
            }
        }
        return order.grandTotal() == null ? Optional.empty()
                : moneyProblem(order.grandTotal(), "the order total", currency);
    }

    /** An order id the ledger can hold (the reader refuses a missing one). */
    static boolean validOrderId(String orderId) {
        return orderId != null && orderId.length() <= MAX_ORDER_ID;
    }

    /** What is wrong with an order id {@link #validOrderId} refuses, without repeating all of it. */
    static String describeOrderId(String orderId) {
        return orderId == null ? "an order without its order id" : "an order id of " + orderId.length()
                + " characters (" + orderId.substring(0, 19) + "...), more than the " + MAX_ORDER_ID + " the ledger holds";
    }

    /** A SKU the ledger and the host can hold: present and no longer than Amazon allows. */
    static boolean validSku(String sku) {
        return sku != null && !sku.isBlank() && sku.length() <= MAX_SKU;
    }

    private static Optional<String> itemProblem(OrderItem item, int position, String currency) {
        if (item.sellerSku() == null || item.sellerSku().isBlank()) {
            return Optional.of("item " + position + " (" + item.orderItemId() + ") has no seller SKU");
        }
        if (!validSku(item.sellerSku())) {
            return Optional.of("the seller SKU of item " + position + " (" + item.orderItemId() + ") has "
                    + item.sellerSku().length() + " characters, more than Amazon's " + MAX_SKU);
        }
        String name = "item " + item.sellerSku();
        if (item.quantityOrdered() <= 0) {
            return Optional.of("quantity " + item.quantityOrdered() + " of " + name + " is not above zero");
        }
        Optional<String> wrong = moneyProblem(item.unitPrice(), name, currency);
        if (wrong.isEmpty() && item.unitPrice() != null) {
            BigDecimal line = item.unitPrice().amount().multiply(BigDecimal.valueOf(item.quantityOrdered()));
            if (line.abs().compareTo(HOST_LIMIT) >= 0) {
                wrong = Optional.of(item.quantityOrdered() + " units of " + name + " at "
                        + item.unitPrice().amount().toPlainString() + " come to " + line.toPlainString()
                        + ", beyond what the host can hold");
            }
        }
        wrong = wrong.or(() -> moneyProblem(item.proceedsTotal(), name, currency));
        for (ProceedsBreakdown b : item.breakdowns()) {
            wrong = wrong.or(() -> moneyProblem(b.subtotal(), name, currency));
            for (ProceedsBreakdown.Detail d : b.details()) {
                wrong = wrong.or(() -> moneyProblem(d.value(), name, currency));
            }
        }
        return wrong;
    }

    private static Optional<String> moneyProblem(Money money, String whose, String currency) {
        if (money == null) {
            return Optional.empty();
        }
        if (!isoCode(money.currencyCode())) {
            return Optional.of("currency '" + money.currencyCode() + "' of " + whose + " is not an ISO 4217 code");
        }
        if (!isoCode(currency)) {
            return Optional.of("currency '" + currency + "' of the order is not an ISO 4217 code");
        }
        if (!money.currencyCode().equals(currency)) {
            return Optional.of(whose + " is in " + money.currencyCode() + ", the order in " + currency);
        }
        if (money.amount().abs().compareTo(HOST_LIMIT) >= 0) {
            return Optional.of("amount " + money.amount().toPlainString() + " of " + whose
                    + " is beyond what the host can hold");
        }
        return Optional.empty();
    }

    private static boolean isoCode(String code) {
        if (code == null || !ISO_CODE.matcher(code).matches()) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
