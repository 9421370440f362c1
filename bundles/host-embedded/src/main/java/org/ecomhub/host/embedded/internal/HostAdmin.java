package org.ecomhub.host.embedded.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecomhub.host.api.EventStream;
import org.ecomhub.host.api.HostRuleViolationException;
import org.ecomhub.host.api.HostRuleViolationException.Rule;
import org.ecomhub.host.api.IdempotencyKey;
import org.ecomhub.host.api.LineAllocation;
import org.ecomhub.host.api.ProductDetails;
import org.ecomhub.host.api.SalesOrderStatus;
import org.ecomhub.host.api.WarehouseKind;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What people do in the reference host besides the SPI: set up reference data, receive stock, dispatch orders.
 * Set-up methods only add what is missing, so running them again changes nothing (erp:seed-demo relies on it).
 */
@Component(service = HostAdmin.class)
public class HostAdmin {

    private final HostDatabase db;

    @Activate
    public HostAdmin(@Reference(name = "database") HostDatabase db) {
        this.db = db;
    }

    /** The Clock service the host reads its time from (HOST-08). */
    public java.time.Clock clock() {
        return db.clock();
    }

    public void setCurrencies(String baseCurrency, Set<String> others) {
        db.inTransaction(tx -> {
            Connection c = tx.connection();
            for (String code : union(baseCurrency, others)) {
                if (!code.matches("[A-Z]{3}")) {
                    throw new HostRuleViolationException(Rule.INVALID_VALUE, "a currency is an ISO 4217 code such as GBP, not " + code);
                }
                insertIfMissing(c, "SELECT 1 FROM ERP_CURRENCY WHERE CODE = ?", "INSERT INTO ERP_CURRENCY (CODE) VALUES (?)", code);
            }
            if (Sql.update(c, "UPDATE ERP_COMPANY SET BASE_CURRENCY = ? WHERE ID = 1", baseCurrency) == 0) {
                Sql.update(c, "INSERT INTO ERP_COMPANY (ID, BATCH_TRACKING, SERIALISED, ACCOUNTING, BASE_CURRENCY) "
                        + "VALUES (1, FALSE, FALSE, FALSE, ?)", baseCurrency);
            }
            return null;
        });
    }

    public void setCompanySettings(boolean batchTracking, boolean serialisedProducts, boolean accountingIntegration) {
        db.inTransaction(tx -> {
            if (Sql.update(tx.connection(), "UPDATE ERP_COMPANY SET BATCH_TRACKING = ?, SERIALISED = ?, ACCOUNTING = ? WHERE ID = 1",
                    batchTracking, serialisedProducts, accountingIntegration) == 0) {
                throw new HostRuleViolationException(Rule.INVALID_VALUE, "set the currencies first: the company has none");
            }
            return null;
        });
    }

    public void addWarehouse(String code, String name, WarehouseKind kind) {
        ensure("SELECT 1 FROM ERP_WAREHOUSE WHERE CODE = ?", "INSERT INTO ERP_WAREHOUSE (CODE, NAME, KIND) VALUES (?, ?, ?)",
                code, name, kind);
    }

    public void addProduct(String code, String description, boolean batchTracked, boolean serialised) {
        db.inTransaction(tx -> {
            if (!Sql.exists(tx.connection(), "SELECT 1 FROM ERP_PRODUCT WHERE CODE = ?", code)) {
                EmbeddedProductCatalog.insert(tx, code, description, ProductDetails.NONE, batchTracked, serialised);
            }
            return null;
        });
    }

    /** Sets a product's bill; refuses unknown components and a product that would contain itself. */
    public void setBillOfMaterials(String productCode, boolean autoAssemble, Map<String, BigDecimal> components) {
        db.inTransaction(tx -> {
            Connection c = tx.connection();
            Refs.product(c, productCode);
            for (String component : components.keySet()) {
                Refs.product(c, component);
                if (contains(c, component, productCode)) {
                    throw new HostRuleViolationException(Rule.INVALID_VALUE,
                            productCode + " cannot contain " + component + ": " + component + " contains " + productCode);
                }
            }
            Sql.update(c, "DELETE FROM ERP_BOM_LINE WHERE PRODUCT = ?", productCode);
            Sql.update(c, "DELETE FROM ERP_BOM WHERE PRODUCT = ?", productCode);
            Sql.update(c, "INSERT INTO ERP_BOM (PRODUCT, AUTO_ASSEMBLE) VALUES (?, ?)", productCode, autoAssemble);
            int lineNo = 1;
            for (Map.Entry<String, BigDecimal> e : components.entrySet()) {
                Sql.update(c, "INSERT INTO ERP_BOM_LINE (PRODUCT, LINE_NO, COMPONENT, QUANTITY) VALUES (?, ?, ?, ?)",
                        productCode, lineNo++, e.getKey(), e.getValue());
            }
            return null;
        });
    }

    public void addSellPriceTier(String code, String name, String currency) {
        db.inTransaction(tx -> {
            Refs.currency(tx.connection(), currency);
            insertIfMissing(tx.connection(), "SELECT 1 FROM ERP_PRICE_TIER WHERE CODE = ?",
                    "INSERT INTO ERP_PRICE_TIER (CODE, NAME, CURRENCY) VALUES (?, ?, ?)", code, name, currency);
            return null;
        });
    }

    public void addTaxCode(String code, String description, BigDecimal rate) {
        ensure("SELECT 1 FROM ERP_TAX_CODE WHERE CODE = ?", "INSERT INTO ERP_TAX_CODE (CODE, DESCRIPTION, RATE) VALUES (?, ?, ?)",
                code, description, rate);
    }

    public void addSalesOrderGroup(String code, String name) {
        ensure("SELECT 1 FROM ERP_SALES_GROUP WHERE CODE = ?", "INSERT INTO ERP_SALES_GROUP (CODE, NAME) VALUES (?, ?)", code, name);
    }

    public void addSalesAccount(String code, String name) {
        ensure("SELECT 1 FROM ERP_SALES_ACCOUNT WHERE CODE = ?", "INSERT INTO ERP_SALES_ACCOUNT (CODE, NAME) VALUES (?, ?)",
                code, name);
    }

    /** A receipt of a product kept without batches or serial numbers; once per key. */
    public void receiveStock(IdempotencyKey key, String productCode, String warehouseCode, BigDecimal quantity) {
        db.once("receiveStock", key, tx -> {
            Refs.ProductFlags product = Refs.product(tx.connection(), productCode);
            Refs.warehouse(tx.connection(), warehouseCode);
            positive(quantity);
            if (product.batchTracked() || product.serialised()) {
                throw new HostRuleViolationException(Rule.INVALID_VALUE, productCode
                        + " is batch-tracked or serialised: receive it as a batch or as serial numbers");
            }
            StockLedger.change(tx, productCode, warehouseCode, quantity, BigDecimal.ZERO, "receipt");
            return productCode;
        });
    }

    /** A receipt of one batch; a batch number the product has already is not received again. */
    public void receiveBatch(String productCode, String warehouseCode, String batchNumber, LocalDate batchDate,
                             LocalDate expiryDate, BigDecimal quantity) {
        db.inTransaction(tx -> {
            Connection c = tx.connection();
            Refs.product(c, productCode);
            Refs.warehouse(c, warehouseCode);
            positive(quantity);
            if (Sql.exists(c, "SELECT 1 FROM ERP_BATCH WHERE PRODUCT = ? AND BATCH_NUMBER = ?", productCode, batchNumber)) {
                return null;
            }
            Sql.update(c, "INSERT INTO ERP_BATCH (RECEIPT_NO, PRODUCT, WAREHOUSE, BATCH_NUMBER, BATCH_DATE, EXPIRY_DATE, "
                            + "QUANTITY) VALUES (?, ?, ?, ?, ?, ?, ?)", tx.next(Schema.Counters.RECEIPT), productCode,
                    warehouseCode, batchNumber, batchDate, expiryDate, quantity);
            StockLedger.change(tx, productCode, warehouseCode, quantity, BigDecimal.ZERO, "receipt of batch " + batchNumber);
            return null;
        });
    }

    /** A receipt of serialised units in the order given; serial numbers the product has already are skipped. */
    public void receiveSerials(String productCode, String warehouseCode, String batchNumber, List<String> serials) {
        db.inTransaction(tx -> {
            Connection c = tx.connection();
            Refs.product(c, productCode);
            Refs.warehouse(c, warehouseCode);
            for (String serial : serials) {
                if (Sql.exists(c, "SELECT 1 FROM ERP_SERIAL WHERE PRODUCT = ? AND SERIAL = ?", productCode, serial)) {
                    continue;
                }
                Sql.update(c, "INSERT INTO ERP_SERIAL (RECEIPT_NO, PRODUCT, WAREHOUSE, SERIAL, BATCH_NUMBER, RECEIVED_AT) "
                                + "VALUES (?, ?, ?, ?, ?, ?)", tx.next(Schema.Counters.RECEIPT), productCode, warehouseCode,
                        serial, batchNumber, tx.now());
                StockLedger.change(tx, productCode, warehouseCode, BigDecimal.ONE, BigDecimal.ZERO,
                        "receipt of serial number " + serial);
            }
            return null;
        });
    }

    /**
     * A person ships (part of) an order. Stock leaves the warehouse now unless the order was completed (then it left
     * already); batch-tracked and serialised units are taken oldest first. Records a dispatch event (SHIP-01).
     *
     * @param lines line external reference to quantity; empty ships everything not shipped yet
     * @return the dispatch id
     */
    public String dispatch(String orderNumber, String carrier, String trackingNumber, LocalDate shipDate,
                           Map<String, BigDecimal> lines) {
        return db.inTransaction(tx -> {
            Connection c = tx.connection();
            OrderRows.Head head = OrderRows.lock(c, orderNumber);
            if (head.status() == SalesOrderStatus.CANCELLED) {
                throw new HostRuleViolationException(Rule.ORDER_NOT_EDITABLE, "order " + orderNumber + " is cancelled");
            }
            if (carrier == null || carrier.isBlank()) {
                throw new HostRuleViolationException(Rule.INVALID_VALUE, "a dispatch needs a carrier");
            }
            Map<OrderRows.Line, BigDecimal> shipping = whatShips(c, orderNumber, lines);
            long seq = tx.next(Schema.Counters.DISPATCH);
            String id = String.format("DSP-%08d", seq);
            Sql.update(c, "INSERT INTO ERP_DISPATCH (SEQ, DISPATCH_ID, ORDER_NUMBER, CARRIER, TRACKING, SHIP_DATE, RECORDED_AT) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", seq, id, orderNumber, Refs.fits(carrier, 200, "carrier"),
                    Refs.fits(trackingNumber, 200, "tracking number"), shipDate, tx.now());
            for (Map.Entry<OrderRows.Line, BigDecimal> e : shipping.entrySet()) {
                OrderRows.Line line = e.getKey();
                BigDecimal units = e.getValue();
                if (head.status() != SalesOrderStatus.COMPLETED) {
                    LineAllocation oldest = Completion.oldestFirst(tx, head, line, units);
                    Completion.takeNumbers(tx, head, line, Refs.company(c), oldest, units);
                    StockLedger.change(tx, line.product(), head.warehouse(), units.negate(),
                            head.status().allocatesStock() ? units.negate() : BigDecimal.ZERO, "dispatch " + id);
                }
                Sql.update(c, "UPDATE ERP_ORDER_LINE SET SHIPPED = SHIPPED + ? WHERE ORDER_NUMBER = ? AND LINE_NO = ?",
                        units, orderNumber, line.lineNo());
                Sql.update(c, "INSERT INTO ERP_DISPATCH_LINE (SEQ, LINE_NO, QUANTITY) VALUES (?, ?, ?)", seq, line.lineNo(), units);
            }
            tx.wrote(EventStream.DISPATCHES);
            return id;
        });
    }

    private static Map<OrderRows.Line, BigDecimal> whatShips(Connection c, String orderNumber, Map<String, BigDecimal> lines)
            throws SQLException {
        Map<OrderRows.Line, BigDecimal> shipping = new LinkedHashMap<>();
        if (lines.isEmpty()) {
            for (OrderRows.Line line : OrderRows.lines(c, orderNumber)) {
                if (line.unshipped().signum() > 0) {
                    shipping.put(line, line.unshipped());
                }
            }
        } else {
            for (Map.Entry<String, BigDecimal> e : lines.entrySet()) {
                OrderRows.Line line = OrderRows.line(c, orderNumber, e.getKey());
                BigDecimal units = e.getValue();
                if (units == null || units.signum() <= 0 || units.compareTo(line.unshipped()) > 0) {
                    throw new HostRuleViolationException(Rule.INVALID_VALUE, "line " + line.externalReference() + " has "
                            + line.unshipped().toPlainString() + " units left to ship; cannot ship "
                            + (units == null ? "null" : units.toPlainString()));
                }
                shipping.put(line, units);
            }
        }
        if (shipping.isEmpty()) {
            throw new HostRuleViolationException(Rule.INVALID_VALUE, "order " + orderNumber + " has nothing left to ship");
        }
        return shipping;
    }

    /** Whether {@code product} is {@code target} or has it among its components at any depth. */
    private static boolean contains(Connection c, String product, String target) throws SQLException {
        Deque<String> todo = new ArrayDeque<>(List.of(product));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (next.equals(target)) {
                return true;
            }
            todo.addAll(Sql.list(c, "SELECT COMPONENT FROM ERP_BOM_LINE WHERE PRODUCT = ?", rs -> rs.getString(1), next));
        }
        return false;
    }

    private void ensure(String existsSql, String insertSql, Object... params) {
        db.inTransaction(tx -> {
            insertIfMissing(tx.connection(), existsSql, insertSql, params);
            return null;
        });
    }

    private static void insertIfMissing(Connection c, String existsSql, String insertSql, Object... params)
            throws SQLException {
        if (!Sql.exists(c, existsSql, params[0])) {
            Sql.update(c, insertSql, params);
        }
    }

    private static void positive(BigDecimal quantity) {
        if (quantity == null || quantity.signum() <= 0) {
            throw new HostRuleViolationException(Rule.INVALID_VALUE, "a receipt needs a quantity above zero");
        }
    }

    private static Set<String> union(String base, Set<String> others) {
        java.util.TreeSet<String> all = new java.util.TreeSet<>(others);
        all.add(base);
        return all;
    }
}
