package org.ecomhub.host.embedded.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.ecomhub.host.api.DispatchEvent;
import org.ecomhub.host.api.EventStream;
import org.ecomhub.host.api.StockChangeEvent;

/** Reading the two event tables; sequences come from counters whose row lock orders the commits. */
final class Events {

    private Events() {
    }

    static long latest(HostDatabase db, EventStream stream) {
        return db.read(tx -> latest(tx.connection(), stream));
    }

    static long latest(Connection c, EventStream stream) throws SQLException {
        String table = stream == EventStream.DISPATCHES ? "ERP_DISPATCH" : "ERP_STOCK_EVENT";
        return Sql.one(c, "SELECT COALESCE(MAX(SEQ), 0) FROM " + table, rs -> rs.getLong(1)).orElse(0L);
    }

    static List<DispatchEvent> dispatches(Connection c, long cursor, int limit) throws SQLException {
        record Head(long seq, String id, String order, String carrier, String tracking, java.time.LocalDate shipDate,
                    java.time.Instant at) {
        }
        List<Head> heads = Sql.list(c, "SELECT * FROM ERP_DISPATCH WHERE SEQ > ? ORDER BY SEQ FETCH FIRST " + limit
                        + " ROWS ONLY",
                rs -> new Head(rs.getLong("SEQ"), rs.getString("DISPATCH_ID"), rs.getString("ORDER_NUMBER"),
                        rs.getString("CARRIER"), rs.getString("TRACKING"), Sql.date(rs, "SHIP_DATE"),
                        Sql.instant(rs, "RECORDED_AT")), cursor);
        List<DispatchEvent> events = new ArrayList<>();
        for (Head h : heads) {
            OrderRows.Head order = Sql.one(c, "SELECT * FROM ERP_ORDER WHERE ORDER_NUMBER = ?", OrderRows::head, h.order())
                    .orElseThrow();
            List<DispatchEvent.Line> lines = Sql.list(c, "SELECT L.EXTERNAL_REF, L.PRODUCT, D.QUANTITY FROM ERP_DISPATCH_LINE D "
                            + "JOIN ERP_ORDER_LINE L ON L.ORDER_NUMBER = ? AND L.LINE_NO = D.LINE_NO WHERE D.SEQ = ? ORDER BY D.LINE_NO",
                    rs -> new DispatchEvent.Line(rs.getString(1), rs.getString(2), Sql.decimal(rs, "QUANTITY")),
                    h.order(), h.seq());
            events.add(new DispatchEvent(h.seq(), h.id(), h.order(), order.externalReference(), order.warehouse(),
                    h.carrier(), h.tracking(), h.shipDate(), h.at(), lines));
        }
        return events;
    }

    static List<StockChangeEvent> stockChanges(Connection c, long cursor, int limit) throws SQLException {
        return Sql.list(c, "SELECT * FROM ERP_STOCK_EVENT WHERE SEQ > ? ORDER BY SEQ FETCH FIRST " + limit + " ROWS ONLY",
                rs -> new StockChangeEvent(rs.getLong("SEQ"), rs.getString("PRODUCT"), rs.getString("WAREHOUSE"),
                        Sql.decimal(rs, "ON_HAND"), Sql.decimal(rs, "ALLOCATED"), rs.getString("REASON"),
                        Sql.instant(rs, "OCCURRED_AT")), cursor);
    }
}
