package org.ecomhub.host.embedded.internal.command;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.ecomhub.host.api.Batch;
import org.ecomhub.host.api.Inventory;
import org.ecomhub.host.api.SerialNumber;
import org.ecomhub.host.api.StockLevel;
import org.ecomhub.host.api.Warehouse;

/** erp:stock: stock on hand, allocated and available per product and warehouse, with batches and serial numbers. */
@Service
@Command(scope = "erp", name = "stock", description = "Lists stock on hand, allocated and available per product and "
        + "warehouse, with batches (oldest first) and serial numbers (in receipt order)")
public class StockCommand extends ErpCommand {

    @Reference
    Inventory inventory;

    @Option(name = "--warehouse", description = "only this warehouse code")
    String warehouse;

    @Option(name = "--product", description = "only this product code")
    @Completion(ProductCodeCompleter.class)
    String product;

    @Option(name = "--json", description = "print JSON instead of a table")
    boolean json;

    @Override
    void run(PrintStream out) {
        List<Warehouse> warehouses = inventory.warehouses();
        if (warehouse != null && warehouses.stream().noneMatch(w -> w.code().equals(warehouse))) {
            throw new IllegalArgumentException("no warehouse has the code '" + warehouse + "'; erp:warehouses lists them");
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        Output.Table table = Output.table("Product", "Warehouse", "Kind", "On hand", "Allocated", "Available",
                "Batches / serial numbers");
        for (Warehouse w : warehouses) {
            if (warehouse != null && !warehouse.equals(w.code())) {
                continue;
            }
            for (StockLevel level : levels(w.code())) {
                if (product != null && !product.equals(level.productCode())) {
                    continue;
                }
                List<Batch> batches = inventory.batches(level.productCode(), w.code());
                List<SerialNumber> serials = inventory.serialNumbers(level.productCode(), w.code());
                String numbers = batches.stream().map(b -> b.batchNumber() + " (" + b.batchDate() + ") " + Output.text(b.quantity()))
                        .collect(Collectors.joining(", "));
                if (!serials.isEmpty()) {
                    numbers = (numbers.isEmpty() ? "" : numbers + "; ")
                            + serials.stream().map(SerialNumber::serial).collect(Collectors.joining(", "));
                }
                table.row(level.productCode(), w.code(), w.kind(), level.onHand(), level.allocated(), level.available(), numbers);
                rows.add(Output.obj("product", level.productCode(), "warehouse", w.code(), "kind", w.kind(),
                        "onHand", level.onHand(), "allocated", level.allocated(), "available", level.available(),
                        "batches", batches.stream().map(b -> Output.obj("batchNumber", b.batchNumber(),
                                "batchDate", b.batchDate(), "expiryDate", b.expiryDate(), "quantity", b.quantity())).toList(),
                        "serialNumbers", serials.stream().map(SerialNumber::serial).toList()));
            }
        }
        if (json) {
            Output.json(out, rows);
        } else {
            table.print(out, "No stock" + (product != null ? " of " + product : "")
                    + (warehouse != null ? " in " + warehouse : "") + ".");
        }
    }

    private List<StockLevel> levels(String warehouseCode) {
        List<StockLevel> all = new ArrayList<>();
        String after = null;
        List<StockLevel> page;
        do {
            page = inventory.stockLevelsIn(warehouseCode, after, 500);
            all.addAll(page);
            after = page.isEmpty() ? null : page.get(page.size() - 1).productCode();
        } while (page.size() == 500);
        return all;
    }
}
