package org.ecomhub.host.embedded.internal.command;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.ecomhub.host.api.BillOfMaterials;
import org.ecomhub.host.api.Product;
import org.ecomhub.host.api.ProductCatalog;

/** erp:products: the reference host's products with flags, prices and bills of materials. */
@Service
@Command(scope = "erp", name = "products", description = "Lists the reference host's products: flags, sell prices "
        + "per tier, bills of materials")
public class ProductsCommand extends ErpCommand {

    @Reference
    ProductCatalog catalog;

    @Argument(index = 0, name = "code", description = "show only this product code", required = false)
    @Completion(ProductCodeCompleter.class)
    String code;

    @Option(name = "--json", description = "print JSON instead of a table")
    boolean json;

    @Override
    void run(PrintStream out) {
        List<Product> products = code == null ? all() : catalog.findProduct(code).map(List::of).orElseGet(List::of);
        if (code != null && products.isEmpty()) {
            throw new IllegalArgumentException("no product has the code '" + code + "'; erp:products lists them all");
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        Output.Table table = Output.table("Code", "Description", "Batch", "Serial", "Prices", "Bill of materials");
        for (Product p : products) {
            Optional<BillOfMaterials> bill = catalog.billOfMaterials(p.code());
            String prices = p.sellPrices().stream().map(s -> s.tierCode() + "=" + s.price())
                    .collect(Collectors.joining(", "));
            String components = bill.map(b -> (b.autoAssemble() ? "auto: " : "")
                    + b.components().stream().map(c -> Output.text(c.quantity()) + " x " + c.productCode())
                    .collect(Collectors.joining(", "))).orElse("");
            table.row(p.code(), p.description(), yes(p.batchTracked()), yes(p.serialised()), prices, components);
            rows.add(Output.obj("code", p.code(), "description", p.description(), "batchTracked", p.batchTracked(),
                    "serialised", p.serialised(), "autoAssemble", p.autoAssemble(),
                    "sellPrices", p.sellPrices().stream().map(s -> Output.obj("tier", s.tierCode(), "price", s.price())).toList(),
                    "billOfMaterials", bill.map(b -> b.components().stream()
                            .map(c -> Output.obj("product", c.productCode(), "quantity", c.quantity())).toList()).orElse(null),
                    "barcode", p.details().barcode()));
        }
        if (json) {
            Output.json(out, rows);
        } else {
            table.print(out, "No products. Run erp:seed-demo for demo data.");
        }
    }

    private List<Product> all() {
        List<Product> all = new ArrayList<>();
        String after = null;
        List<Product> page;
        do {
            page = catalog.products(after, 500);
            all.addAll(page);
            after = page.isEmpty() ? null : page.get(page.size() - 1).code();
        } while (page.size() == 500);
        return all;
    }

    private static String yes(boolean flag) {
        return flag ? "yes" : "";
    }
}
