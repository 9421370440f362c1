package org.ecomhub.host.embedded.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.ecomhub.host.api.Batch;
import org.ecomhub.host.api.Inventory;
import org.ecomhub.host.api.SerialNumber;
import org.ecomhub.host.api.StockLevel;
import org.ecomhub.host.api.Warehouse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link Inventory} on the reference host's tables. */
@Component(service = Inventory.class)
public class EmbeddedInventory implements Inventory {

    private final HostDatabase db;

    @Activate
    public EmbeddedInventory(@Reference(name = "database") HostDatabase db) {
        this.db = db;
    }

    @Override
    public List<Warehouse> warehouses() {
        return db.read(tx -> Sql.list(tx.connection(), "SELECT CODE, NAME, KIND FROM ERP_WAREHOUSE ORDER BY CODE",
                Refs::warehouseRow));
    }

    @Override
    public Optional<Warehouse> findWarehouse(String code) {
        return db.read(tx -> Sql.one(tx.connection(), "SELECT CODE, NAME, KIND FROM ERP_WAREHOUSE WHERE CODE = ?",
                Refs::warehouseRow, code));
    }

    @Override
    public StockLevel stockLevel(String productCode, String warehouseCode) {
        return db.read(tx -> {
            Refs.product(tx.connection(), productCode);
            Refs.warehouse(tx.connection(), warehouseCode);
            return StockLedger.level(tx.connection(), productCode, warehouseCode);
        });
    }

    @Override
    public List<StockLevel> stockLevels(String productCode) {
        return db.read(tx -> {
            Refs.product(tx.connection(), productCode);
            return Sql.list(tx.connection(), "SELECT * FROM ERP_STOCK WHERE PRODUCT = ? ORDER BY WAREHOUSE",
                    EmbeddedInventory::levelRow, productCode);
        });
    }

    @Override
    public List<StockLevel> stockLevelsIn(String warehouseCode, String afterProductCode, int limit) {
        Refs.limit(limit);
        return db.read(tx -> {
            Refs.warehouse(tx.connection(), warehouseCode);
            return Sql.list(tx.connection(), "SELECT * FROM ERP_STOCK WHERE WAREHOUSE = ? AND PRODUCT > ? ORDER BY PRODUCT "
                    + "FETCH FIRST " + limit + " ROWS ONLY", EmbeddedInventory::levelRow, warehouseCode,
                    Refs.after(afterProductCode));
        });
    }

    @Override
    public List<Batch> batches(String productCode, String warehouseCode) {
        return db.read(tx -> {
            Refs.product(tx.connection(), productCode);
            Refs.warehouse(tx.connection(), warehouseCode);
            return batchesIn(tx.connection(), productCode, warehouseCode);
        });
    }

    @Override
    public List<SerialNumber> serialNumbers(String productCode, String warehouseCode) {
        return db.read(tx -> {
            Refs.product(tx.connection(), productCode);
            Refs.warehouse(tx.connection(), warehouseCode);
            return serialsIn(tx.connection(), productCode, warehouseCode);
        });
    }

    /** FIFO: oldest batch date first, then receipt order. */
    static List<Batch> batchesIn(Connection c, String product, String warehouse) throws SQLException {
        return Sql.list(c, "SELECT * FROM ERP_BATCH WHERE PRODUCT = ? AND WAREHOUSE = ? AND QUANTITY > 0 "
                        + "ORDER BY BATCH_DATE, RECEIPT_NO",
                rs -> new Batch(product, warehouse, rs.getString("BATCH_NUMBER"), Sql.date(rs, "BATCH_DATE"),
                        Sql.date(rs, "EXPIRY_DATE"), Sql.decimal(rs, "QUANTITY")), product, warehouse);
    }

    /** Receipt order, oldest first; sold units are left out. */
    static List<SerialNumber> serialsIn(Connection c, String product, String warehouse) throws SQLException {
        return Sql.list(c, "SELECT * FROM ERP_SERIAL WHERE PRODUCT = ? AND WAREHOUSE = ? AND ORDER_NUMBER IS NULL "
                        + "ORDER BY RECEIPT_NO",
                rs -> new SerialNumber(product, warehouse, rs.getString("SERIAL"), rs.getString("BATCH_NUMBER"),
                        Sql.instant(rs, "RECEIVED_AT")), product, warehouse);
    }

    private static StockLevel levelRow(java.sql.ResultSet rs) throws SQLException {
        return new StockLevel(rs.getString("PRODUCT"), rs.getString("WAREHOUSE"), Sql.decimal(rs, "ON_HAND"),
                Sql.decimal(rs, "ALLOCATED"));
    }
}
