package org.ecomhub.stock.internal.command;

import java.io.PrintStream;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.ecomhub.amazon.api.stock.FbaStockLine;
import org.ecomhub.stock.internal.FbaStockLookup;

/** {@code amazon:fba-stock}: Amazon's fulfillable FBA units beside the host's FBA warehouse stock (FBA-01). */
@Service
@Command(scope = "amazon", name = "fba-stock",
        description = "Lists Amazon's fulfillable FBA quantity per SKU beside the host's FBA warehouse stock.")
public class FbaStockCommand implements Action {

    @Reference
    FbaStockLookup lookup;

    @Argument(index = 0, name = "alias", description = "the store", required = true)
    String alias;

    @Option(name = "--json", description = "print JSON for scripts")
    boolean json;

    @Option(name = "--differences", description = "only SKUs where the host and Amazon differ")
    boolean differencesOnly;

    /** The session's output; System.out inside an Action is the session's. */
    PrintStream out = System.out;

    @Override
    public Object execute() {
        List<FbaStockLine> lines = lookup.compare(alias).stream()
                .filter(l -> !differencesOnly || l.difference().signum() != 0).toList();
        if (json) {
            out.println(toJson(lines));
            return null;
        }
        if (lines.isEmpty()) {
            out.println("No FBA stock on Amazon and no FBA listing mapped for store " + alias + ".");
            return null;
        }
        ShellTable table = new ShellTable();
        table.column("SKU");
        table.column("ASIN");
        table.column("Host product");
        table.column("Amazon fulfillable").alignRight();
        table.column("Host FBA stock").alignRight();
        table.column("Difference").alignRight();
        for (FbaStockLine l : lines) {
            table.addRow().addContent(l.sellerSku(), l.asin(), l.hostProductCode().isEmpty() ? "-" : l.hostProductCode(),
                    l.amazonFulfillable(), l.hostFbaStock().toPlainString(), l.difference().toPlainString());
        }
        table.print(out);
        return null;
    }

    static String toJson(List<FbaStockLine> lines) {
        StringBuilder b = new StringBuilder("[");
        for (FbaStockLine l : lines) {
            if (b.length() > 1) {
                b.append(',');
            }
            b.append("{\"sku\":").append(text(l.sellerSku())).append(",\"asin\":").append(text(l.asin()))
                    .append(",\"hostProduct\":").append(text(l.hostProductCode()))
                    .append(",\"amazonFulfillable\":").append(l.amazonFulfillable())
                    .append(",\"hostFbaStock\":").append(l.hostFbaStock().toPlainString())
                    .append(",\"difference\":").append(l.difference().toPlainString()).append('}');
        }
        return b.append(']').toString();
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
