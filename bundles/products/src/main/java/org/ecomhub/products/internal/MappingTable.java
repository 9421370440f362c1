package org.ecomhub.products.internal;

import static org.ecomhub.products.internal.ProductSchema.MAPPING;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.ecomhub.amazon.api.products.ProductMapping;
import org.ecomhub.amazon.api.settings.FulfilmentChannel;
import org.ecomhub.amazon.api.spapi.Marketplace;

/** Plain JDBC over the mapping table; every method is one short transaction. */
final class MappingTable {

    private static final String COLUMNS =
            "STORE_ALIAS, SELLER_SKU, ASIN, HOST_PRODUCT_CODE, MARKETPLACE_ID, CHANNEL, LEAD_TIME_DAYS";

    private final DataSource dataSource;

    MappingTable(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Optional<ProductMapping> find(String store, String sellerSku) {
        List<ProductMapping> rows = query("SELECT " + COLUMNS + " FROM " + MAPPING
                + " WHERE STORE_ALIAS = ? AND SELLER_SKU = ?", store, sellerSku);
        return rows.stream().findFirst();
    }

    /**
     * Inserts the mapping unless the store already maps the SKU.
     *
     * @return the mapping now in the table: the new one, or the one another caller inserted first
     */
    ProductMapping insertIfAbsent(ProductMapping mapping) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO " + MAPPING + " (" + COLUMNS
                     + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            bind(insert, mapping);
            insert.executeUpdate();
            return mapping;
        } catch (SQLException e) {
            if (isDuplicate(e)) {
                return find(mapping.store(), mapping.sellerSku()).orElseThrow(() -> failure(e));
            }
            throw failure(e);
        }
    }

    /** Records what a product import learned about a listing, keeping its host product and lead time. */
    void updateListing(String store, String sellerSku, String asin, FulfilmentChannel channel) {
        update("UPDATE " + MAPPING + " SET ASIN = ?, CHANNEL = ? WHERE STORE_ALIAS = ? AND SELLER_SKU = ?",
                asin, channel.name(), store, sellerSku);
    }

    boolean setLeadTime(String store, String sellerSku, int days) {
        return update("UPDATE " + MAPPING + " SET LEAD_TIME_DAYS = ? WHERE STORE_ALIAS = ? AND SELLER_SKU = ?",
                days, store, sellerSku) > 0;
    }

    /**
     * A page of mappings ordered by store and SKU.
     *
     * @param store only this store's; empty for all
     * @param text  only SKUs or ASINs containing it, ignoring case; empty for all
     */
    List<ProductMapping> page(String store, String text, int offset, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM " + MAPPING + " WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (!store.isEmpty()) {
            sql.append(" AND STORE_ALIAS = ?");
            args.add(store);
        }
        if (!text.isEmpty()) {
            sql.append(" AND (UPPER(SELLER_SKU) LIKE ? ESCAPE '\\' OR UPPER(ASIN) LIKE ? ESCAPE '\\')");
            String like = "%" + escapeLike(text.toUpperCase(Locale.ROOT)) + "%";
            args.add(like);
            args.add(like);
        }
        sql.append(" ORDER BY STORE_ALIAS, SELLER_SKU OFFSET ").append(offset).append(" ROWS FETCH NEXT ")
                .append(limit).append(" ROWS ONLY");
        return query(sql.toString(), args.toArray());
    }

    /** Every mapping of a store, ordered by SKU. */
    List<ProductMapping> ofStore(String store) {
        return query("SELECT " + COLUMNS + " FROM " + MAPPING + " WHERE STORE_ALIAS = ? ORDER BY SELLER_SKU", store);
    }

    /** Records what a store's product import found, replacing the previous import's figures. */
    void recordImport(String store, int listings, int fbmListings) {
        if (update("UPDATE " + ProductSchema.LAST_IMPORT + " SET LISTINGS = ?, FBM_LISTINGS = ? WHERE STORE_ALIAS = ?",
                listings, fbmListings, store) == 0) {
            try {
                update("INSERT INTO " + ProductSchema.LAST_IMPORT + " (STORE_ALIAS, LISTINGS, FBM_LISTINGS)"
                        + " VALUES (?, ?, ?)", store, listings, fbmListings);
            } catch (MappingStoreException raced) {
                // another import of the store inserted first; ours finished later, so its figures win
                update("UPDATE " + ProductSchema.LAST_IMPORT + " SET LISTINGS = ?, FBM_LISTINGS = ?"
                        + " WHERE STORE_ALIAS = ?", listings, fbmListings, store);
            }
        }
    }

    /** The number of FBM listings the store's last import found; empty before its first import. */
    Optional<Integer> lastImportFbmListings(String store) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT FBM_LISTINGS FROM " + ProductSchema.LAST_IMPORT + " WHERE STORE_ALIAS = ?")) {
            select.setString(1, store);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(rs.getInt(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private List<ProductMapping> query(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                select.setObject(i + 1, args[i]);
            }
            List<ProductMapping> rows = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(read(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private int update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                update.setObject(i + 1, args[i]);
            }
            return update.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static void bind(PreparedStatement statement, ProductMapping m) throws SQLException {
        statement.setString(1, m.store());
        statement.setString(2, m.sellerSku());
        statement.setString(3, m.asin());
        statement.setString(4, m.hostProductCode());
        statement.setString(5, m.marketplace().id());
        statement.setString(6, m.channel().name());
        statement.setInt(7, m.leadTimeDays());
    }

    private static ProductMapping read(ResultSet rs) throws SQLException {
        Marketplace marketplace = Marketplace.byId(rs.getString(5))
                .orElseThrow(() -> new IllegalStateException("unknown marketplace id in the mapping table"));
        return new ProductMapping(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), marketplace,
                FulfilmentChannel.valueOf(rs.getString(6)), rs.getInt(7));
    }

    private static boolean isDuplicate(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }

    private static MappingStoreException failure(SQLException e) {
        return new MappingStoreException("the product mapping table cannot be read or written: " + e.getMessage(), e);
    }
}
