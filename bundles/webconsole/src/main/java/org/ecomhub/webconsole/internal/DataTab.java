package org.ecomhub.webconsole.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ecomhub.amazon.api.store.JobResult;

/** Manage Your Data (DATA-01..04): manual jobs of one store, with their progress and ETA while they run. */
final class DataTab {

    static final int MAX_ORDERS = 50;
    static final Pattern ORDER_ID = Pattern.compile("\\d{3}-\\d{7}-\\d{7}");

    private DataTab() {
    }

    static void render(Page page, String alias) {
        page.print("<p>It is recommended to use these options only when you start the integration process, because"
                + " all the records are imported or exported. Later imports and exports run on their own as the"
                + " Configuration tab says.</p>");
        JobsPanel.render(page, page.tracker.ofStore(alias));
        boolean may = page.user.may(Role.OPERATOR);
        page.print("<h3>Sync products, orders or stocks</h3><table class=\"nicetable\">");
        page.print("<tr><th>Import Products from Amazon</th><td>If the Amazon SKU or ASIN does not match a product code,"
                + " a new product is created; a matching product is overwritten only when Product Synchronization is"
                + " on.</td><td>");
        if (may) {
            page.formStart("import-products", "data", "ecomhub-inline");
            page.formEnd("Import", "ecomhub-button");
        }
        page.print("</td></tr><tr><th>Export Stock on Hand</th><td>Exports the available stock on hand of all mapped"
                + " products to Amazon.</td><td>");
        if (may) {
            page.formStart("export-stock", "data", "ecomhub-inline");
            page.formEnd("Export", "ecomhub-button");
        }
        page.print("</td></tr></table>");
        missingOrders(page, may);
    }

    private static void missingOrders(Page page, boolean may) {
        page.print("<h3>Import Missing Orders</h3><p>Find and import any Amazon orders that have failed to import, by"
                + " their order date.</p>");
        LocalDate today = LocalDate.ofInstant(page.services.clock().instant(), ZoneOffset.UTC);
        if (may) {
            page.formStart("find-missing", "data", "ecomhub-form");
            page.print("<label>From ");
            page.input("date", "from", today.minusDays(7).toString(), "required");
            page.print("</label> <label>To ");
            page.input("date", "to", today.toString(), "required");
            page.print("</label> ");
            page.formEnd("Find", "ecomhub-button");
        }
        List<String> found = foundIds(page);
        if (!found.isEmpty()) {
            page.print("<p>Missing orders by Amazon order number:</p><ul class=\"ecomhub-missing\">");
            found.forEach(id -> page.print("<li>").text(id).print("</li>"));
            page.print("</ul>");
            if (may) {
                page.formStart("import-orders", "data", "ecomhub-inline");
                page.hidden("orders", String.join(",", found.subList(0, Math.min(MAX_ORDERS, found.size()))));
                page.formEnd("Import", "ecomhub-button");
            }
        }
        page.print("<p>Or enter Amazon order numbers, separated by commas or new lines:</p>");
        if (may) {
            page.formStart("import-orders", "data", "ecomhub-form");
            page.print("<textarea name=\"orders\" id=\"orders\" rows=\"4\" cols=\"40\"></textarea><br>");
            page.formEnd("Import", "ecomhub-button");
        }
        page.print("<p class=\"ecomhub-note\">Note: a maximum of 50 missing Amazon orders can be imported at any one"
                + " time. If more than 50 missing orders need to be imported, wait 10 minutes between each group of"
                + " 50.</p>");
    }

    /** The ids a finished "find" job of this page listed. */
    private static List<String> foundIds(Page page) {
        return page.tracker.view(page.param("job"))
                .filter(v -> v.kind() == org.ecomhub.amazon.api.store.JobKind.MISSING_ORDERS)
                .flatMap(JobTracker.View::result).filter(r -> r.status() == JobResult.Status.DONE)
                .map(r -> orderIds(r.message())).orElse(List.of());
    }

    static List<String> orderIds(String text) {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        Matcher m = ORDER_ID.matcher(text == null ? "" : text);
        while (m.find()) {
            ids.add(m.group());
        }
        return new ArrayList<>(ids);
    }

    /** The typed order ids, checked as the shell checks them (DATA-04). */
    static List<String> typedIds(String text) {
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(List.of(text.strip().split("[,\\s]+"))));
        ids.removeIf(String::isBlank);
        if (ids.isEmpty() || ids.size() > MAX_ORDERS) {
            throw new IllegalArgumentException("Name 1 to " + MAX_ORDERS + " order ids, not " + ids.size() + ".");
        }
        for (String id : ids) {
            if (!ORDER_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("'" + id + "' is not an Amazon order id (like 114-3941689-8772232).");
            }
        }
        return ids;
    }
}
