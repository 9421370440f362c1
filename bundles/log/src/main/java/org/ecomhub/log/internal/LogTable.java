package org.ecomhub.log.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.ecomhub.amazon.api.log.FixAction;
import org.ecomhub.amazon.api.log.LogCategory;
import org.ecomhub.amazon.api.log.LogEntry;
import org.ecomhub.amazon.api.log.LogEvent;
import org.ecomhub.amazon.api.log.LogLevel;
import org.ecomhub.amazon.api.log.LogQuery;

/** Plain JDBC on the connection log's table; portable SQL (standard OFFSET/FETCH paging, LIKE with ESCAPE). */
final class LogTable {

    private static final String TABLE = LogSchema.TABLE;
    private static final String COLUMNS =
            "ID, LOGGED_AT, STORE_ALIAS, LOG_LEVEL, CATEGORY, MESSAGE, AMAZON_ID, HOST_ID, FIX_ACTION";

    private final DataSource dataSource;

    LogTable(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void insert(Instant time, LogEvent event) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE
                     + " (LOGGED_AT, STORE_ALIAS, LOG_LEVEL, CATEGORY, MESSAGE, AMAZON_ID, HOST_ID, FIX_ACTION)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, OffsetDateTime.ofInstant(time, ZoneOffset.UTC));
            insert.setString(2, event.store());
            insert.setString(3, event.level().name());
            insert.setString(4, event.category().name());
            insert.setString(5, fit(event.message()));
            insert.setString(6, event.amazonId());
            insert.setString(7, event.hostId());
            insert.setString(8, event.fix() == null ? null : event.fix().name());
            insert.executeUpdate();
        }
    }

    /** Entries matching the query at or after {@code notBefore}, newest first, one page. */
    List<LogEntry> select(LogQuery query, Instant notBefore) throws SQLException {
        Where where = Where.of(query, notBefore);
        String sql = "SELECT " + COLUMNS + " FROM " + TABLE + where.sql()
                + " ORDER BY LOGGED_AT DESC, ID DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            int next = where.bind(select);
            select.setInt(next, query.offset());
            select.setInt(next + 1, query.limit());
            List<LogEntry> entries = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    entries.add(read(rs));
                }
            }
            return entries;
        }
    }

    long count(LogQuery query, Instant notBefore) throws SQLException {
        Where where = Where.of(query, notBefore);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM " + TABLE + where.sql())) {
            where.bind(count);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Deletes entries written before {@code cutoff}; returns how many. */
    int deleteBefore(Instant cutoff) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM " + TABLE + " WHERE LOGGED_AT < ?")) {
            delete.setObject(1, OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC));
            return delete.executeUpdate();
        }
    }

    private static LogEntry read(ResultSet rs) throws SQLException {
        String fix = rs.getString("FIX_ACTION");
        return new LogEntry(rs.getLong("ID"),
                rs.getObject("LOGGED_AT", OffsetDateTime.class).toInstant(),
                rs.getString("STORE_ALIAS"),
                LogLevel.valueOf(rs.getString("LOG_LEVEL")),
                LogCategory.valueOf(rs.getString("CATEGORY")),
                rs.getString("MESSAGE"),
                rs.getString("AMAZON_ID"),
                rs.getString("HOST_ID"),
                fix == null ? null : FixAction.valueOf(fix));
    }

    /** Keeps a message within the column; the end of a very long message is the least useful part. */
    private static String fit(String message) {
        int max = LogSchema.MESSAGE_LENGTH;
        return message.length() <= max ? message : message.substring(0, max - 1) + "\u2026";
    }

    /** The WHERE clause of a query and its parameters, in order. */
    private record Where(String sql, List<Object> parameters) {

        static Where of(LogQuery query, Instant notBefore) {
            StringBuilder sql = new StringBuilder(" WHERE LOGGED_AT >= ?");
            List<Object> parameters = new ArrayList<>();
            Instant from = query.from() == null || query.from().isBefore(notBefore) ? notBefore : query.from();
            parameters.add(OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
            if (query.to() != null) {
                sql.append(" AND LOGGED_AT < ?");
                parameters.add(OffsetDateTime.ofInstant(query.to(), ZoneOffset.UTC));
            }
            if (query.level().level() != null) {
                sql.append(" AND LOG_LEVEL = ?");
                parameters.add(query.level().level().name());
            }
            if (query.store() != null) {
                // aliases are compared without case: an admin typing eu1 means EU1
                sql.append(" AND UPPER(STORE_ALIAS) = ?");
                parameters.add(query.store().toUpperCase(Locale.ROOT));
            }
            if (query.text() != null) {
                sql.append(" AND (LOWER(MESSAGE) LIKE ? ESCAPE '!' OR LOWER(AMAZON_ID) LIKE ? ESCAPE '!'"
                        + " OR LOWER(HOST_ID) LIKE ? ESCAPE '!')");
                String pattern = "%" + escapeLike(query.text().toLowerCase(Locale.ROOT)) + "%";
                parameters.add(pattern);
                parameters.add(pattern);
                parameters.add(pattern);
            }
            return new Where(sql.toString(), parameters);
        }

        /** Binds the parameters and returns the index of the next free one. */
        int bind(PreparedStatement statement) throws SQLException {
            int index = 1;
            for (Object parameter : parameters) {
                statement.setObject(index++, parameter);
            }
            return index;
        }

        private static String escapeLike(String text) {
            return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        }
    }
}
