package org.ecomhub.webconsole.internal;

import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;

/**
 * One request's view of the page: who asks, where the page lives, and helpers that write escaped HTML. Every
 * dynamic value written through here is escaped; forms carry the CSRF field.
 */
final class Page {

    final HttpServletRequest request;
    final ConsoleUser user;
    final Services services;
    final JobTracker tracker;
    final PrintWriter out;
    /** The page's own address, e.g. {@code /system/console/amazon}. */
    final String base;
    private final Csrf csrf;

    Page(HttpServletRequest request, ConsoleUser user, Services services, JobTracker tracker, Csrf csrf,
            PrintWriter out, String base) {
        this.request = request;
        this.user = user;
        this.services = services;
        this.tracker = tracker;
        this.csrf = csrf;
        this.out = out;
        this.base = base;
    }

    /** A trimmed request parameter, or "" when missing. */
    String param(String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value.strip();
    }

    String store() {
        return param("store");
    }

    Page print(String html) {
        out.print(html);
        return this;
    }

    Page text(Object value) {
        out.print(Html.escape(value == null ? "" : String.valueOf(value)));
        return this;
    }

    /** A link to the page with these query parameters (empty values left out). */
    String link(String... keysAndValues) {
        Map<String, String> query = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null && !keysAndValues[i + 1].isEmpty()) {
                query.put(keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        StringBuilder url = new StringBuilder(base);
        char sep = '?';
        for (Map.Entry<String, String> e : query.entrySet()) {
            url.append(sep).append(e.getKey()).append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            sep = '&';
        }
        return url.toString();
    }

    /** Opens a POST form for an action, with the CSRF token and the tab and store to come back to. */
    void formStart(String action, String tab, String cssClass) {
        out.print("<form method=\"post\" action=\"" + Html.escape(base) + "\" class=\"" + Html.escape(cssClass)
                + "\">" + csrf.hiddenField(user));
        hidden("action", action);
        hidden("tab", tab);
        hidden("store", store());
    }

    void hidden(String name, String value) {
        out.print("<input type=\"hidden\" name=\"" + Html.escape(name) + "\" value=\"" + Html.escape(value) + "\">");
    }

    void formEnd(String button, String cssClass) {
        out.print("<button type=\"submit\" class=\"" + Html.escape(cssClass) + "\">" + Html.escape(button)
                + "</button></form>");
    }

    /** A select with the current value chosen; options as value to label. */
    void select(String name, Map<String, String> options, String current) {
        out.print("<select name=\"" + Html.escape(name) + "\" id=\"" + Html.escape(name) + "\">");
        options.forEach((value, label) -> out.print("<option value=\"" + Html.escape(value) + "\""
                + (value.equals(current) ? " selected" : "") + ">" + Html.escape(label) + "</option>"));
        out.print("</select>");
    }

    void input(String type, String name, String value, String extra) {
        out.print("<input type=\"" + type + "\" name=\"" + Html.escape(name) + "\" id=\"" + Html.escape(name)
                + "\" value=\"" + Html.escape(value) + "\"" + (extra.isEmpty() ? "" : " " + extra) + ">");
    }

    void message(boolean ok, String text) {
        out.print("<p class=\"ecomhub-" + (ok ? "ok" : "error") + " ui-state-" + (ok ? "highlight" : "error")
                + "\">" + Html.escape(text) + "</p>");
    }
}
