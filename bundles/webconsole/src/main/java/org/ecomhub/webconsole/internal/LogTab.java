package org.ecomhub.webconsole.internal;

import java.time.temporal.ChronoUnit;
import java.util.List;

import org.ecomhub.amazon.api.log.ConnectionLog;
import org.ecomhub.amazon.api.log.LevelFilter;
import org.ecomhub.amazon.api.log.LogEntry;
import org.ecomhub.amazon.api.log.LogQuery;

/** The Connection Log (LOG-01/02): the last 7 days, newest first, by level, store and text. */
final class LogTab {

    static final int PAGE_SIZE = 50;

    private LogTab() {
    }

    static void render(Page page) {
        if (page.services.log() == null) {
            page.message(false, "The log bundle is not running: no connection log.");
            return;
        }
        LevelFilter level = parseLevel(page.param("level"));
        String search = page.param("search");
        int offset = Math.max(0, ProductsTab.parseInt(page.param("offset"), 0));
        page.print("<form method=\"get\" action=\"").text(page.base).print("\" class=\"ecomhub-form\">");
        page.hidden("tab", "log");
        page.print("<label>Log Level ");
        page.select("level", Field.choices("ALL", "ALL", "ERROR", "ERROR", "INFO", "INFO", "DEBUG", "DEBUG"),
                level.name());
        page.print("</label> <label>Store ");
        page.select("store", ProductsTab.storeChoices(page), page.store());
        page.print("</label> <label>Search ");
        page.input("search", "search", search, "");
        page.print("</label> <button type=\"submit\">Filter</button></form>");
        LogQuery query = LogQuery.all().withLevel(level).withStore(page.store()).withText(search)
                .since(page.services.clock().instant().minus(ConnectionLog.RETENTION)).withPage(offset, PAGE_SIZE);
        List<LogEntry> entries = page.services.log().query(query);
        long total = page.services.log().count(query);
        page.print("<table class=\"nicetable ecomhub-log\"><thead><tr><th>Time</th><th>Store</th><th>Level</th>"
                + "<th>Category</th><th>Message</th><th>Amazon id</th><th>Host id</th><th>What to do</th></tr></thead>"
                + "<tbody>");
        for (LogEntry e : entries) {
            page.print("<tr class=\"ecomhub-level-").text(e.level()).print("\"><td>")
                    .text(e.time().truncatedTo(ChronoUnit.SECONDS)).print("</td><td>").text(e.store())
                    .print("</td><td>").text(e.level()).print("</td><td>").text(e.category()).print("</td><td>")
                    .text(e.message()).print("</td><td>").text(e.amazonId()).print("</td><td>").text(e.hostId())
                    .print("</td><td>").text(e.fixText()).print("</td></tr>");
        }
        page.print("</tbody></table><p class=\"statline\">").text(entries.isEmpty() ? "No entries."
                : "Entries " + (offset + 1) + "-" + (offset + entries.size()) + " of " + total + ", newest first.");
        if (offset + entries.size() < total) {
            page.print(" <a href=\"").text(page.link("tab", "log", "level", level.name(), "store", page.store(),
                    "search", search, "offset", String.valueOf(offset + PAGE_SIZE))).print("\">Older</a>");
        }
        page.print("</p>");
    }

    private static LevelFilter parseLevel(String text) {
        try {
            return LevelFilter.parse(text);
        } catch (IllegalArgumentException e) {
            return LevelFilter.ALL;
        }
    }
}
