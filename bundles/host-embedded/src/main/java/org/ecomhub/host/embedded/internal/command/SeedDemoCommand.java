package org.ecomhub.host.embedded.internal.command;

import java.io.PrintStream;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.ecomhub.host.api.Customers;
import org.ecomhub.host.api.ProductCatalog;
import org.ecomhub.host.embedded.internal.DemoData;
import org.ecomhub.host.embedded.internal.HostAdmin;

/** erp:seed-demo: the demo company's data; running it again adds nothing. */
@Service
@Command(scope = "erp", name = "seed-demo", description = "Seeds the reference host with demo data "
        + "(products, warehouses, stock, batches, serial numbers, bills of materials, customers, tiers, tax codes); "
        + "running it again adds nothing")
public class SeedDemoCommand extends ErpCommand {

    @Reference
    HostAdmin admin;

    @Reference
    ProductCatalog catalog;

    @Reference
    Customers customers;

    @Override
    void run(PrintStream out) {
        int before = catalog.products(null, 1000).size();
        DemoData.seed(admin, catalog, customers);
        int after = catalog.products(null, 1000).size();
        out.println(after > before
                ? "Demo data seeded: " + (after - before) + " products, 4 warehouses (2 OWN, 2 FBA), stock, batches, "
                        + "serial numbers, 2 customers. See erp:products, erp:stock, erp:customers."
                : "Demo data already present; nothing added. See erp:products, erp:stock, erp:customers.");
    }
}
