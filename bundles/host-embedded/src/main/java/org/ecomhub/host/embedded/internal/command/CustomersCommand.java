package org.ecomhub.host.embedded.internal.command;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.ecomhub.host.api.Customer;
import org.ecomhub.host.api.Customers;

/** erp:customers: the reference host's customers. */
@Service
@Command(scope = "erp", name = "customers", description = "Lists the reference host's customers")
public class CustomersCommand extends ErpCommand {

    @Reference
    Customers customers;

    @Option(name = "--json", description = "print JSON instead of a table")
    boolean json;

    @Override
    void run(PrintStream out) {
        List<Map<String, Object>> rows = new ArrayList<>();
        Output.Table table = Output.table("Code", "Name", "E-mail", "Currency", "Sales order group");
        String after = null;
        List<Customer> page;
        do {
            page = customers.customers(after, 500);
            for (Customer c : page) {
                table.row(c.code(), c.name(), c.email(), c.currency(), c.defaultSalesOrderGroup());
                rows.add(Output.obj("code", c.code(), "name", c.name(), "email", c.email(), "currency", c.currency(),
                        "salesOrderGroup", c.defaultSalesOrderGroup()));
                after = c.code();
            }
        } while (page.size() == 500);
        if (json) {
            Output.json(out, rows);
        } else {
            table.print(out, "No customers. Run erp:seed-demo for demo data.");
        }
    }
}
