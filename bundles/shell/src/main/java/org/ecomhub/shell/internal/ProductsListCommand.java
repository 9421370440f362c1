package org.ecomhub.shell.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.ecomhub.amazon.api.products.ProductListPage;
import org.ecomhub.amazon.api.products.ProductListQuery;
import org.ecomhub.amazon.api.products.ProductMapping;
import org.ecomhub.amazon.api.products.ProductMappings;

/** {@code amazon:products-list}: the mapped listings, searched by SKU or ASIN (LIST-01/02, HOST-05). */
@Service
@Command(scope = "amazon", name = "products-list", description = "Lists the stores' products, searched by SKU or ASIN.")
public class ProductsListCommand extends AmazonCommand {

    @Reference(optional = true)
    ProductMappings mappings;

    @Option(name = "--store", aliases = "-s", description = "only this store's products")
    @Completion(AliasCompleter.class)
    String store;

    @Option(name = "--search", aliases = "-t", description = "text in the SKU or ASIN")
    String search;

    @Option(name = "--limit", aliases = "-n", description = "rows, 1 to " + ProductListQuery.MAX_LIMIT + " (default 50)")
    int limit = 50;

    @Option(name = "--offset", description = "rows to skip, for the next page")
    int offset;

    @Option(name = "--json", description = "print JSON for scripts")
    boolean json;

    @Override
    public Object execute() {
        ProductListQuery query = new ProductListQuery(store, search, offset, limit);
        if (mappings == null) {
            out().println("not installed: the products engine (bundle org.ecomhub.products) is not running.");
            return null;
        }
        ProductListPage page = mappings.list(query);
        if (json) {
            List<Object> rows = new ArrayList<>();
            for (ProductListPage.Entry e : page.entries()) {
                Map<String, Object> row = new LinkedHashMap<>();
                ProductMapping m = e.mapping();
                row.put("store", m.store());
                row.put("sellerSku", m.sellerSku());
                row.put("asin", m.asin());
                row.put("hostProductCode", m.hostProductCode());
                row.put("marketplace", m.marketplace().id());
                row.put("channel", m.channel().name());
                row.put("leadTimeDays", m.leadTimeDays());
                row.put("hostLink", e.hostLink() == null ? null : String.valueOf(e.hostLink()));
                rows.add(row);
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("offset", page.offset());
            doc.put("more", page.more());
            doc.put("products", rows);
            out().println(Json.write(doc));
            return null;
        }
        if (page.entries().isEmpty()) {
            out().println("No products match.");
            return null;
        }
        ShellTable table = new ShellTable();
        table.column("Store");
        table.column("SKU");
        table.column("ASIN");
        table.column("Host product");
        table.column("Channel");
        table.column("Lead time");
        for (ProductListPage.Entry e : page.entries()) {
            ProductMapping m = e.mapping();
            table.addRow().addContent(m.store(), m.sellerSku(), m.asin().isEmpty() ? "-" : m.asin(), m.hostProductCode(),
                    m.channel(), m.leadTimeDays());
        }
        table.print(out());
        if (page.more()) {
            out().printf("More: amazon:products-list --offset %d%n", page.offset() + page.entries().size());
        }
        return null;
    }
}
