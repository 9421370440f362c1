package org.ecomhub.host.embedded.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ecomhub.host.api.HostRuleViolationException;
import org.ecomhub.host.api.HostRuleViolationException.Rule;
import org.ecomhub.host.api.Money;
import org.ecomhub.host.api.NewChargeLine;
import org.ecomhub.host.api.NewOrderLine;

/** Checks new lines and charges against the host's rules and writes them. */
final class OrderLines {

    private OrderLines() {
    }

    /**
     * Checks references, currencies, line amounts and the stated total.
     *
     * @return the sum of the new lines' and charges' amount plus tax
     */
    static Money check(Connection c, String orderNumber, String currency, List<NewOrderLine> lines,
                       List<NewChargeLine> charges, Money expected) throws SQLException {
        Set<String> refs = new HashSet<>(orderNumber == null ? List.of() : existingRefs(c, orderNumber));
        Money total = Money.zero(currency);
        for (NewOrderLine l : lines) {
            unique(refs, l.externalReference());
            Refs.fits(l.externalReference(), 200, "line external reference");
            Refs.product(c, l.productCode());
            Refs.taxCode(c, l.taxCode());
            sameCurrency(currency, l.externalReference(), l.unitPrice(), l.lineAmount(), l.taxAmount());
            decimals(l.externalReference(), l.quantity(), l.unitPrice().amount(), l.taxRate());
            Money product = l.unitPrice().times(l.quantity());
            if (!product.equals(l.lineAmount())) {
                throw new HostRuleViolationException(Rule.TOTALS_DO_NOT_ADD_UP, "line " + l.externalReference()
                        + ": " + l.quantity().toPlainString() + " x " + l.unitPrice() + " is " + product
                        + ", not the line amount " + l.lineAmount());
            }
            total = total.plus(l.total());
        }
        for (NewChargeLine ch : charges) {
            unique(refs, ch.externalReference());
            Refs.fits(ch.externalReference(), 200, "charge external reference");
            Refs.fits(ch.description(), 500, "charge description");
            Refs.taxCode(c, ch.taxCode());
            Refs.salesAccount(c, ch.salesAccount());
            sameCurrency(currency, ch.externalReference(), ch.amount(), ch.taxAmount());
            total = total.plus(ch.total());
        }
        sameCurrency(currency, "the expected total", expected);
        if (!total.equals(expected)) {
            throw new HostRuleViolationException(Rule.TOTALS_DO_NOT_ADD_UP, "the lines and charges add up to " + total
                    + " but the expected total is " + expected);
        }
        return total;
    }

    /** Writes the lines and charges, numbering them after the order's last line. */
    static void insert(Connection c, String orderNumber, List<NewOrderLine> lines, List<NewChargeLine> charges)
            throws SQLException {
        int next = Sql.one(c, "SELECT NEXT_LINE_NO FROM ERP_ORDER WHERE ORDER_NUMBER = ?", rs -> rs.getInt(1), orderNumber)
                .orElseThrow();
        for (NewOrderLine l : lines) {
            Sql.update(c, "INSERT INTO ERP_ORDER_LINE (ORDER_NUMBER, LINE_NO, EXTERNAL_REF, PRODUCT, QUANTITY, SHIPPED, "
                            + "UNIT_PRICE, LINE_AMOUNT, TAX_AMOUNT, TAX_RATE, TAX_CODE) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)",
                    orderNumber, next++, l.externalReference(), l.productCode(), l.quantity(), l.unitPrice().amount(),
                    l.lineAmount().amount(), l.taxAmount().amount(), l.taxRate(), l.taxCode());
        }
        for (NewChargeLine ch : charges) {
            Sql.update(c, "INSERT INTO ERP_ORDER_CHARGE (ORDER_NUMBER, LINE_NO, EXTERNAL_REF, KIND, DESCRIPTION, AMOUNT, "
                            + "TAX_AMOUNT, TAX_RATE, TAX_CODE, SALES_ACCOUNT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    orderNumber, next++, ch.externalReference(), ch.kind(), ch.description(), ch.amount().amount(),
                    ch.taxAmount().amount(), ch.taxRate(), ch.taxCode(), ch.salesAccount());
        }
        Sql.update(c, "UPDATE ERP_ORDER SET NEXT_LINE_NO = ? WHERE ORDER_NUMBER = ?", next, orderNumber);
    }

    /** Allocates (positive) or releases (negative) the lines' unshipped quantities in the order's warehouse. */
    static void allocate(HostDatabase.Tx tx, OrderRows.Head head, List<OrderRows.Line> lines, int sign, String reason)
            throws SQLException {
        for (OrderRows.Line l : lines) {
            BigDecimal units = l.unshipped();
            if (units.signum() > 0) {
                StockLedger.change(tx, l.product(), head.warehouse(), BigDecimal.ZERO,
                        sign > 0 ? units : units.negate(), reason);
            }
        }
    }

    private static List<String> existingRefs(Connection c, String orderNumber) throws SQLException {
        return Sql.list(c, "SELECT EXTERNAL_REF FROM ERP_ORDER_LINE WHERE ORDER_NUMBER = ? UNION ALL "
                + "SELECT EXTERNAL_REF FROM ERP_ORDER_CHARGE WHERE ORDER_NUMBER = ?", rs -> rs.getString(1), orderNumber, orderNumber);
    }

    /** The reference host keeps six decimals; more would be rounded away unseen, so they are refused. */
    private static void decimals(String ref, BigDecimal... values) {
        for (BigDecimal v : values) {
            if (v.stripTrailingZeros().scale() > 6) {
                throw new HostRuleViolationException(Rule.INVALID_VALUE, "line " + ref + ": " + v.toPlainString()
                        + " has more than the 6 decimals the host keeps");
            }
        }
    }

    private static void unique(Set<String> refs, String ref) {
        if (!refs.add(ref)) {
            throw new HostRuleViolationException(Rule.DUPLICATE_REFERENCE,
                    "the external reference " + ref + " is on the order already");
        }
    }

    private static void sameCurrency(String currency, String where, Money... amounts) {
        for (Money m : amounts) {
            if (!m.currency().equals(currency)) {
                throw new HostRuleViolationException(Rule.CURRENCY_MISMATCH,
                        where + ": " + m + " is not in the order's currency " + currency);
            }
        }
    }
}
