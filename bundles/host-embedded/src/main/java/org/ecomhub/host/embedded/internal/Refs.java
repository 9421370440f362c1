package org.ecomhub.host.embedded.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import org.ecomhub.host.api.CompanySettings;
import org.ecomhub.host.api.Customer;
import org.ecomhub.host.api.HostRuleViolationException;
import org.ecomhub.host.api.HostRuleViolationException.Rule;
import org.ecomhub.host.api.SellPriceTier;
import org.ecomhub.host.api.UnknownReferenceException;
import org.ecomhub.host.api.UnknownReferenceException.Kind;
import org.ecomhub.host.api.Warehouse;
import org.ecomhub.host.api.WarehouseKind;

/** Look-ups that must find what they look for, else the typed exception naming the code. */
final class Refs {

    /** The flags of a product that stock rules need. */
    record ProductFlags(String code, boolean batchTracked, boolean serialised) {
    }

    private Refs() {
    }

    static ProductFlags product(Connection c, String code) throws SQLException {
        return Sql.one(c, "SELECT CODE, BATCH_TRACKED, SERIALISED FROM ERP_PRODUCT WHERE CODE = ?",
                        rs -> new ProductFlags(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3)), code)
                .orElseThrow(() -> new UnknownReferenceException(Kind.PRODUCT, code));
    }

    static Warehouse warehouse(Connection c, String code) throws SQLException {
        return Sql.one(c, "SELECT CODE, NAME, KIND FROM ERP_WAREHOUSE WHERE CODE = ?", Refs::warehouseRow, code)
                .orElseThrow(() -> new UnknownReferenceException(Kind.WAREHOUSE, code));
    }

    static Warehouse warehouseRow(java.sql.ResultSet rs) throws SQLException {
        return new Warehouse(rs.getString("CODE"), rs.getString("NAME"), WarehouseKind.valueOf(rs.getString("KIND")));
    }

    static Customer customer(Connection c, String code) throws SQLException {
        return Sql.one(c, "SELECT * FROM ERP_CUSTOMER WHERE CODE = ?", Refs::customerRow, code)
                .orElseThrow(() -> new UnknownReferenceException(Kind.CUSTOMER, code));
    }

    static Customer customerRow(java.sql.ResultSet rs) throws SQLException {
        return new Customer(rs.getString("CODE"), rs.getString("NAME"), rs.getString("EMAIL"), rs.getString("CURRENCY"),
                rs.getString("SALES_GROUP"));
    }

    static SellPriceTier tier(Connection c, String code) throws SQLException {
        return Sql.one(c, "SELECT CODE, NAME, CURRENCY FROM ERP_PRICE_TIER WHERE CODE = ?",
                        rs -> new SellPriceTier(rs.getString(1), rs.getString(2), rs.getString(3)), code)
                .orElseThrow(() -> new UnknownReferenceException(Kind.SELL_PRICE_TIER, code));
    }

    static void currency(Connection c, String code) throws SQLException {
        require(c, "SELECT 1 FROM ERP_CURRENCY WHERE CODE = ?", Kind.CURRENCY, code);
    }

    static void taxCode(Connection c, String code) throws SQLException {
        if (code != null) {
            require(c, "SELECT 1 FROM ERP_TAX_CODE WHERE CODE = ?", Kind.TAX_CODE, code);
        }
    }

    static void salesGroup(Connection c, String code) throws SQLException {
        if (code != null) {
            require(c, "SELECT 1 FROM ERP_SALES_GROUP WHERE CODE = ?", Kind.SALES_ORDER_GROUP, code);
        }
    }

    static void salesAccount(Connection c, String code) throws SQLException {
        if (code != null) {
            require(c, "SELECT 1 FROM ERP_SALES_ACCOUNT WHERE CODE = ?", Kind.SALES_ACCOUNT, code);
        }
    }

    static CompanySettings company(Connection c) throws SQLException {
        Set<String> currencies = new HashSet<>(Sql.list(c, "SELECT CODE FROM ERP_CURRENCY", rs -> rs.getString(1)));
        return Sql.one(c, "SELECT BATCH_TRACKING, SERIALISED, ACCOUNTING, BASE_CURRENCY FROM ERP_COMPANY WHERE ID = 1",
                        rs -> {
                            currencies.add(rs.getString(4));
                            return new CompanySettings(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3),
                                    rs.getString(4), currencies);
                        })
                .orElseThrow(() -> new IllegalStateException(
                        "the reference host has no company settings yet: run erp:seed-demo or set them up"));
    }

    /** Refuses a text longer than the column holds, naming the field and the limit. */
    static String fits(String value, int max, String what) {
        if (value != null && value.length() > max) {
            throw new HostRuleViolationException(Rule.INVALID_VALUE,
                    what + " has " + value.length() + " characters; the host takes at most " + max);
        }
        return value;
    }

    static void limit(int limit) {
        if (limit < 1 || limit > 1000) {
            throw new HostRuleViolationException(Rule.INVALID_VALUE, "limit must be 1..1000, got " + limit);
        }
    }

    static String after(String after) {
        return after == null ? "" : after;
    }

    private static void require(Connection c, String sql, Kind kind, String code) throws SQLException {
        if (!Sql.exists(c, sql, code)) {
            throw new UnknownReferenceException(kind, code);
        }
    }
}
