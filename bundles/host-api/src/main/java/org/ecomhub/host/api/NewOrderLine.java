package org.ecomhub.host.api;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A product line the plugin puts on an order.
 *
 * <p>Rules the host checks: {@code lineAmount} equals {@code quantity × unitPrice} rounded half-up to the
 * currency's minor unit (a unit price may carry more decimals than the currency, e.g. 3.333333, so that the
 * product is exact); all amounts are in the order's currency.
 *
 * @param externalReference unique within the order, e.g. Amazon order id + order item id (ORD-10)
 * @param productCode       a product the host knows
 * @param quantity          greater than zero
 * @param unitPrice         price of one unit without tax
 * @param lineAmount        the line's amount without tax
 * @param taxAmount         the line's tax, zero for none (TAX-02, TAX-03)
 * @param taxRate           as a fraction: 0.20 for 20 %
 * @param taxCode           a host tax code, {@code null} for none
 */
public record NewOrderLine(String externalReference, String productCode, BigDecimal quantity, Money unitPrice,
                           Money lineAmount, Money taxAmount, BigDecimal taxRate, String taxCode) {
    public NewOrderLine {
        Checks.code(externalReference, "line external reference");
        Checks.code(productCode, "product code");
        Checks.positive(quantity, "quantity");
        Objects.requireNonNull(unitPrice, "unit price");
        Objects.requireNonNull(lineAmount, "line amount");
        Objects.requireNonNull(taxAmount, "tax amount");
        Checks.notNegative(taxRate, "tax rate");
    }

    /** A line without tax whose amount is quantity × unit price. */
    public static NewOrderLine untaxed(String externalReference, String productCode, BigDecimal quantity,
                                       Money unitPrice) {
        return new NewOrderLine(externalReference, productCode, quantity, unitPrice, unitPrice.times(quantity),
                Money.zero(unitPrice.currency()), BigDecimal.ZERO, null);
    }

    /** Line amount plus tax. */
    public Money total() {
        return lineAmount.plus(taxAmount);
    }
}
