package org.ecomhub.host.embedded.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecomhub.host.api.ChargeKind;
import org.ecomhub.host.api.ChargeLine;
import org.ecomhub.host.api.DeliveryAddress;
import org.ecomhub.host.api.LineAllocation.BatchQuantity;
import org.ecomhub.host.api.Money;
import org.ecomhub.host.api.OrderFlag;
import org.ecomhub.host.api.SalesOrder;
import org.ecomhub.host.api.SalesOrderLine;
import org.ecomhub.host.api.SalesOrderStatus;
import org.ecomhub.host.api.UnknownReferenceException;
import org.ecomhub.host.api.UnknownReferenceException.Kind;

/** Reading orders: the head (locked for a change) and the whole order as the SPI shows it. */
final class OrderRows {

    /** The columns of an order that rules look at. */
    record Head(String orderNumber, String externalReference, String customer, String warehouse, String currency,
                SalesOrderStatus status) {
    }

    /** A product line as stored. */
    record Line(int lineNo, String externalReference, String product, BigDecimal quantity, BigDecimal shipped,
                BigDecimal unitPrice, BigDecimal lineAmount, BigDecimal taxAmount, BigDecimal taxRate, String taxCode) {
        BigDecimal unshipped() {
            return quantity.subtract(shipped);
        }
    }

    private OrderRows() {
    }

    /** Locks the order row for the rest of the transaction, so changes to one order run one after another. */
    static Head lock(Connection c, String orderNumber) throws SQLException {
        return Sql.one(c, "SELECT * FROM ERP_ORDER WHERE ORDER_NUMBER = ? FOR UPDATE", OrderRows::head, orderNumber)
                .orElseThrow(() -> new UnknownReferenceException(Kind.SALES_ORDER, orderNumber));
    }

    static List<Line> lines(Connection c, String orderNumber) throws SQLException {
        return Sql.list(c, "SELECT * FROM ERP_ORDER_LINE WHERE ORDER_NUMBER = ? ORDER BY LINE_NO", OrderRows::line,
                orderNumber);
    }

    static Line line(Connection c, String orderNumber, String externalReference) throws SQLException {
        return Sql.one(c, "SELECT * FROM ERP_ORDER_LINE WHERE ORDER_NUMBER = ? AND EXTERNAL_REF = ?", OrderRows::line,
                        orderNumber, externalReference)
                .orElseThrow(() -> new UnknownReferenceException(Kind.ORDER_LINE, externalReference));
    }

    static Optional<SalesOrder> load(Connection c, String orderNumber) throws SQLException {
        Optional<SalesOrder> found = Sql.one(c, "SELECT * FROM ERP_ORDER WHERE ORDER_NUMBER = ?", rs -> new SalesOrder(
                rs.getString("ORDER_NUMBER"), rs.getString("EXTERNAL_REF"), rs.getString("CUSTOMER_REF"),
                rs.getString("CUSTOMER"), rs.getString("WAREHOUSE"), rs.getString("CURRENCY"),
                SalesOrderStatus.valueOf(rs.getString("STATUS")), rs.getString("SALES_GROUP"), Sql.date(rs, "ORDER_DATE"),
                Sql.instant(rs, "CREATED_AT"), List.of(), List.of(), Money.zero(rs.getString("CURRENCY")), List.of(),
                address(rs), rs.getString("COMMENTS")), orderNumber);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SalesOrder o = found.get();
        String currency = o.currency();
        List<SalesOrderLine> lines = new ArrayList<>();
        for (Line l : lines(c, orderNumber)) {
            List<BatchQuantity> batches = Sql.list(c, "SELECT BATCH_NUMBER, QUANTITY FROM ERP_LINE_BATCH "
                            + "WHERE ORDER_NUMBER = ? AND LINE_NO = ? ORDER BY BATCH_NUMBER",
                    rs -> new BatchQuantity(rs.getString(1), Sql.decimal(rs, "QUANTITY")), orderNumber, l.lineNo());
            List<String> serials = Sql.list(c, "SELECT SERIAL FROM ERP_LINE_SERIAL WHERE ORDER_NUMBER = ? AND LINE_NO = ? "
                    + "ORDER BY POSITION_NO", rs -> rs.getString(1), orderNumber, l.lineNo());
            lines.add(new SalesOrderLine(l.lineNo(), l.externalReference(), l.product(), l.quantity(), l.shipped(),
                    new Money(l.unitPrice(), currency), new Money(l.lineAmount(), currency),
                    new Money(l.taxAmount(), currency), l.taxRate(), l.taxCode(), batches, serials));
        }
        List<ChargeLine> charges = Sql.list(c, "SELECT * FROM ERP_ORDER_CHARGE WHERE ORDER_NUMBER = ? ORDER BY LINE_NO",
                rs -> new ChargeLine(rs.getInt("LINE_NO"), rs.getString("EXTERNAL_REF"),
                        ChargeKind.valueOf(rs.getString("KIND")), rs.getString("DESCRIPTION"),
                        new Money(rs.getBigDecimal("AMOUNT"), currency), new Money(rs.getBigDecimal("TAX_AMOUNT"), currency),
                        Sql.decimal(rs, "TAX_RATE"), rs.getString("TAX_CODE"), rs.getString("SALES_ACCOUNT")), orderNumber);
        List<OrderFlag> flags = Sql.list(c, "SELECT NOTE, FLAGGED_AT FROM ERP_ORDER_FLAG WHERE ORDER_NUMBER = ? ORDER BY FLAG_NO",
                rs -> new OrderFlag(rs.getString(1), Sql.instant(rs, "FLAGGED_AT")), orderNumber);
        Money total = Money.zero(currency);
        for (SalesOrderLine l : lines) {
            total = total.plus(l.total());
        }
        for (ChargeLine ch : charges) {
            total = total.plus(ch.total());
        }
        return Optional.of(new SalesOrder(o.orderNumber(), o.externalReference(), o.customerReference(), o.customerCode(),
                o.warehouseCode(), currency, o.status(), o.salesOrderGroup(), o.orderDate(), o.createdAt(), lines, charges,
                total, flags, o.deliveryAddress(), o.comments()));
    }

    private static DeliveryAddress address(ResultSet rs) throws SQLException {
        String country = rs.getString("DLV_COUNTRY");
        return country == null ? null : new DeliveryAddress(rs.getString("DLV_NAME"), rs.getString("DLV_LINE1"),
                rs.getString("DLV_LINE2"), rs.getString("DLV_LINE3"), rs.getString("DLV_CITY"), rs.getString("DLV_REGION"),
                rs.getString("DLV_POSTAL_CODE"), country, rs.getString("DLV_PHONE"));
    }

    static Head head(ResultSet rs) throws SQLException {
        return new Head(rs.getString("ORDER_NUMBER"), rs.getString("EXTERNAL_REF"), rs.getString("CUSTOMER"),
                rs.getString("WAREHOUSE"), rs.getString("CURRENCY"), SalesOrderStatus.valueOf(rs.getString("STATUS")));
    }

    static Line line(ResultSet rs) throws SQLException {
        return new Line(rs.getInt("LINE_NO"), rs.getString("EXTERNAL_REF"), rs.getString("PRODUCT"),
                Sql.decimal(rs, "QUANTITY"), Sql.decimal(rs, "SHIPPED"), rs.getBigDecimal("UNIT_PRICE"),
                rs.getBigDecimal("LINE_AMOUNT"), rs.getBigDecimal("TAX_AMOUNT"), Sql.decimal(rs, "TAX_RATE"),
                rs.getString("TAX_CODE"));
    }
}
