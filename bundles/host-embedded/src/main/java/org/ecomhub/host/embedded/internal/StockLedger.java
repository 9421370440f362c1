package org.ecomhub.host.embedded.internal;

import java.math.BigDecimal;
import java.sql.SQLException;
import org.ecomhub.host.api.EventStream;
import org.ecomhub.host.api.HostRuleViolationException;
import org.ecomhub.host.api.HostRuleViolationException.Rule;
import org.ecomhub.host.api.StockLevel;

/**
 * Every change of stock on hand or allocated goes through here: it locks the row, refuses negative stock on hand
 * and appends a stock change event in the same transaction.
 */
final class StockLedger {

    private StockLedger() {
    }

    static StockLevel level(java.sql.Connection c, String product, String warehouse) throws SQLException {
        return Sql.one(c, "SELECT ON_HAND, ALLOCATED FROM ERP_STOCK WHERE PRODUCT = ? AND WAREHOUSE = ?",
                        rs -> new StockLevel(product, warehouse, Sql.decimal(rs, "ON_HAND"), Sql.decimal(rs, "ALLOCATED")),
                        product, warehouse)
                .orElse(new StockLevel(product, warehouse, BigDecimal.ZERO, BigDecimal.ZERO));
    }

    /**
     * Moves stock on hand and allocated by the deltas.
     *
     * @throws HostRuleViolationException STOCK_WOULD_GO_NEGATIVE if on hand would fall below zero
     */
    static StockLevel change(HostDatabase.Tx tx, String product, String warehouse, BigDecimal onHandDelta,
                             BigDecimal allocatedDelta, String reason) throws SQLException {
        if (onHandDelta.signum() == 0 && allocatedDelta.signum() == 0) {
            return level(tx.connection(), product, warehouse);
        }
        boolean exists = Sql.exists(tx.connection(),
                "SELECT 1 FROM ERP_STOCK WHERE PRODUCT = ? AND WAREHOUSE = ? FOR UPDATE", product, warehouse);
        if (!exists) {
            Sql.update(tx.connection(), "INSERT INTO ERP_STOCK (PRODUCT, WAREHOUSE, ON_HAND, ALLOCATED) VALUES (?, ?, 0, 0)",
                    product, warehouse);
        }
        StockLevel before = level(tx.connection(), product, warehouse);
        BigDecimal onHand = before.onHand().add(onHandDelta);
        if (onHand.signum() < 0) {
            throw new HostRuleViolationException(Rule.STOCK_WOULD_GO_NEGATIVE, "product " + product + " in warehouse "
                    + warehouse + " has " + before.onHand().toPlainString() + " on hand; "
                    + onHandDelta.negate().toPlainString() + " needed (" + reason + ")");
        }
        // allocation never goes below zero: a release larger than what is allocated only empties it
        BigDecimal allocated = before.allocated().add(allocatedDelta).max(BigDecimal.ZERO);
        Sql.update(tx.connection(), "UPDATE ERP_STOCK SET ON_HAND = ?, ALLOCATED = ? WHERE PRODUCT = ? AND WAREHOUSE = ?",
                onHand, allocated, product, warehouse);
        long seq = tx.next(Schema.Counters.STOCK_EVENT);
        Sql.update(tx.connection(), "INSERT INTO ERP_STOCK_EVENT (SEQ, PRODUCT, WAREHOUSE, ON_HAND, ALLOCATED, REASON, "
                + "OCCURRED_AT) VALUES (?, ?, ?, ?, ?, ?, ?)", seq, product, warehouse, onHand, allocated,
                Refs.fits(reason, 500, "reason"), tx.now());
        tx.wrote(EventStream.STOCK_CHANGES);
        return new StockLevel(product, warehouse, onHand, allocated);
    }
}
