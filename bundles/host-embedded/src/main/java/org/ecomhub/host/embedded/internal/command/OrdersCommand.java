package org.ecomhub.host.embedded.internal.command;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.ecomhub.host.api.ChargeLine;
import org.ecomhub.host.api.SalesOrder;
import org.ecomhub.host.api.SalesOrderLine;
import org.ecomhub.host.api.SalesOrderStatus;
import org.ecomhub.host.api.SalesOrders;

/** erp:orders: the reference host's sales orders with their lines and charges. */
@Service
@Command(scope = "erp", name = "orders", description = "Lists the reference host's sales orders with their lines and charges")
public class OrdersCommand extends ErpCommand {

    @Reference
    SalesOrders orders;

    @Argument(index = 0, name = "order", description = "show only this order (order number or external reference)",
            required = false)
    String order;

    @Option(name = "--status", description = "only orders in this status: PARKED, PLACED, BACKORDERED, COMPLETED, CANCELLED")
    String status;

    @Option(name = "--json", description = "print JSON instead of tables")
    boolean json;

    @Override
    void run(PrintStream out) {
        SalesOrderStatus wanted = status == null ? null : parseStatus(status);
        List<SalesOrder> selected = order != null ? List.of(Orders.find(orders, order)) : all();
        if (wanted != null) {
            selected = selected.stream().filter(o -> o.status() == wanted).toList();
        }
        if (json) {
            Output.json(out, selected.stream().map(OrdersCommand::toJson).toList());
            return;
        }
        Output.Table heads = Output.table("Order", "External ref", "Customer ref", "Customer", "Warehouse", "Status",
                "Group", "Date", "Total", "Flags");
        Output.Table lines = Output.table("Order", "#", "Line ref", "Product", "Qty", "Shipped", "Unit price", "Amount",
                "Tax", "Tax code", "Batches / serials");
        Output.Table charges = Output.table("Order", "#", "Charge ref", "Kind", "Description", "Amount", "Tax", "Tax code",
                "Account");
        for (SalesOrder o : selected) {
            heads.row(o.orderNumber(), o.externalReference(), o.customerReference(), o.customerCode(), o.warehouseCode(),
                    o.status(), o.salesOrderGroup(), o.orderDate(), Output.text(o.total()),
                    o.flags().stream().map(f -> f.note()).collect(Collectors.joining(" | ")));
            for (SalesOrderLine l : o.lines()) {
                String numbers = l.batches().stream().map(b -> b.batchNumber() + " x" + Output.text(b.quantity()))
                        .collect(Collectors.joining(", "));
                if (!l.serialNumbers().isEmpty()) {
                    numbers = (numbers.isEmpty() ? "" : numbers + "; ") + String.join(", ", l.serialNumbers());
                }
                lines.row(o.orderNumber(), l.lineNumber(), l.externalReference(), l.productCode(), l.quantity(),
                        l.shippedQuantity(), Output.text(l.unitPrice()), Output.text(l.lineAmount()),
                        Output.text(l.taxAmount()), l.taxCode(), numbers);
            }
            for (ChargeLine c : o.charges()) {
                charges.row(o.orderNumber(), c.lineNumber(), c.externalReference(), c.kind(), c.description(),
                        Output.text(c.amount()), Output.text(c.taxAmount()), c.taxCode(), c.salesAccount());
            }
        }
        heads.print(out, "No orders" + (wanted != null ? " in status " + wanted : "") + ".");
        if (!selected.isEmpty()) {
            out.println();
            lines.print(out, "No lines.");
            out.println();
            charges.print(out, "No charges.");
        }
    }

    private List<SalesOrder> all() {
        List<SalesOrder> all = new ArrayList<>();
        String after = null;
        List<SalesOrder> page;
        do {
            page = orders.orders(after, 200);
            all.addAll(page);
            after = page.isEmpty() ? null : page.get(page.size() - 1).orderNumber();
        } while (page.size() == 200);
        return all;
    }

    private static SalesOrderStatus parseStatus(String text) {
        try {
            return SalesOrderStatus.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--status takes one of PARKED, PLACED, BACKORDERED, COMPLETED, CANCELLED; got '"
                    + text + "'");
        }
    }

    private static Map<String, Object> toJson(SalesOrder o) {
        return Output.obj("orderNumber", o.orderNumber(), "externalReference", o.externalReference(),
                "customerReference", o.customerReference(), "customer", o.customerCode(), "warehouse", o.warehouseCode(),
                "currency", o.currency(), "status", o.status(), "salesOrderGroup", o.salesOrderGroup(),
                "orderDate", o.orderDate(), "createdAt", o.createdAt(), "total", o.total(), "comments", o.comments(),
                // buyer data stays in the host: only the country is shown (ORD-09)
                "deliveryCountry", o.deliveryAddress() == null ? null : o.deliveryAddress().countryCode(),
                "flags", o.flags().stream().map(f -> Output.obj("note", f.note(), "flaggedAt", f.flaggedAt())).toList(),
                "lines", o.lines().stream().map(l -> Output.obj("lineNumber", l.lineNumber(),
                        "externalReference", l.externalReference(), "product", l.productCode(), "quantity", l.quantity(),
                        "shipped", l.shippedQuantity(), "unitPrice", l.unitPrice(), "lineAmount", l.lineAmount(),
                        "taxAmount", l.taxAmount(), "taxRate", l.taxRate(), "taxCode", l.taxCode(),
                        "batches", l.batches().stream().map(b -> Output.obj("batchNumber", b.batchNumber(),
                                "quantity", b.quantity())).toList(),
                        "serialNumbers", l.serialNumbers())).toList(),
                "charges", o.charges().stream().map(c -> Output.obj("lineNumber", c.lineNumber(),
                        "externalReference", c.externalReference(), "kind", c.kind(), "description", c.description(),
                        "amount", c.amount(), "taxAmount", c.taxAmount(), "taxRate", c.taxRate(), "taxCode", c.taxCode(),
                        "salesAccount", c.salesAccount())).toList());
    }
}
