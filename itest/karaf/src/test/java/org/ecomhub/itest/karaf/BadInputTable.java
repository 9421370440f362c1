package org.ecomhub.itest.karaf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table of bad inputs under {@code bad-input/} on the test class path: one case a line, columns separated by
 * {@code " | "}, lines starting with {@code #} and blank lines skipped. Kept as text so the cases read as a table.
 */
final class BadInputTable {

    /** One line of a table: its line number (for the report) and its trimmed columns. */
    record Row(String table, int line, List<String> columns) {

        String column(int index) {
            return index < columns.size() ? columns.get(index) : "";
        }

        /** The columns from {@code index} on: the pieces a message must hold. */
        List<String> from(int index) {
            return index < columns.size() ? columns.subList(index, columns.size()) : List.of();
        }

        String where() {
            return table + ":" + line;
        }
    }

    private BadInputTable() {
    }

    static List<Row> read(String name) {
        String resource = "/bad-input/" + name;
        try (InputStream in = BadInputTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no table " + resource + " on the probe's class path");
            }
            List<Row> rows = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                rows.add(new Row(name, i + 1, Arrays.stream(line.split(" \\| ")).map(String::strip).toList()));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
