package org.ecomhub.webconsole.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.ecomhub.amazon.api.products.ProductListPage;
import org.ecomhub.amazon.api.products.ProductListQuery;
import org.ecomhub.amazon.api.products.ProductMapping;
import org.ecomhub.amazon.api.settings.FulfilmentChannel;
import org.ecomhub.amazon.api.store.StoreHealth;
import org.ecomhub.host.api.DisplayLink;

/** Manage Your Products (LIST-01..03): search by SKU or ASIN, paging, inline lead time, link to the host product. */
final class ProductsTab {

    static final int PAGE_SIZE = 25;

    private ProductsTab() {
    }

    static void render(Page page) {
        if (page.services.products() == null) {
            page.message(false, "The products bundle is not running: no product list.");
            return;
        }
        String search = page.param("search");
        int offset = Math.max(0, parseInt(page.param("offset"), 0));
        page.print("<form method=\"get\" action=\"").text(page.base).print("\" class=\"ecomhub-form\">");
        page.hidden("tab", "products");
        page.print("<label>Search Products ");
        page.input("search", "search", search, "placeholder=\"SKU or ASIN\"");
        page.print("</label> <label>Store ");
        page.select("store", storeChoices(page), page.store());
        page.print("</label> <button type=\"submit\">Search</button></form>");
        JobsPanel.render(page, page.tracker.view(page.param("job")).stream().toList());
        ProductListPage result = page.services.products()
                .list(new ProductListQuery(page.store(), search, offset, PAGE_SIZE));
        page.print("<table class=\"nicetable ecomhub-products\"><thead><tr><th>SKU</th><th>ASIN</th><th>Store Name</th>"
                + "<th>Marketplace</th><th>Lead Time</th><th>View</th></tr></thead><tbody>");
        for (ProductListPage.Entry entry : result.entries()) {
            row(page, entry);
        }
        page.print("</tbody></table><p class=\"statline\">").text(result.entries().isEmpty() ? "No products."
                : "Products " + (offset + 1) + "-" + (offset + result.entries().size()) + ".");
        if (offset > 0) {
            page.print(" <a href=\"").text(page.link("tab", "products", "store", page.store(), "search", search,
                    "offset", String.valueOf(Math.max(0, offset - PAGE_SIZE)))).print("\">Previous</a>");
        }
        if (result.more()) {
            page.print(" <a href=\"").text(page.link("tab", "products", "store", page.store(), "search", search,
                    "offset", String.valueOf(offset + PAGE_SIZE))).print("\" class=\"ecomhub-next\">Next</a>");
        }
        page.print("</p>");
    }

    private static void row(Page page, ProductListPage.Entry entry) {
        ProductMapping m = entry.mapping();
        page.print("<tr data-sku=\"").text(m.sellerSku()).print("\"><td>").text(m.sellerSku()).print("</td><td>")
                .text(m.asin()).print("</td><td>").text(m.store()).print("</td><td>")
                .text(m.marketplace().countryCode() + " (" + m.marketplace().id() + ")").print("</td><td>");
        if (m.channel() == FulfilmentChannel.FBM && page.user.may(Role.OPERATOR)) {
            page.formStart("lead-time", "products", "ecomhub-inline ecomhub-leadtime");
            page.hidden("alias", m.store());
            page.hidden("sku", m.sellerSku());
            page.print("<input type=\"number\" name=\"days\" min=\"0\" max=\"" + ProductMapping.MAX_LEAD_TIME_DAYS
                    + "\" size=\"3\" value=\"" + m.leadTimeDays() + "\" aria-label=\"Lead time of ").text(m.sellerSku())
                    .print("\"> ");
            page.formEnd("Save", "ecomhub-small");
        } else {
            page.text(m.leadTimeDays() + (m.channel() == FulfilmentChannel.FBA ? " (FBA)" : ""));
        }
        page.print("</td><td>");
        DisplayLink link = entry.hostLink();
        if (link == null) {
            page.print("-");
        } else if (link.kind() == DisplayLink.Kind.URL && isWebLink(link.value())) {
            page.print("<a href=\"").text(link.value()).print("\" target=\"_blank\" rel=\"noopener\">View ")
                    .text(link.label()).print("</a>");
        } else {
            page.text(link.label());
        }
        page.print("</td></tr>");
    }

    /** Only http(s) and relative links are rendered as links: never {@code javascript:}. */
    static boolean isWebLink(String url) {
        String lower = url.strip().toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("/");
    }

    static Map<String, String> storeChoices(Page page) {
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put("", "All stores");
        for (StoreHealth h : page.services.admin().health()) {
            choices.put(h.alias(), h.alias());
        }
        return choices;
    }

    static int parseInt(String text, int otherwise) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
