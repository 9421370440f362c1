package org.ecomhub.stock.internal;

import static org.ecomhub.stock.internal.StockSchema.ACCEPTED;
import static org.ecomhub.stock.internal.StockSchema.CURSOR;
import static org.ecomhub.stock.internal.StockSchema.RETRY;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.ecomhub.amazon.api.store.PollGroup;

/** Plain JDBC over the stock export's tables, keyed by seller and region. */
final class StockTables {

    /** Where the last finished export of a group left off. */
    record Cursor(long eventCursor, String settingsKey) {
    }

    private final DataSource dataSource;

    StockTables(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Map<String, Long> accepted(PollGroup group) {
        Map<String, Long> out = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT SELLER_SKU, QUANTITY FROM " + ACCEPTED + " WHERE SELLER_ID = ? AND REGION = ?")) {
            bindGroup(s, group);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    Set<String> retries(PollGroup group) {
        Set<String> out = new HashSet<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT SELLER_SKU FROM " + RETRY + " WHERE SELLER_ID = ? AND REGION = ?")) {
            bindGroup(s, group);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    Optional<Cursor> cursor(PollGroup group) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT EVENT_CURSOR, SETTINGS_KEY FROM " + CURSOR + " WHERE SELLER_ID = ? AND REGION = ?")) {
            bindGroup(s, group);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new Cursor(rs.getLong(1), rs.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Records one finished export in one transaction: the quantities Amazon accepted, the SKUs it rejected (to
     * retry), and the cursor the next scheduled run starts from.
     */
    void record(PollGroup group, Map<String, Long> acceptedQuantities, Collection<String> rejected, Cursor cursor,
            Instant now) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                // update-then-insert keeps the SQL portable; one export of a group runs at a time (the group's job)
                try (PreparedStatement update = c.prepareStatement("UPDATE " + ACCEPTED
                        + " SET QUANTITY = ?, ACCEPTED_AT = ? WHERE SELLER_ID = ? AND REGION = ? AND SELLER_SKU = ?");
                     PreparedStatement insert = c.prepareStatement("INSERT INTO " + ACCEPTED
                             + " (QUANTITY, ACCEPTED_AT, SELLER_ID, REGION, SELLER_SKU) VALUES (?, ?, ?, ?, ?)");
                     PreparedStatement unretry = c.prepareStatement("DELETE FROM " + RETRY
                             + " WHERE SELLER_ID = ? AND REGION = ? AND SELLER_SKU = ?")) {
                    for (Map.Entry<String, Long> e : acceptedQuantities.entrySet()) {
                        update.setLong(1, e.getValue());
                        update.setTimestamp(2, Timestamp.from(now));
                        update.setString(3, group.sellerId());
                        update.setString(4, group.region().name());
                        update.setString(5, e.getKey());
                        if (update.executeUpdate() == 0) {
                            insert.setLong(1, e.getValue());
                            insert.setTimestamp(2, Timestamp.from(now));
                            insert.setString(3, group.sellerId());
                            insert.setString(4, group.region().name());
                            insert.setString(5, e.getKey());
                            insert.executeUpdate();
                        }
                        bindGroup(unretry, group);
                        unretry.setString(3, e.getKey());
                        unretry.executeUpdate();
                    }
                }
                Set<String> known = retriesIn(c, group);
                try (PreparedStatement retry = c.prepareStatement("INSERT INTO " + RETRY
                        + " (SELLER_ID, REGION, SELLER_SKU) VALUES (?, ?, ?)")) {
                    for (String sku : rejected) {
                        if (known.add(sku)) {
                            bindGroup(retry, group);
                            retry.setString(3, sku);
                            retry.executeUpdate();
                        }
                    }
                }
                try (PreparedStatement update = c.prepareStatement("UPDATE " + CURSOR
                        + " SET EVENT_CURSOR = ?, SETTINGS_KEY = ? WHERE SELLER_ID = ? AND REGION = ?")) {
                    update.setLong(1, cursor.eventCursor());
                    update.setString(2, cursor.settingsKey());
                    update.setString(3, group.sellerId());
                    update.setString(4, group.region().name());
                    if (update.executeUpdate() == 0) {
                        try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + CURSOR
                                + " (EVENT_CURSOR, SETTINGS_KEY, SELLER_ID, REGION) VALUES (?, ?, ?, ?)")) {
                            insert.setLong(1, cursor.eventCursor());
                            insert.setString(2, cursor.settingsKey());
                            insert.setString(3, group.sellerId());
                            insert.setString(4, group.region().name());
                            insert.executeUpdate();
                        }
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static Set<String> retriesIn(Connection c, PollGroup group) throws SQLException {
        Set<String> out = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT SELLER_SKU FROM " + RETRY + " WHERE SELLER_ID = ? AND REGION = ?")) {
            bindGroup(s, group);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static void bindGroup(PreparedStatement s, PollGroup group) throws SQLException {
        s.setString(1, group.sellerId());
        s.setString(2, group.region().name());
    }

    private static IllegalStateException failure(SQLException e) {
        return new IllegalStateException("the stock export tables cannot be read or written: " + e.getMessage(), e);
    }
}
