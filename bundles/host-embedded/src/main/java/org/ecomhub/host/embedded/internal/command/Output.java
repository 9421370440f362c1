package org.ecomhub.host.embedded.internal.command;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.karaf.shell.support.table.ShellTable;
import org.ecomhub.host.api.Money;

/** The two shapes of a list command's output: a readable table, or JSON for scripts. */
final class Output {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private Output() {
    }

    /** A JSON object with its keys in the order given: {@code obj("code", "A", "name", "B")}. */
    static Map<String, Object> obj(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            out.put((String) keysAndValues[i], value == null ? null : plain(value));
        }
        return out;
    }

    static void json(PrintStream out, Object value) {
        try {
            out.println(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    /** A table with the given column headers. */
    static Table table(String... columns) {
        return new Table(columns);
    }

    static String text(BigDecimal quantity) {
        return quantity == null ? "" : quantity.stripTrailingZeros().toPlainString();
    }

    static String text(Money money) {
        return money == null ? "" : money.toString();
    }

    private static Object plain(Object value) {
        if (value instanceof BigDecimal d) {
            BigDecimal stripped = d.stripTrailingZeros();
            return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }
        if (value instanceof Money m) {
            return obj("amount", m.amount(), "currency", m.currency());
        }
        if (value instanceof Enum<?> || value instanceof java.time.temporal.Temporal) {
            return value.toString();
        }
        return value;
    }

    /** Rows of cells printed with Karaf's ShellTable. */
    static final class Table {
        private final String[] columns;
        private final List<Object[]> rows = new ArrayList<>();

        private Table(String[] columns) {
            this.columns = columns;
        }

        Table row(Object... cells) {
            Object[] printable = new Object[cells.length];
            for (int i = 0; i < cells.length; i++) {
                Object c = cells[i];
                printable[i] = c == null ? "" : c instanceof BigDecimal d ? text(d) : c;
            }
            rows.add(printable);
            return this;
        }

        void print(PrintStream out, String whenEmpty) {
            if (rows.isEmpty()) {
                out.println(whenEmpty);
                return;
            }
            ShellTable table = new ShellTable();
            for (String column : columns) {
                table.column(column);
            }
            for (Object[] row : rows) {
                table.addRow().addContent(row);
            }
            table.print(out, true);
        }
    }
}
