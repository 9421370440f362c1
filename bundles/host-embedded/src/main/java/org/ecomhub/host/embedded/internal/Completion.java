package org.ecomhub.host.embedded.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.ecomhub.host.api.Batch;
import org.ecomhub.host.api.CompanySettings;
import org.ecomhub.host.api.HostRuleViolationException;
import org.ecomhub.host.api.HostRuleViolationException.Rule;
import org.ecomhub.host.api.LineAllocation;
import org.ecomhub.host.api.LineAllocation.BatchQuantity;
import org.ecomhub.host.api.SalesOrderStatus;
import org.ecomhub.host.api.SerialNumber;
import org.ecomhub.host.api.UnknownReferenceException;
import org.ecomhub.host.api.UnknownReferenceException.Kind;

/** Taking stock out for an order: on completion (numbers given by the caller) and on dispatch (oldest first). */
final class Completion {

    private Completion() {
    }

    /** Completes a locked, editable order: deducts every line's unshipped units and takes the numbers given. */
    static void complete(HostDatabase.Tx tx, OrderRows.Head head, List<LineAllocation> allocations) throws SQLException {
        Connection c = tx.connection();
        CompanySettings settings = Refs.company(c);
        List<OrderRows.Line> lines = OrderRows.lines(c, head.orderNumber());
        Map<String, LineAllocation> byLine = new HashMap<>();
        for (LineAllocation a : allocations) {
            if (lines.stream().noneMatch(l -> l.externalReference().equals(a.lineExternalReference()))) {
                throw new UnknownReferenceException(Kind.ORDER_LINE, a.lineExternalReference());
            }
            byLine.put(a.lineExternalReference(), a);
        }
        String reason = "order " + head.orderNumber() + " completed";
        for (OrderRows.Line line : lines) {
            BigDecimal units = line.unshipped();
            if (units.signum() <= 0) {
                continue;
            }
            takeNumbers(tx, head, line, settings, byLine.get(line.externalReference()), units);
            StockLedger.change(tx, line.product(), head.warehouse(), units.negate(),
                    head.status().allocatesStock() ? units.negate() : BigDecimal.ZERO, reason);
        }
        Sql.update(c, "UPDATE ERP_ORDER SET STATUS = ? WHERE ORDER_NUMBER = ?", SalesOrderStatus.COMPLETED,
                head.orderNumber());
    }

    /** The oldest batches and serial numbers in the order's warehouse for so many units of a line (a dispatch). */
    static LineAllocation oldestFirst(HostDatabase.Tx tx, OrderRows.Head head, OrderRows.Line line, BigDecimal units)
            throws SQLException {
        Connection c = tx.connection();
        CompanySettings settings = Refs.company(c);
        Refs.ProductFlags flags = Refs.product(c, line.product());
        List<BatchQuantity> batches = new ArrayList<>();
        if (flags.batchTracked() && settings.batchTracking()) {
            BigDecimal left = units;
            for (Batch b : EmbeddedInventory.batchesIn(c, line.product(), head.warehouse())) {
                if (left.signum() <= 0) {
                    break;
                }
                BigDecimal take = b.quantity().min(left);
                batches.add(new BatchQuantity(b.batchNumber(), take));
                left = left.subtract(take);
            }
            if (left.signum() > 0) {
                throw shortOf(line, head, units, "batches");
            }
        }
        List<String> serials = new ArrayList<>();
        if (flags.serialised() && settings.serialisedProducts()) {
            List<SerialNumber> inStock = EmbeddedInventory.serialsIn(c, line.product(), head.warehouse());
            int needed = units.intValue();
            if (inStock.size() < needed) {
                throw shortOf(line, head, units, "serial numbers");
            }
            inStock.subList(0, needed).forEach(s -> serials.add(s.serial()));
        }
        return new LineAllocation(line.externalReference(), batches, serials);
    }

    /** Takes the batch quantities and serial numbers of an allocation for so many units of a line. */
    static void takeNumbers(HostDatabase.Tx tx, OrderRows.Head head, OrderRows.Line line, CompanySettings settings,
                            LineAllocation allocation, BigDecimal units) throws SQLException {
        Connection c = tx.connection();
        Refs.ProductFlags flags = Refs.product(c, line.product());
        boolean batchesNeeded = flags.batchTracked() && settings.batchTracking();
        boolean serialsNeeded = flags.serialised() && settings.serialisedProducts();
        List<BatchQuantity> batches = allocation == null ? List.of() : allocation.batches();
        List<String> serials = allocation == null ? List.of() : allocation.serialNumbers();
        if (!batchesNeeded && !batches.isEmpty()) {
            throw new HostRuleViolationException(Rule.ALLOCATION_INVALID, "line " + line.externalReference()
                    + ": product " + line.product() + " takes no batch numbers (not batch-tracked, or batch tracking is off)");
        }
        if (!serialsNeeded && !serials.isEmpty()) {
            throw new HostRuleViolationException(Rule.ALLOCATION_INVALID, "line " + line.externalReference()
                    + ": product " + line.product() + " takes no serial numbers (not serialised, or serial numbers are off)");
        }
        if (batchesNeeded) {
            BigDecimal given = batches.stream().map(BatchQuantity::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (given.compareTo(units) != 0) {
                throw new HostRuleViolationException(Rule.ALLOCATION_REQUIRED, "line " + line.externalReference()
                        + " of batch-tracked " + line.product() + " needs batch numbers for " + units.toPlainString()
                        + " units; got " + given.toPlainString());
            }
            for (BatchQuantity b : batches) {
                takeBatch(c, head, line, b);
            }
        }
        if (serialsNeeded) {
            if (units.stripTrailingZeros().scale() > 0 || serials.size() != units.intValue()) {
                throw new HostRuleViolationException(Rule.ALLOCATION_REQUIRED, "line " + line.externalReference()
                        + " of serialised " + line.product() + " needs one serial number per unit: "
                        + units.toPlainString() + " units, " + serials.size() + " serial numbers");
            }
            if (new HashSet<>(serials).size() != serials.size()) {
                throw new HostRuleViolationException(Rule.ALLOCATION_INVALID,
                        "line " + line.externalReference() + " names a serial number twice");
            }
            int position = Sql.one(c, "SELECT COUNT(*) FROM ERP_LINE_SERIAL WHERE ORDER_NUMBER = ? AND LINE_NO = ?",
                    rs -> rs.getInt(1), head.orderNumber(), line.lineNo()).orElse(0);
            for (String serial : serials) {
                takeSerial(c, head, line, serial, position++);
            }
        }
    }

    private static void takeBatch(Connection c, OrderRows.Head head, OrderRows.Line line, BatchQuantity b)
            throws SQLException {
        record Row(String warehouse, BigDecimal quantity) {
        }
        Row row = Sql.one(c, "SELECT WAREHOUSE, QUANTITY FROM ERP_BATCH WHERE PRODUCT = ? AND BATCH_NUMBER = ? FOR UPDATE",
                        rs -> new Row(rs.getString(1), rs.getBigDecimal(2)), line.product(), b.batchNumber())
                .orElseThrow(() -> new UnknownReferenceException(Kind.BATCH, b.batchNumber()));
        if (!row.warehouse().equals(head.warehouse()) || row.quantity().compareTo(b.quantity()) < 0) {
            throw new HostRuleViolationException(Rule.ALLOCATION_INVALID, "batch " + b.batchNumber() + " of "
                    + line.product() + " holds " + row.quantity().stripTrailingZeros().toPlainString() + " in "
                    + row.warehouse() + "; line " + line.externalReference() + " asks for "
                    + b.quantity().toPlainString() + " in " + head.warehouse());
        }
        Sql.update(c, "UPDATE ERP_BATCH SET QUANTITY = QUANTITY - ? WHERE PRODUCT = ? AND BATCH_NUMBER = ?",
                b.quantity(), line.product(), b.batchNumber());
        Sql.update(c, "INSERT INTO ERP_LINE_BATCH (ORDER_NUMBER, LINE_NO, BATCH_NUMBER, QUANTITY) VALUES (?, ?, ?, ?)",
                head.orderNumber(), line.lineNo(), b.batchNumber(), b.quantity());
    }

    private static void takeSerial(Connection c, OrderRows.Head head, OrderRows.Line line, String serial, int position)
            throws SQLException {
        record Row(String warehouse, String soldOn) {
        }
        Row row = Sql.one(c, "SELECT WAREHOUSE, ORDER_NUMBER FROM ERP_SERIAL WHERE PRODUCT = ? AND SERIAL = ? FOR UPDATE",
                        rs -> new Row(rs.getString(1), rs.getString(2)), line.product(), serial)
                .orElseThrow(() -> new UnknownReferenceException(Kind.SERIAL_NUMBER, serial));
        if (row.soldOn() != null || !row.warehouse().equals(head.warehouse())) {
            throw new HostRuleViolationException(Rule.ALLOCATION_INVALID, "serial number " + serial + " of "
                    + line.product() + " is not in stock in " + head.warehouse()
                    + (row.soldOn() != null ? " (sold on " + row.soldOn() + ")" : " (it is in " + row.warehouse() + ")"));
        }
        Sql.update(c, "UPDATE ERP_SERIAL SET ORDER_NUMBER = ? WHERE PRODUCT = ? AND SERIAL = ?", head.orderNumber(),
                line.product(), serial);
        Sql.update(c, "INSERT INTO ERP_LINE_SERIAL (ORDER_NUMBER, LINE_NO, POSITION_NO, SERIAL) VALUES (?, ?, ?, ?)",
                head.orderNumber(), line.lineNo(), position, serial);
    }

    private static HostRuleViolationException shortOf(OrderRows.Line line, OrderRows.Head head, BigDecimal units,
                                                      String what) {
        return new HostRuleViolationException(Rule.STOCK_WOULD_GO_NEGATIVE, "product " + line.product() + " has too few "
                + what + " in " + head.warehouse() + " for " + units.toPlainString() + " units");
    }
}
