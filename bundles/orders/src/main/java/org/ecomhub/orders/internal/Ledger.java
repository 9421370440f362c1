package org.ecomhub.orders.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.ecomhub.amazon.api.settings.FulfilmentChannel;
import org.ecomhub.host.api.HostUnavailableException;
import org.ecomhub.schema.SchemaMigrator;

/**
 * The order ledger and its companions (DESIGN "State"): one row per seller + Amazon order, the FBM reserve (STK-08),
 * each store's covered time (ORD-13), handled item cancellations (CANCEL-02) and the manual batch clock (DATA-04).
 * Plain JDBC; every method is one short transaction. Writers run under the poll group's lease.
 */
final class Ledger {

    private final DataSource dataSource;

    Ledger(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void migrate() throws SQLException {
        SchemaMigrator.migrate(dataSource, LedgerSchema.COMPONENT, LedgerSchema.migrations());
    }

    Optional<LedgerEntry> find(String sellerId, String orderId) {
        List<LedgerEntry> found = query("SELECT * FROM AMZ_ORDER_LEDGER WHERE SELLER_ID = ? AND ORDER_ID = ?",
                sellerId, orderId);
        return found.stream().findFirst();
    }

    /** What the ledger knows of a page of orders: their entries, and those with report keys still unmapped. */
    record Known(Map<String, LedgerEntry> entries, java.util.Set<String> unmappedReportKeys) {
    }

    /**
     * The entries of many orders of one seller and which of them have report keys without an item id (ORD-10), in
     * two reads, where one look-up per order took two transactions each.
     */
    Known known(String sellerId, List<String> orderIds) {
        Map<String, LedgerEntry> entries = new java.util.HashMap<>();
        java.util.Set<String> unmapped = new java.util.HashSet<>();
        for (int from = 0; from < orderIds.size(); from += 500) {
            List<String> ids = orderIds.subList(from, Math.min(orderIds.size(), from + 500));
            Object[] args = new Object[ids.size() + 1];
            for (int i = 0; i < ids.size(); i++) {
                args[i] = ids.get(i);
            }
            args[ids.size()] = sellerId;
            // joined to a list of ids, so every id is one primary-key look-up: "ORDER_ID IN (...)" made H2 read all of
            // the seller's rows, a cost that grew with the ledger
            String idList = idList(ids.size());
            query("SELECT L.* FROM " + idList + " JOIN AMZ_ORDER_LEDGER L ON L.SELLER_ID = ? AND L.ORDER_ID = V.ID",
                    args).forEach(e -> entries.put(e.orderId(), e));
            run(c -> {
                try (PreparedStatement s = prepare(c, "SELECT DISTINCT R.ORDER_ID FROM " + idList + " JOIN "
                        + "AMZ_REPORT_LINE R ON R.SELLER_ID = ? AND R.ORDER_ID = V.ID WHERE R.ITEM_ID IS NULL", args);
                        ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        unmapped.add(rs.getString(1));
                    }
                }
                return null;
            });
        }
        return new Known(entries, unmapped);
    }

    /** A table V(ID) of {@code n} order id parameters (a standard table value constructor). */
    private static String idList(int n) {
        return "(VALUES (CAST(? AS VARCHAR(64)))" + ", (?)".repeat(n - 1) + ") V(ID)";
    }

    /** Orders of a group in a state, oldest change first. */
    List<LedgerEntry> inState(String sellerId, String region, LedgerEntry.State state, int limit) {
        List<LedgerEntry> all = query("SELECT * FROM AMZ_ORDER_LEDGER WHERE SELLER_ID = ? AND REGION = ? AND STATE = ? "
                + "ORDER BY UPDATED_AT, ORDER_ID", sellerId, region, state.name());
        return all.size() > limit ? all.subList(0, limit) : all;
    }

    /** Every order a store has in the ledger in one state. */
    List<LedgerEntry> ofStore(String sellerId, String alias) {
        return query("SELECT * FROM AMZ_ORDER_LEDGER WHERE SELLER_ID = ? AND STORE_ALIAS = ? ORDER BY ORDER_ID",
                sellerId, alias);
    }

    void save(LedgerEntry e) {
        run(c -> {
            saveIn(c, e);
            return null;
        });
    }

    /**
     * An entry and, unless {@code units} is null, its FBM reserve (STK-08) in one transaction: one commit where a
     * save and a reserve took two.
     */
    void save(LedgerEntry e, String region, Map<String, BigDecimal> units) {
        saveAll(List.of(new Sighting(e, region, units)));
    }

    /** An order's entry to save and its reserve in a region to replace (units null: leave the reserve as it is). */
    record Sighting(LedgerEntry entry, String region, Map<String, BigDecimal> units) {
    }

    /** Several sightings in order, in one transaction (a page's skipped orders: one commit instead of one each). */
    void saveAll(List<Sighting> sightings) {
        saveAll(sightings, List.of());
    }

    /** One order's report keys to map to item ids (ORD-10). */
    record ReportKeys(String sellerId, String orderId, Map<String, String> itemIds) {
    }

    /** Sightings and learnt report keys of several orders, in one transaction. */
    void saveAll(List<Sighting> sightings, List<ReportKeys> keys) {
        if (sightings.isEmpty() && keys.isEmpty()) {
            return;
        }
        run(c -> {
            for (ReportKeys k : keys) {
                mapReportKeysIn(c, k.sellerId(), k.orderId(), k.itemIds());
            }
            for (Sighting s : sightings) {
                saveIn(c, s.entry());
                if (s.units() != null) {
                    reserveIn(c, s.entry().sellerId(), s.region(), s.entry().orderId(), s.units());
                }
            }
            return null;
        });
    }

    private static void saveIn(Connection c, LedgerEntry e) throws SQLException {
        int n = update(c, "UPDATE AMZ_ORDER_LEDGER SET STORE_ALIAS = ?, REGION = ?, CHANNEL = ?, STATE = ?, "
                        + "AMAZON_STATUS = ?, HOST_ORDER = ?, HOST_REFERENCE = ?, LAST_ERROR = ?, ATTEMPTS = ?, "
                        + "CANCEL_DONE = ?, CREATED_AT = ?, UPDATED_AT = ? WHERE SELLER_ID = ? AND ORDER_ID = ?",
                e.store(), e.region(), e.channel().name(), e.state().name(), e.amazonStatus(), e.hostOrder(),
                e.hostReference(), clip(e.lastError()), e.attempts(), e.cancelDone(), millis(e.createdAt()),
                millis(e.updatedAt()), e.sellerId(), e.orderId());
        if (n == 0) {
            update(c, "INSERT INTO AMZ_ORDER_LEDGER (SELLER_ID, ORDER_ID, STORE_ALIAS, REGION, CHANNEL, STATE, "
                            + "AMAZON_STATUS, HOST_ORDER, HOST_REFERENCE, LAST_ERROR, ATTEMPTS, CANCEL_DONE, "
                            + "CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    e.sellerId(), e.orderId(), e.store(), e.region(), e.channel().name(), e.state().name(),
                    e.amazonStatus(), e.hostOrder(), e.hostReference(), clip(e.lastError()), e.attempts(),
                    e.cancelDone(), millis(e.createdAt()), millis(e.updatedAt()));
        }
        if (e.state() == LedgerEntry.State.IMPORTED || "CANCELLED".equals(e.amazonStatus())
                || "UNFULFILLABLE".equals(e.amazonStatus())) {
            update(c, "DELETE FROM AMZ_ORDER_RESERVE WHERE SELLER_ID = ? AND ORDER_ID = ?", e.sellerId(),
                    e.orderId());
        }
    }

    /** Host orders a store's Amazon orders went into under another reference than their own (consolidated days). */
    List<String> consolidatedHostOrders(String sellerId, String alias, Instant since) {
        return run(c -> {
            List<String> numbers = new ArrayList<>();
            try (PreparedStatement s = prepare(c, "SELECT DISTINCT HOST_ORDER FROM AMZ_ORDER_LEDGER WHERE SELLER_ID = ? "
                    + "AND STORE_ALIAS = ? AND STATE = 'IMPORTED' AND HOST_REFERENCE <> ORDER_ID AND UPDATED_AT >= ? "
                    + "ORDER BY HOST_ORDER", sellerId, alias, since.toEpochMilli()); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    numbers.add(rs.getString(1));
                }
            }
            return numbers;
        });
    }

    // ---- STK-08

    /** Replaces an FBM order's reserved units (SKU to unshipped quantity) while it is not imported. */
    void reserve(String sellerId, String region, String orderId, Map<String, BigDecimal> units) {
        run(c -> {
            reserveIn(c, sellerId, region, orderId, units);
            return null;
        });
    }

    private static void reserveIn(Connection c, String sellerId, String region, String orderId,
            Map<String, BigDecimal> units) throws SQLException {
        update(c, "DELETE FROM AMZ_ORDER_RESERVE WHERE SELLER_ID = ? AND ORDER_ID = ?", sellerId, orderId);
        for (Map.Entry<String, BigDecimal> u : units.entrySet()) {
            if (u.getValue().signum() > 0) {
                update(c, "INSERT INTO AMZ_ORDER_RESERVE (SELLER_ID, REGION, ORDER_ID, SKU, QUANTITY) "
                        + "VALUES (?, ?, ?, ?, ?)", sellerId, region, orderId, u.getKey(), u.getValue());
            }
        }
    }

    Map<String, BigDecimal> reserved(String sellerId, String region) {
        return run(c -> {
            Map<String, BigDecimal> units = new TreeMap<>();
            try (PreparedStatement s = prepare(c, "SELECT SKU, SUM(QUANTITY) FROM AMZ_ORDER_RESERVE "
                    + "WHERE SELLER_ID = ? AND REGION = ? GROUP BY SKU", sellerId, region);
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    units.put(rs.getString(1), rs.getBigDecimal(2).stripTrailingZeros());
                }
            }
            return units;
        });
    }

    // ---- ORD-13 coverage per store

    Optional<Instant> coveredUntil(String sellerId, String alias) {
        return run(c -> {
            try (PreparedStatement s = prepare(c, "SELECT COVERED_UNTIL FROM AMZ_ORDER_COVERAGE WHERE SELLER_ID = ? "
                    + "AND STORE_ALIAS = ?", sellerId, alias); ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(Instant.ofEpochMilli(rs.getLong(1))) : Optional.<Instant>empty();
            }
        });
    }

    /** How many of a store's orders were placed in [from, to) (API-05's estimate of a back-fill). */
    long placedBetween(String sellerId, String alias, Instant from, Instant to) {
        return run(c -> {
            try (PreparedStatement s = prepare(c, "SELECT COUNT(*) FROM AMZ_ORDER_LEDGER WHERE SELLER_ID = ? AND "
                    + "STORE_ALIAS = ? AND CREATED_AT >= ? AND CREATED_AT < ?", sellerId, alias, from.toEpochMilli(),
                    to.toEpochMilli()); ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    void cover(String sellerId, String alias, Instant until) {
        run(c -> {
            if (update(c, "UPDATE AMZ_ORDER_COVERAGE SET COVERED_UNTIL = ? WHERE SELLER_ID = ? AND STORE_ALIAS = ?",
                    until.toEpochMilli(), sellerId, alias) == 0) {
                update(c, "INSERT INTO AMZ_ORDER_COVERAGE (SELLER_ID, STORE_ALIAS, COVERED_UNTIL) VALUES (?, ?, ?)",
                        sellerId, alias, until.toEpochMilli());
            }
            return null;
        });
    }

    // ---- CANCEL-02

    boolean itemCancelHandled(String sellerId, String orderId, String itemId) {
        return run(c -> {
            try (PreparedStatement s = prepare(c, "SELECT 1 FROM AMZ_ORDER_ITEM_CANCEL WHERE SELLER_ID = ? AND "
                    + "ORDER_ID = ? AND ITEM_ID = ?", sellerId, orderId, itemId); ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        });
    }

    void itemCancelDone(String sellerId, String orderId, String itemId) {
        run(c -> update(c, "INSERT INTO AMZ_ORDER_ITEM_CANCEL (SELLER_ID, ORDER_ID, ITEM_ID) VALUES (?, ?, ?)",
                sellerId, orderId, itemId));
    }

    // ---- DATA-04

    Optional<Instant> lastFullBatch(String alias) {
        return run(c -> {
            try (PreparedStatement s = prepare(c, "SELECT LAST_FULL_BATCH FROM AMZ_ORDER_IMPORT_BATCH WHERE "
                    + "STORE_ALIAS = ?", alias); ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(Instant.ofEpochMilli(rs.getLong(1))) : Optional.<Instant>empty();
            }
        });
    }

    void fullBatchAt(String alias, Instant at) {
        run(c -> {
            if (update(c, "UPDATE AMZ_ORDER_IMPORT_BATCH SET LAST_FULL_BATCH = ? WHERE STORE_ALIAS = ?",
                    at.toEpochMilli(), alias) == 0) {
                update(c, "INSERT INTO AMZ_ORDER_IMPORT_BATCH (STORE_ALIAS, LAST_FULL_BATCH) VALUES (?, ?)", alias,
                        at.toEpochMilli());
            }
            return null;
        });
    }

    // ---- SHIP-01

    long dispatchCursor(String sellerId, String region) {
        return run(c -> {
            try (PreparedStatement s = prepare(c, "SELECT CURSOR_SEQ FROM AMZ_DISPATCH_CURSOR WHERE SELLER_ID = ? AND "
                    + "REGION = ?", sellerId, region); ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    void moveDispatchCursor(String sellerId, String region, long sequence) {
        run(c -> {
            if (update(c, "UPDATE AMZ_DISPATCH_CURSOR SET CURSOR_SEQ = ? WHERE SELLER_ID = ? AND REGION = ?", sequence,
                    sellerId, region) == 0) {
                update(c, "INSERT INTO AMZ_DISPATCH_CURSOR (SELLER_ID, REGION, CURSOR_SEQ) VALUES (?, ?, ?)", sellerId,
                        region, sequence);
            }
            return null;
        });
    }

    /** The state of one dispatch's confirmation of one Amazon order: PENDING, DONE, or empty if never started. */
    Optional<String> shipment(String sellerId, String dispatchId, String orderId) {
        return run(c -> {
            try (PreparedStatement s = prepare(c, "SELECT STATE FROM AMZ_SHIPMENT WHERE SELLER_ID = ? AND DISPATCH_ID = ? "
                    + "AND ORDER_ID = ?", sellerId, dispatchId, orderId); ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
            }
        });
    }

    void shipment(String sellerId, String dispatchId, String orderId, String state, Instant now) {
        run(c -> {
            if (update(c, "UPDATE AMZ_SHIPMENT SET STATE = ?, UPDATED_AT = ? WHERE SELLER_ID = ? AND DISPATCH_ID = ? "
                    + "AND ORDER_ID = ?", state, now.toEpochMilli(), sellerId, dispatchId, orderId) == 0) {
                update(c, "INSERT INTO AMZ_SHIPMENT (SELLER_ID, DISPATCH_ID, ORDER_ID, STATE, UPDATED_AT) "
                        + "VALUES (?, ?, ?, ?, ?)", sellerId, dispatchId, orderId, state, now.toEpochMilli());
            }
            return null;
        });
    }

    /**
     * Records the dispatch's shipments still to confirm (each once: a row already queued stays as it is) and moves the
     * group's dispatch cursor past it, in one transaction, so no dispatch is passed over unrecorded.
     */
    void queueShipments(String sellerId, String region, List<QueuedShipment> shipments, long sequence) {
        run(c -> {
            for (QueuedShipment q : shipments) {
                try (PreparedStatement s = prepare(c, "SELECT 1 FROM AMZ_SHIPMENT_QUEUE WHERE SELLER_ID = ? AND "
                        + "DISPATCH_ID = ? AND ORDER_ID = ?", sellerId, q.dispatchId(), q.orderId());
                        ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        continue;
                    }
                }
                update(c, "INSERT INTO AMZ_SHIPMENT_QUEUE (SELLER_ID, REGION, DISPATCH_ID, ORDER_ID, STORE_ALIAS, "
                        + "HOST_ORDER, CARRIER, TRACKING, SHIP_DATE, RECORDED_AT, SEQ, LINES) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", sellerId, region, q.dispatchId(), q.orderId(),
                        q.store(), q.hostOrder(), q.carrier(), q.trackingNumber(), q.shipDate().toString(),
                        q.recordedAt().toEpochMilli(), q.sequence(), q.linesText());
            }
            if (update(c, "UPDATE AMZ_DISPATCH_CURSOR SET CURSOR_SEQ = ? WHERE SELLER_ID = ? AND REGION = ?", sequence,
                    sellerId, region) == 0) {
                update(c, "INSERT INTO AMZ_DISPATCH_CURSOR (SELLER_ID, REGION, CURSOR_SEQ) VALUES (?, ?, ?)", sellerId,
                        region, sequence);
            }
            return null;
        });
    }

    /** The group's shipments not confirmed yet, in dispatch order. */
    List<QueuedShipment> queuedShipments(String sellerId, String region) {
        return run(c -> {
            List<QueuedShipment> out = new ArrayList<>();
            try (PreparedStatement s = prepare(c, "SELECT * FROM AMZ_SHIPMENT_QUEUE WHERE SELLER_ID = ? AND REGION = ? "
                    + "ORDER BY SEQ, DISPATCH_ID, ORDER_ID", sellerId, region); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new QueuedShipment(rs.getString("DISPATCH_ID"), rs.getString("ORDER_ID"),
                            rs.getString("STORE_ALIAS"), rs.getString("HOST_ORDER"), rs.getString("CARRIER"),
                            rs.getString("TRACKING"), java.time.LocalDate.parse(rs.getString("SHIP_DATE")),
                            Instant.ofEpochMilli(rs.getLong("RECORDED_AT")), rs.getLong("SEQ"),
                            QueuedShipment.parseLines(rs.getString("LINES"))));
                }
            }
            return out;
        });
    }

    /** Marks one queued shipment confirmed (DONE) and takes it off the queue. */
    void shipmentConfirmed(String sellerId, String dispatchId, String orderId, Instant now) {
        run(c -> {
            if (update(c, "UPDATE AMZ_SHIPMENT SET STATE = 'DONE', UPDATED_AT = ? WHERE SELLER_ID = ? AND DISPATCH_ID = ? "
                    + "AND ORDER_ID = ?", now.toEpochMilli(), sellerId, dispatchId, orderId) == 0) {
                update(c, "INSERT INTO AMZ_SHIPMENT (SELLER_ID, DISPATCH_ID, ORDER_ID, STATE, UPDATED_AT) "
                        + "VALUES (?, ?, ?, 'DONE', ?)", sellerId, dispatchId, orderId, now.toEpochMilli());
            }
            update(c, "DELETE FROM AMZ_SHIPMENT_QUEUE WHERE SELLER_ID = ? AND DISPATCH_ID = ? AND ORDER_ID = ?",
                    sellerId, dispatchId, orderId);
            return null;
        });
    }

    // ---- ORD-10 report keys

    /** Remembers the report keys an order's lines were imported under, item ids unknown yet. */
    void reportKeys(String sellerId, String orderId, List<String> keys) {
        reportKeys(sellerId, Map.of(orderId, keys));
    }

    /** The report keys of several orders (order id to keys), in one transaction; each key once. */
    void reportKeys(String sellerId, Map<String, List<String>> keysByOrder) {
        if (keysByOrder.isEmpty()) {
            return;
        }
        run(c -> {
            for (Map.Entry<String, List<String>> order : keysByOrder.entrySet()) {
                reportKeysIn(c, sellerId, order.getKey(), order.getValue());
            }
            return null;
        });
    }

    private static void reportKeysIn(Connection c, String sellerId, String orderId, List<String> keys)
            throws SQLException {
        for (String key : keys) {
            try (PreparedStatement s = prepare(c, "SELECT 1 FROM AMZ_REPORT_LINE WHERE SELLER_ID = ? AND ORDER_ID = ? "
                    + "AND REPORT_KEY = ?", sellerId, orderId, key); ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    continue;
                }
            }
            update(c, "INSERT INTO AMZ_REPORT_LINE (SELLER_ID, ORDER_ID, REPORT_KEY) VALUES (?, ?, ?)", sellerId,
                    orderId, key);
        }
    }

    /** Report key to item id (null while unknown) of an order imported from the report; empty map otherwise. */
    Map<String, String> reportLines(String sellerId, String orderId) {
        return run(c -> {
            Map<String, String> lines = new TreeMap<>();
            try (PreparedStatement s = prepare(c, "SELECT REPORT_KEY, ITEM_ID FROM AMZ_REPORT_LINE WHERE SELLER_ID = ? "
                    + "AND ORDER_ID = ?", sellerId, orderId); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    lines.put(rs.getString(1), rs.getString(2));
                }
            }
            return lines;
        });
    }

    /** Several of one order's report keys to their item ids, in one transaction. */
    void mapReportKeys(String sellerId, String orderId, Map<String, String> itemIds) {
        if (itemIds.isEmpty()) {
            return;
        }
        run(c -> {
            mapReportKeysIn(c, sellerId, orderId, itemIds);
            return null;
        });
    }

    private static void mapReportKeysIn(Connection c, String sellerId, String orderId, Map<String, String> itemIds)
            throws SQLException {
        for (Map.Entry<String, String> k : itemIds.entrySet()) {
            update(c, "UPDATE AMZ_REPORT_LINE SET ITEM_ID = ? WHERE SELLER_ID = ? AND ORDER_ID = ? AND REPORT_KEY = ?",
                    k.getValue(), sellerId, orderId, k.getKey());
        }
    }

    void mapReportKey(String sellerId, String orderId, String key, String itemId) {
        run(c -> update(c, "UPDATE AMZ_REPORT_LINE SET ITEM_ID = ? WHERE SELLER_ID = ? AND ORDER_ID = ? AND REPORT_KEY = ?",
                itemId, sellerId, orderId, key));
    }

    // ---- plumbing

    private List<LedgerEntry> query(String sql, Object... args) {
        return run(c -> {
            List<LedgerEntry> out = new ArrayList<>();
            try (PreparedStatement s = prepare(c, sql, args); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new LedgerEntry(rs.getString("SELLER_ID"), rs.getString("ORDER_ID"),
                            rs.getString("STORE_ALIAS"), rs.getString("REGION"),
                            FulfilmentChannel.valueOf(rs.getString("CHANNEL")),
                            LedgerEntry.State.valueOf(rs.getString("STATE")), rs.getString("AMAZON_STATUS"),
                            rs.getString("HOST_ORDER"), rs.getString("HOST_REFERENCE"), rs.getString("LAST_ERROR"),
                            rs.getInt("ATTEMPTS"), rs.getBoolean("CANCEL_DONE"), instant(rs, "CREATED_AT"),
                            instant(rs, "UPDATED_AT")));
                }
            }
            return out;
        });
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T run(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new HostUnavailableException("the order ledger cannot be used: " + e.getMessage(), e);
        }
    }

    private static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, args)) {
            return s.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            if (args[i] == null) {
                s.setNull(i + 1, Types.VARCHAR);
            } else {
                s.setObject(i + 1, args[i]);
            }
        }
        return s;
    }

    private static Long millis(Instant t) {
        return t == null ? null : t.toEpochMilli();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    private static String clip(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 997) + "...";
    }
}
