package org.ecomhub.host.embedded.internal.command;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.ecomhub.host.api.Inventory;
import org.ecomhub.host.api.Warehouse;

/** erp:warehouses: the reference host's warehouses and their kind (OWN or FBA). */
@Service
@Command(scope = "erp", name = "warehouses", description = "Lists the reference host's warehouses and their kind (OWN or FBA)")
public class WarehousesCommand extends ErpCommand {

    @Reference
    Inventory inventory;

    @Option(name = "--json", description = "print JSON instead of a table")
    boolean json;

    @Override
    void run(PrintStream out) {
        List<Map<String, Object>> rows = new ArrayList<>();
        Output.Table table = Output.table("Code", "Name", "Kind");
        for (Warehouse w : inventory.warehouses()) {
            table.row(w.code(), w.name(), w.kind());
            rows.add(Output.obj("code", w.code(), "name", w.name(), "kind", w.kind()));
        }
        if (json) {
            Output.json(out, rows);
        } else {
            table.print(out, "No warehouses. Run erp:seed-demo for demo data.");
        }
    }
}
