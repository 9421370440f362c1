package org.ecomhub.shell.internal;

import java.io.PrintStream;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.ecomhub.amazon.api.log.ConnectionLog;
import org.ecomhub.amazon.api.log.LevelFilter;
import org.ecomhub.amazon.api.log.LogEntry;
import org.ecomhub.amazon.api.log.LogQuery;

/** {@code amazon:log}: reads the connection log, newest first (LOG-01, LOG-02, HOST-05). */
@Service
@Command(scope = "amazon", name = "log", description = "Shows the connection log, newest first.")
public class LogCommand implements Action {

    @Reference
    ConnectionLog log;

    @Reference
    Clock clock;

    @Option(name = "--level", aliases = "-l", description = "ALL (default), ERROR, INFO or DEBUG")
    @Completion(LevelCompleter.class)
    String level = "ALL";

    @Option(name = "--store", aliases = "-s", description = "only this store's entries (its alias)")
    @Completion(AliasCompleter.class)
    String store;

    @Option(name = "--search", aliases = "-t", description = "text in the message, Amazon id or host id")
    String search;

    @Option(name = "--since", description = "only entries since an instant (2026-11-27T08:00:00Z) or an age (30m, 24h, 7d)")
    String since;

    @Option(name = "--limit", aliases = "-n", description = "entries to show, 1 to " + LogQuery.MAX_LIMIT + " (default "
            + LogQuery.DEFAULT_LIMIT + ")")
    int limit = LogQuery.DEFAULT_LIMIT;

    @Option(name = "--offset", description = "newest entries to skip, for the next page")
    int offset;

    @Option(name = "--json", description = "print JSON for scripts")
    boolean json;

    /** Where output goes; the session's stream when {@code null} (Karaf binds System.out to the session). */
    PrintStream out;

    @Override
    public Object execute() {
        LogQuery query = query();
        List<LogEntry> entries = log.query(query);
        long total = log.count(query);
        PrintStream printer = out != null ? out : System.out;
        if (json) {
            printer.println(Json.write(jsonOf(query, entries, total)));
        } else {
            printTable(printer, query, entries, total);
        }
        return null;
    }

    /** @throws IllegalArgumentException with a clear message for a bad level, limit, offset or time */
    LogQuery query() {
        LogQuery query = LogQuery.all()
                .withLevel(LevelFilter.parse(level))
                .withStore(store)
                .withText(search)
                .withPage(offset, limit);
        return since == null ? query : query.since(Since.parse(since, clock.instant()));
    }

    private static void printTable(PrintStream printer, LogQuery query, List<LogEntry> entries, long total) {
        if (entries.isEmpty()) {
            printer.println(total == 0 ? "No connection log entries match." : "No entries on this page; " + total + " match.");
            return;
        }
        ShellTable table = new ShellTable();
        table.column("Time");
        table.column("Store");
        table.column("Level");
        table.column("Category");
        table.column("Message").maxSize(60).wrap();
        table.column("Amazon id");
        table.column("Host id");
        table.column("Fix").maxSize(50).wrap();
        for (LogEntry entry : entries) {
            table.addRow().addContent(entry.time().truncatedTo(ChronoUnit.SECONDS), dash(entry.store()),
                    entry.level(), entry.category(), entry.message(), dash(entry.amazonId()), dash(entry.hostId()),
                    dash(entry.fixText()));
        }
        table.print(printer);
        printer.printf("Entries %d-%d of %d, newest first.%n", query.offset() + 1, query.offset() + entries.size(), total);
    }

    private static Map<String, Object> jsonOf(LogQuery query, List<LogEntry> entries, long total) {
        List<Object> list = new ArrayList<>();
        for (LogEntry entry : entries) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", entry.id());
            item.put("time", entry.time().toString());
            item.put("store", entry.store());
            item.put("level", entry.level().name());
            item.put("category", entry.category().name());
            item.put("message", entry.message());
            item.put("amazonId", entry.amazonId());
            item.put("hostId", entry.hostId());
            item.put("fix", entry.fix() == null ? null : entry.fix().name());
            item.put("fixText", entry.fixText());
            list.add(item);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("total", total);
        document.put("offset", query.offset());
        document.put("limit", query.limit());
        document.put("entries", list);
        return document;
    }

    private static String dash(String value) {
        return value == null ? "-" : value;
    }
}
