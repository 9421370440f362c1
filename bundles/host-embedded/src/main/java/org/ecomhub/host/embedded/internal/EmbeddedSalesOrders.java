package org.ecomhub.host.embedded.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.ecomhub.host.api.Customer;
import org.ecomhub.host.api.DeliveryAddress;
import org.ecomhub.host.api.HostRuleViolationException;
import org.ecomhub.host.api.HostRuleViolationException.Rule;
import org.ecomhub.host.api.IdempotencyKey;
import org.ecomhub.host.api.LineAllocation;
import org.ecomhub.host.api.Money;
import org.ecomhub.host.api.NewChargeLine;
import org.ecomhub.host.api.NewOrderLine;
import org.ecomhub.host.api.NewSalesOrder;
import org.ecomhub.host.api.SalesOrder;
import org.ecomhub.host.api.SalesOrderStatus;
import org.ecomhub.host.api.SalesOrders;
import org.ecomhub.host.api.UnknownReferenceException;
import org.ecomhub.host.api.UnknownReferenceException.Kind;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link SalesOrders} on the reference host's tables; each change locks the order row for its transaction. */
@Component(service = SalesOrders.class)
public class EmbeddedSalesOrders implements SalesOrders {

    private final HostDatabase db;

    @Activate
    public EmbeddedSalesOrders(@Reference(name = "database") HostDatabase db) {
        this.db = db;
    }

    @Override
    public Optional<SalesOrder> findOrder(String orderNumber) {
        return db.read(tx -> OrderRows.load(tx.connection(), orderNumber));
    }

    @Override
    public Optional<SalesOrder> findByExternalReference(String externalReference) {
        return db.read(tx -> {
            Optional<String> number = Sql.one(tx.connection(), "SELECT ORDER_NUMBER FROM ERP_ORDER WHERE EXTERNAL_REF = ?",
                    rs -> rs.getString(1), externalReference);
            return number.isEmpty() ? Optional.empty() : OrderRows.load(tx.connection(), number.get());
        });
    }

    @Override
    public List<SalesOrder> orders(String afterOrderNumber, int limit) {
        Refs.limit(limit);
        return db.read(tx -> {
            List<String> numbers = Sql.list(tx.connection(), "SELECT ORDER_NUMBER FROM ERP_ORDER WHERE ORDER_NUMBER > ? "
                    + "ORDER BY ORDER_NUMBER FETCH FIRST " + limit + " ROWS ONLY", rs -> rs.getString(1),
                    Refs.after(afterOrderNumber));
            java.util.ArrayList<SalesOrder> out = new java.util.ArrayList<>();
            for (String n : numbers) {
                out.add(OrderRows.load(tx.connection(), n).orElseThrow());
            }
            return out;
        });
    }

    @Override
    public SalesOrder createOrder(IdempotencyKey key, NewSalesOrder order) {
        return result(db.once("createOrder", key, tx -> create(tx, order)));
    }

    private String create(HostDatabase.Tx tx, NewSalesOrder order) throws SQLException {
        Connection c = tx.connection();
        Refs.fits(order.externalReference(), 100, "external reference");
        Refs.fits(order.customerReference(), 200, "customer reference");
        Refs.fits(order.comments(), 2000, "comments");
        DeliveryAddress address = order.deliveryAddress();
        if (address != null) {
            checkAddress(address);
        }
        Refs.currency(c, order.currency());
        Customer customer = Refs.customer(c, order.customerCode());
        if (!customer.currency().equals(order.currency())) {
            throw new HostRuleViolationException(Rule.CURRENCY_MISMATCH, "customer " + customer.code() + " trades in "
                    + customer.currency() + ", the order is in " + order.currency());
        }
        Refs.warehouse(c, order.warehouseCode());
        Refs.salesGroup(c, order.salesOrderGroup());
        Optional<String> taken = Sql.one(c, "SELECT ORDER_NUMBER FROM ERP_ORDER WHERE EXTERNAL_REF = ?",
                rs -> rs.getString(1), order.externalReference());
        if (taken.isPresent()) {
            throw new HostRuleViolationException(Rule.DUPLICATE_REFERENCE, "order " + taken.get()
                    + " has the external reference " + order.externalReference() + " already");
        }
        OrderLines.check(c, null, order.currency(), order.lines(), order.charges(), order.expectedTotal());
        String number = String.format("SO-%08d", tx.next(Schema.Counters.ORDER));
        SalesOrderStatus stored = order.status() == SalesOrderStatus.COMPLETED ? SalesOrderStatus.PARKED : order.status();
        String group = order.salesOrderGroup() != null ? order.salesOrderGroup() : customer.defaultSalesOrderGroup();
        Sql.update(c, "INSERT INTO ERP_ORDER (ORDER_NUMBER, EXTERNAL_REF, CUSTOMER_REF, CUSTOMER, WAREHOUSE, CURRENCY, "
                        + "STATUS, SALES_GROUP, ORDER_DATE, CREATED_AT, NEXT_LINE_NO, COMMENTS, DLV_NAME, DLV_LINE1, DLV_LINE2, "
                        + "DLV_LINE3, DLV_CITY, DLV_REGION, DLV_POSTAL_CODE, DLV_COUNTRY, DLV_PHONE) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                number, order.externalReference(), order.customerReference(), order.customerCode(),
                order.warehouseCode(), order.currency(), stored, group, order.orderDate(), tx.now(), order.comments(),
                address == null ? null : address.name(), address == null ? null : address.addressLine1(),
                address == null ? null : address.addressLine2(), address == null ? null : address.addressLine3(),
                address == null ? null : address.city(), address == null ? null : address.region(),
                address == null ? null : address.postalCode(), address == null ? null : address.countryCode(),
                address == null ? null : address.phone());
        OrderLines.insert(c, number, order.lines(), order.charges());
        OrderRows.Head head = OrderRows.lock(c, number);
        if (stored.allocatesStock()) {
            OrderLines.allocate(tx, head, OrderRows.lines(c, number), +1, "order " + number + " placed");
        }
        if (order.status() == SalesOrderStatus.COMPLETED) {
            Completion.complete(tx, head, order.allocations());
        }
        return number;
    }

    @Override
    public SalesOrder appendLines(IdempotencyKey key, String orderNumber, List<NewOrderLine> lines,
                                  List<NewChargeLine> charges, Money expectedAddedTotal) {
        return result(db.once("appendLines", key, tx -> {
            Connection c = tx.connection();
            OrderRows.Head head = editable(c, orderNumber);
            if (lines.isEmpty() && charges.isEmpty()) {
                throw new HostRuleViolationException(Rule.INVALID_VALUE, "nothing to append to order " + orderNumber);
            }
            OrderLines.check(c, orderNumber, head.currency(), lines, charges, expectedAddedTotal);
            List<Integer> before = Sql.list(c, "SELECT LINE_NO FROM ERP_ORDER_LINE WHERE ORDER_NUMBER = ?",
                    rs -> rs.getInt(1), orderNumber);
            OrderLines.insert(c, orderNumber, lines, charges);
            if (head.status().allocatesStock()) {
                List<OrderRows.Line> added = OrderRows.lines(c, orderNumber).stream()
                        .filter(l -> !before.contains(l.lineNo())).toList();
                OrderLines.allocate(tx, head, added, +1, "lines added to order " + orderNumber);
            }
            return orderNumber;
        }));
    }

    @Override
    public boolean isEditable(String orderNumber) {
        return db.read(tx -> Sql.one(tx.connection(), "SELECT * FROM ERP_ORDER WHERE ORDER_NUMBER = ?", OrderRows::head,
                        orderNumber)
                .orElseThrow(() -> new UnknownReferenceException(Kind.SALES_ORDER, orderNumber))
                .status().isEditable());
    }

    @Override
    public SalesOrder changeStatus(IdempotencyKey key, String orderNumber, SalesOrderStatus status) {
        return result(db.once("changeStatus", key, tx -> {
            Connection c = tx.connection();
            OrderRows.Head head = OrderRows.lock(c, orderNumber);
            if (!head.status().isEditable() || !status.isEditable()) {
                throw new HostRuleViolationException(Rule.STATUS_CHANGE_NOT_ALLOWED, "order " + orderNumber + " is "
                        + head.status() + "; only PARKED, PLACED and BACKORDERED change into each other, and "
                        + status + " is " + (status.isEditable() ? "one" : "reached by completing or cancelling"));
            }
            if (head.status().allocatesStock() != status.allocatesStock()) {
                OrderLines.allocate(tx, head, OrderRows.lines(c, orderNumber), status.allocatesStock() ? +1 : -1,
                        "order " + orderNumber + " " + status.name().toLowerCase());
            }
            Sql.update(c, "UPDATE ERP_ORDER SET STATUS = ? WHERE ORDER_NUMBER = ?", status, orderNumber);
            return orderNumber;
        }));
    }

    @Override
    public SalesOrder completeOrder(IdempotencyKey key, String orderNumber, List<LineAllocation> allocations) {
        return result(db.once("completeOrder", key, tx -> {
            Completion.complete(tx, editable(tx.connection(), orderNumber), allocations);
            return orderNumber;
        }));
    }

    @Override
    public SalesOrder cancelOrder(IdempotencyKey key, String orderNumber, String reason) {
        return result(db.once("cancelOrder", key, tx -> {
            Connection c = tx.connection();
            OrderRows.Head head = editable(c, orderNumber);
            List<OrderRows.Line> lines = OrderRows.lines(c, orderNumber);
            if (lines.stream().anyMatch(l -> l.shipped().signum() > 0)) {
                throw new HostRuleViolationException(Rule.ALREADY_SHIPPED,
                        "part of order " + orderNumber + " has shipped: it cannot be cancelled; flag it instead");
            }
            if (head.status().allocatesStock()) {
                OrderLines.allocate(tx, head, lines, -1, "order " + orderNumber + " cancelled");
            }
            Sql.update(c, "UPDATE ERP_ORDER SET STATUS = ? WHERE ORDER_NUMBER = ?", SalesOrderStatus.CANCELLED, orderNumber);
            addFlag(tx, orderNumber, "Cancelled: " + (reason == null || reason.isBlank() ? "no reason given" : reason));
            return orderNumber;
        }));
    }

    @Override
    public SalesOrder reduceLine(IdempotencyKey key, String orderNumber, String lineExternalReference,
                                 BigDecimal newQuantity) {
        return result(db.once("reduceLine", key, tx -> {
            Connection c = tx.connection();
            OrderRows.Head head = editable(c, orderNumber);
            OrderRows.Line line = OrderRows.line(c, orderNumber, lineExternalReference);
            if (newQuantity == null || newQuantity.signum() <= 0) {
                throw new HostRuleViolationException(Rule.INVALID_VALUE,
                        "the new quantity of line " + lineExternalReference + " must be above zero; remove the line instead");
            }
            if (newQuantity.compareTo(line.shipped()) < 0) {
                throw new HostRuleViolationException(Rule.ALREADY_SHIPPED, "line " + lineExternalReference + " shipped "
                        + line.shipped().toPlainString() + "; it cannot go down to " + newQuantity.toPlainString());
            }
            if (newQuantity.compareTo(line.quantity()) >= 0) {
                throw new HostRuleViolationException(Rule.INVALID_VALUE, "line " + lineExternalReference + " has "
                        + line.quantity().toPlainString() + "; " + newQuantity.toPlainString() + " is no reduction");
            }
            Money unitPrice = new Money(line.unitPrice(), head.currency());
            Money amount = unitPrice.times(newQuantity);
            BigDecimal tax = line.taxAmount().multiply(newQuantity)
                    .divide(line.quantity(), Money.minorDigits(head.currency()), RoundingMode.HALF_UP);
            Sql.update(c, "UPDATE ERP_ORDER_LINE SET QUANTITY = ?, LINE_AMOUNT = ?, TAX_AMOUNT = ? "
                    + "WHERE ORDER_NUMBER = ? AND LINE_NO = ?", newQuantity, amount.amount(), tax, orderNumber, line.lineNo());
            if (head.status().allocatesStock()) {
                StockLedger.change(tx, line.product(), head.warehouse(), BigDecimal.ZERO,
                        newQuantity.subtract(line.quantity()), "line " + lineExternalReference + " of order " + orderNumber + " reduced");
            }
            return orderNumber;
        }));
    }

    @Override
    public SalesOrder removeLine(IdempotencyKey key, String orderNumber, String lineExternalReference) {
        return result(db.once("removeLine", key, tx -> {
            Connection c = tx.connection();
            OrderRows.Head head = editable(c, orderNumber);
            OrderRows.Line line = OrderRows.line(c, orderNumber, lineExternalReference);
            if (line.shipped().signum() > 0) {
                throw new HostRuleViolationException(Rule.ALREADY_SHIPPED, "line " + lineExternalReference + " shipped "
                        + line.shipped().toPlainString() + " units: reduce it to that instead of removing it");
            }
            if (head.status().allocatesStock()) {
                OrderLines.allocate(tx, head, List.of(line), -1,
                        "line " + lineExternalReference + " of order " + orderNumber + " removed");
            }
            Sql.update(c, "DELETE FROM ERP_ORDER_LINE WHERE ORDER_NUMBER = ? AND LINE_NO = ?", orderNumber, line.lineNo());
            return orderNumber;
        }));
    }

    @Override
    public SalesOrder removeCharge(IdempotencyKey key, String orderNumber, String chargeExternalReference) {
        return result(db.once("removeCharge", key, tx -> {
            Connection c = tx.connection();
            editable(c, orderNumber);
            if (Sql.update(c, "DELETE FROM ERP_ORDER_CHARGE WHERE ORDER_NUMBER = ? AND EXTERNAL_REF = ?", orderNumber,
                    chargeExternalReference) == 0) {
                throw new UnknownReferenceException(Kind.ORDER_LINE, chargeExternalReference);
            }
            return orderNumber;
        }));
    }

    @Override
    public SalesOrder flagOrder(IdempotencyKey key, String orderNumber, String note) {
        return result(db.once("flagOrder", key, tx -> {
            OrderRows.lock(tx.connection(), orderNumber);
            if (note == null || note.isBlank()) {
                throw new HostRuleViolationException(Rule.INVALID_VALUE, "a flag on order " + orderNumber + " needs a note");
            }
            addFlag(tx, orderNumber, Refs.fits(note, 2000, "note"));
            return orderNumber;
        }));
    }

    private static void addFlag(HostDatabase.Tx tx, String orderNumber, String note) throws SQLException {
        int next = Sql.one(tx.connection(), "SELECT COALESCE(MAX(FLAG_NO), 0) + 1 FROM ERP_ORDER_FLAG WHERE ORDER_NUMBER = ?",
                rs -> rs.getInt(1), orderNumber).orElse(1);
        Sql.update(tx.connection(), "INSERT INTO ERP_ORDER_FLAG (ORDER_NUMBER, FLAG_NO, NOTE, FLAGGED_AT) VALUES (?, ?, ?, ?)",
                orderNumber, next, Refs.fits(note, 2000, "note"), tx.now());
    }

    private static void checkAddress(DeliveryAddress a) {
        Refs.fits(a.name(), 300, "delivery name");
        Refs.fits(a.addressLine1(), 300, "address line 1");
        Refs.fits(a.addressLine2(), 300, "address line 2");
        Refs.fits(a.addressLine3(), 300, "address line 3");
        Refs.fits(a.city(), 200, "city");
        Refs.fits(a.region(), 200, "region");
        Refs.fits(a.postalCode(), 40, "postal code");
        Refs.fits(a.phone(), 60, "phone");
        if (!a.countryCode().matches("[A-Z]{2}")) {
            throw new HostRuleViolationException(Rule.INVALID_VALUE,
                    "a country code is two upper-case letters (ISO 3166-1), e.g. GB");
        }
    }

    private static OrderRows.Head editable(Connection c, String orderNumber) throws SQLException {
        OrderRows.Head head = OrderRows.lock(c, orderNumber);
        if (!head.status().isEditable()) {
            throw new HostRuleViolationException(Rule.ORDER_NOT_EDITABLE,
                    "order " + orderNumber + " is " + head.status() + " and can no longer be changed");
        }
        return head;
    }

    private SalesOrder result(String orderNumber) {
        return findOrder(orderNumber).orElseThrow();
    }
}
