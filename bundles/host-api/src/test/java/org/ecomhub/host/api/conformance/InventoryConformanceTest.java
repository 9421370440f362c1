package org.ecomhub.host.api.conformance;

import static org.ecomhub.host.api.conformance.StandardWorld.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.ecomhub.host.api.Batch;
import org.ecomhub.host.api.HostRuleViolationException.Rule;
import org.ecomhub.host.api.SerialNumber;
import org.ecomhub.host.api.StockLevel;
import org.ecomhub.host.api.UnknownReferenceException.Kind;
import org.ecomhub.host.api.Warehouse;
import org.ecomhub.host.api.WarehouseKind;
import org.junit.jupiter.api.Test;

/** Warehouses, stock levels, batches and serial numbers (STK-01, STK-02, ORD-06, ORD-07). */
public abstract class InventoryConformanceTest extends HostConformanceSupport {

    @Test // covers STK-02
    void warehousesHaveAKindOwnOrFba() {
        List<Warehouse> all = host.inventory().warehouses();
        assertEquals(List.of(FBA_UK, MAIN, SECOND), all.stream().map(Warehouse::code).toList());
        assertEquals(WarehouseKind.FBA, host.inventory().findWarehouse(FBA_UK).orElseThrow().kind());
        assertEquals(WarehouseKind.OWN, host.inventory().findWarehouse(MAIN).orElseThrow().kind());
        assertTrue(host.inventory().findWarehouse("NOWHERE").isEmpty());
    }

    @Test // covers STK-01
    void stockLevelsPerProductAndWarehouse() {
        StockLevel widget = host.inventory().stockLevel(WIDGET, MAIN);
        assertQuantity(10, widget.onHand());
        assertQuantity(0, widget.allocated());
        assertQuantity(0, host.inventory().stockLevel(WIDGET, SECOND).onHand());
        assertEquals(List.of(FBA_UK, MAIN),
                host.inventory().stockLevels(WIDGET).stream().map(StockLevel::warehouseCode).toList());
    }

    @Test // covers STK-01
    void availableIsOnHandMinusAllocated() {
        place("AVAIL-1", line("L1", WIDGET, 4, "1.00"));
        StockLevel level = host.inventory().stockLevel(WIDGET, MAIN);
        assertQuantity(10, level.onHand());
        assertQuantity(4, level.allocated());
        assertQuantity(6, level.available());
    }

    @Test
    void unknownProductOrWarehouseIsNamed() {
        assertUnknown(Kind.PRODUCT, "NO-SUCH", () -> host.inventory().stockLevel("NO-SUCH", MAIN));
        assertUnknown(Kind.WAREHOUSE, "NOWHERE", () -> host.inventory().stockLevel(WIDGET, "NOWHERE"));
        assertUnknown(Kind.WAREHOUSE, "NOWHERE", () -> host.inventory().batches(BATCHED, "NOWHERE"));
        assertUnknown(Kind.PRODUCT, "NO-SUCH", () -> host.inventory().serialNumbers("NO-SUCH", MAIN));
    }

    @Test // covers ORD-07
    void batchesComeOldestFirstByBatchDate() {
        List<Batch> batches = host.inventory().batches(BATCHED, MAIN);
        assertEquals(List.of("B-OLD", "B-MID", "B-NEW"), batches.stream().map(Batch::batchNumber).toList());
        assertEquals(OLD, batches.get(0).batchDate());
        assertQuantity(3, batches.get(0).quantity());
        assertQuantity(9, host.inventory().stockLevel(BATCHED, MAIN).onHand());
        assertTrue(host.inventory().batches(BATCHED, SECOND).isEmpty());
    }

    @Test // covers ORD-07
    void serialNumbersComeInReceiptOrder() {
        List<SerialNumber> serials = host.inventory().serialNumbers(SERIAL, MAIN);
        assertEquals(List.of("S-003", "S-001", "S-002"), serials.stream().map(SerialNumber::serial).toList());
        assertQuantity(3, host.inventory().stockLevel(SERIAL, MAIN).onHand());
    }

    @Test
    void stockLevelsInAWarehousePageByProductCode() {
        List<StockLevel> first = host.inventory().stockLevelsIn(MAIN, null, 2);
        assertEquals(List.of(BATCHED, GADGET), first.stream().map(StockLevel::productCode).toList());
        List<StockLevel> rest = host.inventory().stockLevelsIn(MAIN, GADGET, 100);
        assertEquals(List.of(SERIAL, WIDGET), rest.stream().map(StockLevel::productCode).toList());
        assertRule(Rule.INVALID_VALUE, () -> host.inventory().stockLevelsIn(MAIN, null, 1001));
    }
}
