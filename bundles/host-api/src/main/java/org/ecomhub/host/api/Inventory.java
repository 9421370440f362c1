package org.ecomhub.host.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Warehouses, stock levels, batches and serial numbers (STK-01..04, ORD-06, ORD-07). Read only: stock moves
 * through the host's own work (receipts, {@link SalesOrders} completion, dispatch). Every method may throw
 * {@link HostUnavailableException}.
 */
@ConsumerType
public interface Inventory {

    /** All warehouses, ordered by code. */
    List<Warehouse> warehouses();

    /** A warehouse by code; empty if the host has none with that code. */
    Optional<Warehouse> findWarehouse(String code);

    /**
     * Stock of one product in one warehouse; zeros if the product never had stock there.
     *
     * @throws UnknownReferenceException {@code PRODUCT} or {@code WAREHOUSE} for an unknown code
     */
    StockLevel stockLevel(String productCode, String warehouseCode);

    /**
     * Stock of one product in every warehouse where it has or had stock, ordered by warehouse code.
     *
     * @throws UnknownReferenceException {@code PRODUCT} for an unknown code
     */
    List<StockLevel> stockLevels(String productCode);

    /**
     * Stock levels in one warehouse ordered by product code, for paging: the first {@code limit} whose product
     * code sorts after {@code afterProductCode}. Products without a stock record there are left out.
     *
     * @param afterProductCode {@code null} or empty to start at the first
     * @param limit            1..1000
     * @throws UnknownReferenceException  {@code WAREHOUSE} for an unknown code
     * @throws HostRuleViolationException {@code INVALID_VALUE} if {@code limit} is out of range
     */
    List<StockLevel> stockLevelsIn(String warehouseCode, String afterProductCode, int limit);

    /**
     * Batches of a product that still hold units in a warehouse, oldest first: by batch date, then in the order
     * they were received (ORD-07 FIFO). Empty for a product that is not batch-tracked.
     *
     * @throws UnknownReferenceException {@code PRODUCT} or {@code WAREHOUSE} for an unknown code
     */
    List<Batch> batches(String productCode, String warehouseCode);

    /**
     * Serial numbers of a product in stock in a warehouse, in the order they were received, oldest first (ORD-07
     * FIFO). Serial numbers allocated to a completed order are no longer listed.
     *
     * @throws UnknownReferenceException {@code PRODUCT} or {@code WAREHOUSE} for an unknown code
     */
    List<SerialNumber> serialNumbers(String productCode, String warehouseCode);
}
