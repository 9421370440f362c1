package org.ecomhub.host.embedded.internal;

import java.util.Optional;
import org.ecomhub.host.api.Accounting;
import org.ecomhub.host.api.HostRuleViolationException;
import org.ecomhub.host.api.HostRuleViolationException.Rule;
import org.ecomhub.host.api.IdempotencyKey;
import org.ecomhub.host.api.Invoice;
import org.ecomhub.host.api.Money;
import org.ecomhub.host.api.SalesOrder;
import org.ecomhub.host.api.SalesOrderStatus;
import org.ecomhub.host.api.UnknownReferenceException;
import org.ecomhub.host.api.UnknownReferenceException.Kind;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link Accounting}: the reference host keeps one invoice per order (unique order number). */
@Component(service = Accounting.class)
public class EmbeddedAccounting implements Accounting {

    private final HostDatabase db;

    @Activate
    public EmbeddedAccounting(@Reference(name = "database") HostDatabase db) {
        this.db = db;
    }

    @Override
    public Invoice invoice(IdempotencyKey key, String orderNumber) {
        String invoiceNumber = db.once("invoice", key, tx -> {
            if (!Refs.company(tx.connection()).accountingIntegration()) {
                throw new HostRuleViolationException(Rule.FEATURE_DISABLED,
                        "the company has no accounting integration: order " + orderNumber + " was not invoiced");
            }
            OrderRows.lock(tx.connection(), orderNumber);
            Optional<String> existing = Sql.one(tx.connection(), "SELECT INVOICE_NUMBER FROM ERP_INVOICE WHERE ORDER_NUMBER = ?",
                    rs -> rs.getString(1), orderNumber);
            if (existing.isPresent()) {
                return existing.get();
            }
            SalesOrder order = OrderRows.load(tx.connection(), orderNumber)
                    .orElseThrow(() -> new UnknownReferenceException(Kind.SALES_ORDER, orderNumber));
            if (order.status() == SalesOrderStatus.CANCELLED) {
                throw new HostRuleViolationException(Rule.STATUS_CHANGE_NOT_ALLOWED,
                        "order " + orderNumber + " is cancelled and is not invoiced");
            }
            String number = String.format("INV-%08d", tx.next(Schema.Counters.INVOICE));
            Sql.update(tx.connection(), "INSERT INTO ERP_INVOICE (INVOICE_NUMBER, ORDER_NUMBER, AMOUNT, CURRENCY, ISSUED_AT) "
                    + "VALUES (?, ?, ?, ?, ?)", number, orderNumber, order.total().amount(), order.currency(), tx.now());
            return number;
        });
        return db.read(tx -> Sql.one(tx.connection(), "SELECT * FROM ERP_INVOICE WHERE INVOICE_NUMBER = ?",
                EmbeddedAccounting::row, invoiceNumber).orElseThrow());
    }

    @Override
    public Optional<Invoice> findInvoice(String orderNumber) {
        return db.read(tx -> Sql.one(tx.connection(), "SELECT * FROM ERP_INVOICE WHERE ORDER_NUMBER = ?",
                EmbeddedAccounting::row, orderNumber));
    }

    private static Invoice row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Invoice(rs.getString("INVOICE_NUMBER"), rs.getString("ORDER_NUMBER"),
                new Money(rs.getBigDecimal("AMOUNT"), rs.getString("CURRENCY")), Sql.instant(rs, "ISSUED_AT"));
    }
}
