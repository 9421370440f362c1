package org.ecomhub.products.internal.command;

import java.io.PrintStream;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.ecomhub.amazon.api.products.ProductListPage;
import org.ecomhub.amazon.api.products.ProductListQuery;
import org.ecomhub.amazon.api.products.ProductMapping;
import org.ecomhub.amazon.api.products.ProductMappings;

/** {@code amazon:product-list}: the synced products, searchable by SKU or ASIN, a page at a time (LIST-01/02). */
@Service
@Command(scope = "amazon", name = "product-list",
        description = "Lists synced products: SKU, ASIN, store, marketplace, lead time and host product.")
public class ProductListCommand implements Action {

    @Reference
    ProductMappings mappings;

    @Option(name = "--store", description = "only this store's products")
    String store = "";

    @Option(name = "--search", description = "only SKUs or ASINs containing this text")
    String search = "";

    @Option(name = "--offset", description = "rows to skip")
    int offset;

    @Option(name = "--limit", description = "rows per page, 1 to 500")
    int limit = 50;

    @Option(name = "--json", description = "print JSON for scripts")
    boolean json;

    /** The session's output; System.out inside an Action is the session's. */
    PrintStream out = System.out;

    @Override
    public Object execute() {
        ProductListPage page = mappings.list(new ProductListQuery(store, search, offset, limit));
        if (json) {
            out.println(toJson(page));
            return null;
        }
        if (page.entries().isEmpty()) {
            out.println("No products" + (search.isBlank() ? "" : " match '" + search + "'")
                    + ". Import them with amazon:products-import <alias>.");
            return null;
        }
        ShellTable table = new ShellTable();
        table.column("Store");
        table.column("SKU");
        table.column("ASIN");
        table.column("Marketplace");
        table.column("Channel");
        table.column("Lead time").alignRight();
        table.column("Host product");
        for (ProductListPage.Entry e : page.entries()) {
            ProductMapping m = e.mapping();
            table.addRow().addContent(m.store(), m.sellerSku(), m.asin().isEmpty() ? "-" : m.asin(),
                    m.marketplace().countryCode(), m.channel(), m.leadTimeDays(),
                    e.hostLink() == null ? m.hostProductCode() + " (not in the host)" : e.hostLink().value());
        }
        table.print(out);
        if (page.more()) {
            out.println("More: --offset " + (offset + page.entries().size()));
        }
        return null;
    }

    static String toJson(ProductListPage page) {
        StringBuilder b = new StringBuilder("{\"offset\":").append(page.offset()).append(",\"more\":")
                .append(page.more()).append(",\"products\":[");
        boolean first = true;
        for (ProductListPage.Entry e : page.entries()) {
            ProductMapping m = e.mapping();
            b.append(first ? "" : ",").append("{\"store\":").append(text(m.store()))
                    .append(",\"sku\":").append(text(m.sellerSku()))
                    .append(",\"asin\":").append(text(m.asin()))
                    .append(",\"marketplace\":").append(text(m.marketplace().id()))
                    .append(",\"channel\":").append(text(m.channel().name()))
                    .append(",\"leadTimeDays\":").append(m.leadTimeDays())
                    .append(",\"hostProduct\":").append(text(m.hostProductCode()))
                    .append(",\"hostLink\":").append(e.hostLink() == null ? "null" : text(e.hostLink().value()))
                    .append('}');
            first = false;
        }
        return b.append("]}").toString();
    }

    private static String text(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
