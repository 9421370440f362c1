package org.ecomhub.host.embedded.internal.command;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.ecomhub.host.api.HostException;
import org.ecomhub.host.api.IdempotencyKey;
import org.ecomhub.host.api.Inventory;
import org.ecomhub.host.api.Product;
import org.ecomhub.host.api.ProductCatalog;
import org.ecomhub.host.api.StockLevel;
import org.ecomhub.host.embedded.internal.HostAdmin;

/** erp:receive: a person books goods in, so stock changes reach Amazon (STK-06). */
@Service
@Command(scope = "erp", name = "receive", description = "Receives stock of a product into a warehouse: a quantity, "
        + "a batch (batch-tracked products) or serial numbers (serialised products)")
public class ReceiveCommand extends ErpCommand {

    @Reference
    HostAdmin admin;

    @Reference
    ProductCatalog catalog;

    @Reference
    Inventory inventory;

    @Argument(index = 0, name = "product", description = "product code", required = true)
    @Completion(ProductCodeCompleter.class)
    String product;

    @Argument(index = 1, name = "warehouse", description = "warehouse code", required = true)
    String warehouse;

    @Argument(index = 2, name = "quantity", description = "units received (not for serial numbers)")
    String quantity;

    @Option(name = "--batch", description = "batch number (batch-tracked products)")
    String batch;

    @Option(name = "--batch-date", description = "batch date yyyy-MM-dd (default: today)")
    String batchDate;

    @Option(name = "--serial", description = "a serial number; repeat for more (serialised products)", multiValued = true)
    List<String> serials;

    @Override
    void run(PrintStream out) {
        Product p = catalog.findProduct(product).orElseThrow(() -> new IllegalArgumentException(
                "no product has the code '" + product + "'; erp:products lists them"));
        if (inventory.findWarehouse(warehouse).isEmpty()) {
            throw new IllegalArgumentException("no warehouse has the code '" + warehouse + "'; erp:warehouses lists them");
        }
        try {
            if (p.serialised()) {
                if (serials == null || serials.isEmpty()) {
                    throw new IllegalArgumentException(product + " is serialised: give each unit's number with --serial");
                }
                admin.receiveSerials(product, warehouse, batch, serials);
            } else if (p.batchTracked()) {
                if (batch == null) {
                    throw new IllegalArgumentException(product + " is batch-tracked: give the batch with --batch <number>");
                }
                admin.receiveBatch(product, warehouse, batch, date(), null, units());
            } else {
                admin.receiveStock(IdempotencyKey.of("erp:receive", UUID.randomUUID().toString()), product, warehouse, units());
            }
        } catch (HostException e) {
            throw new IllegalArgumentException("cannot receive " + product + ": " + e.getMessage(), e);
        }
        StockLevel level = inventory.stockLevel(product, warehouse);
        out.println("Received " + product + " into " + warehouse + ": on hand " + Output.text(level.onHand())
                + ", available " + Output.text(level.available()));
    }

    private BigDecimal units() {
        if (quantity == null) {
            throw new IllegalArgumentException("give the quantity received, e.g. erp:receive " + product + " " + warehouse + " 10");
        }
        try {
            BigDecimal units = new BigDecimal(quantity);
            if (units.signum() <= 0) {
                throw new IllegalArgumentException("the quantity must be above zero, got " + quantity);
            }
            return units;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the quantity '" + quantity + "' is not a number");
        }
    }

    private LocalDate date() {
        if (batchDate == null) {
            return LocalDate.now(admin.clock());
        }
        try {
            return LocalDate.parse(batchDate);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--batch-date takes yyyy-MM-dd, e.g. 2026-11-27; got '" + batchDate + "'");
        }
    }
}
