package org.ecomhub.webconsole.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.ecomhub.amazon.api.log.ConnectionLog;
import org.ecomhub.amazon.api.products.ProductMappings;
import org.ecomhub.amazon.api.store.Actor;
import org.ecomhub.amazon.api.store.StoreAdmin;
import org.ecomhub.amazon.api.store.StoreAuthorisation;
import org.ecomhub.amazon.api.store.StoreHealth;
import org.ecomhub.amazon.api.store.StoreJobs;
import org.ecomhub.host.api.Inventory;
import org.ecomhub.host.api.ProductCatalog;
import org.ecomhub.host.api.ReferenceData;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "Amazon" page of the Felix Web Console at {@code /system/console/amazon} (HOST-09): the tabs Overview,
 * Configuration, Manage Your Data, Manage Your Products and Connection Log, and the OAuth callback at
 * {@code /system/console/amazon/oauth} (STORE-06 b).
 *
 * <p>A plain javax.servlet {@link HttpServlet} registered with the {@code felix.webconsole.*} properties, not a
 * subclass of the console's plugin class: Karaf 4.4's console (javax) wraps it in its frame, and Web Console 5
 * (Jakarta) loads it as a legacy plugin, so one bundle serves both hosts. The console does the login and its own
 * role check before this servlet is called; the page then applies the Amazon roles (STORE-08). It writes only the
 * page body. Every dynamic value is escaped, every POST carries a CSRF token, and no secret is ever written back.
 */
@Component(service = Servlet.class, property = {
        "felix.webconsole.label=" + AmazonConsolePlugin.LABEL,
        "felix.webconsole.title=" + AmazonConsolePlugin.TITLE,
        "felix.webconsole.category=" + AmazonConsolePlugin.CATEGORY })
public class AmazonConsolePlugin extends HttpServlet {

    static final String LABEL = "amazon";
    static final String TITLE = "Amazon";
    static final String CATEGORY = "Amazon";
    static final Map<String, String> TABS = tabs();

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(AmazonConsolePlugin.class);
    private static final int KEPT_MESSAGES = 100;

    private final transient Services services;
    private final String version;
    private final transient Csrf csrf = new Csrf();
    private final transient JobTracker tracker;
    /** Messages shown once after a redirect, by id (nothing the user typed goes into a URL). */
    private final transient Map<String, Flash> flashes = new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Flash> eldest) {
            return size() > KEPT_MESSAGES;
        }
    };

    private record Flash(boolean ok, String text) {
    }

    @Activate
    public AmazonConsolePlugin(BundleContext context, @Reference StoreAdmin admin,
            @Reference StoreAuthorisation authorisation, @Reference StoreJobs jobs,
            @Reference(policyOption = ReferencePolicyOption.GREEDY) Clock clock,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            ConnectionLog log,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            ProductMappings products,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            Inventory inventory,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            ProductCatalog catalog,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            ReferenceData reference) {
        this(new Services(admin, authorisation, jobs, log, products, clock,
                new HostChoices(inventory, catalog, reference)),
                context.getBundle().getVersion().toString());
    }

    AmazonConsolePlugin(Services services, String version) {
        this.services = services;
        this.version = version;
        this.tracker = new JobTracker(services.clock());
    }

    private static Map<String, String> tabs() {
        Map<String, String> tabs = new LinkedHashMap<>();
        tabs.put("overview", "Overview");
        tabs.put("configuration", "Configuration");
        tabs.put("data", "Manage Your Data");
        tabs.put("products", "Manage Your Products");
        tabs.put("log", "Connection Log");
        return tabs;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ConsoleUser user = ConsoleUser.from(request);
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (path.endsWith("/oauth")) {
            oauthCallback(request, response, user);
            return;
        }
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        // render into a buffer first: a service failure then shows as a message, not half a page
        StringWriter body = new StringWriter();
        Page page = new Page(request, user, services, tracker, csrf, new PrintWriter(body), base(request));
        String tab = TABS.containsKey(page.param("tab")) ? page.param("tab") : "overview";
        try {
            renderTab(page, tab);
        } catch (RuntimeException e) {
            LOG.warn("The Amazon page's {} tab failed: {}", tab, e.toString());
            page.message(false, Actions.refusal(e));
        }
        page.out.flush();
        PrintWriter out = response.getWriter();
        Page frame = new Page(request, user, services, tracker, csrf, out, page.base);
        header(frame, tab);
        out.print(body);
        out.println("</div>");
    }

    private void header(Page page, String tab) {
        page.print(Style.CSS).print("<div id=\"ecomhub-amazon\"><h2>").text(TITLE).print("</h2><p class=\"statline\">")
                .text("Amazon integration, version " + version + ". Signed in as " + page.user.name() + " ("
                        + roleName(page.user.role()) + ").").print("</p><ul class=\"ecomhub-tabs\">");
        TABS.forEach((key, label) -> page.print("<li" + (key.equals(tab) ? " class=\"ecomhub-active\"" : "") + ">"
                + "<a id=\"tab-" + key + "\" href=\"").text(page.link("tab", key, "store", page.store())).print("\">")
                .text(label).print("</a></li>"));
        page.print("</ul>");
        Flash flash;
        synchronized (flashes) {
            flash = flashes.remove(page.param("msg"));
        }
        if (flash != null) {
            page.message(flash.ok(), flash.text());
        }
    }

    private static String roleName(Role role) {
        return switch (role) {
            case ADMIN -> "amazon-admin";
            case OPERATOR -> "amazon-operator";
            case VIEWER -> "viewer";
        };
    }

    private void renderTab(Page page, String tab) {
        switch (tab) {
            case "configuration", "data" -> {
                String alias = selectedStore(page, tab);
                if (alias != null) {
                    page.print("<h3 class=\"ecomhub-store\">").text("Store " + alias).print("</h3>");
                    if (tab.equals("data")) {
                        DataTab.render(page, alias);
                    } else {
                        ConfigurationTab.render(page, alias);
                    }
                }
            }
            case "products" -> ProductsTab.render(page);
            case "log" -> LogTab.render(page);
            default -> OverviewTab.render(page);
        }
    }

    /** The store the tab is about; without one, a list to choose from. */
    private static String selectedStore(Page page, String tab) {
        List<StoreHealth> stores = page.services.admin().health();
        String alias = page.store();
        if (stores.stream().anyMatch(h -> h.alias().equals(alias))) {
            return alias;
        }
        page.print("<p>Select a store:</p><ul class=\"ecomhub-store-list\">");
        stores.forEach(h -> page.print("<li><a href=\"").text(page.link("tab", tab, "store", h.alias())).print("\">")
                .text(h.alias()).print("</a></li>"));
        page.print("</ul>");
        if (stores.isEmpty()) {
            page.print("<p>No store is installed yet: install one in the Overview tab.</p>");
        }
        return null;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ConsoleUser user = ConsoleUser.from(request);
        if (!csrf.valid(user, request.getParameter(Csrf.PARAMETER))) {
            LOG.warn("Refused a POST to the Amazon page without a valid CSRF token (user {})", user.name());
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "The form is out of date: reload the page.");
            return;
        }
        Page page = new Page(request, user, services, tracker, csrf, new PrintWriter(new StringWriter()),
                base(request));
        String tab = TABS.containsKey(page.param("tab")) ? page.param("tab") : "overview";
        Actions.Outcome outcome;
        try {
            outcome = Actions.run(page, page.param("action"));
        } catch (SecurityException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, e.getMessage());
            return;
        } catch (RuntimeException e) {
            outcome = new Actions.Outcome(tab, page.store(), "", false, Actions.refusal(e), null);
        }
        if (outcome.external() != null) {
            response.sendRedirect(outcome.external().toString());
            return;
        }
        response.sendRedirect(page.link("tab", outcome.tab(), "store", outcome.store(), "job", outcome.job(), "msg",
                flash(outcome.ok(), outcome.message())));
    }

    /** STORE-06 b: Seller Central sends the browser back here with the state, the seller and a one-time code. */
    private void oauthCallback(HttpServletRequest request, HttpServletResponse response, ConsoleUser user)
            throws IOException {
        Page page = new Page(request, user, services, tracker, csrf, new PrintWriter(new StringWriter()),
                base(request));
        String message;
        boolean ok = false;
        if (!user.may(Role.OPERATOR)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Your console role may not authorise stores.");
            return;
        }
        try {
            message = Actions.authorised(services.authorisation().completeConsent(page.param("state"),
                    page.param("selling_partner_id"), page.param("spapi_oauth_code"), Actor.console(user.name())));
            ok = true;
        } catch (RuntimeException e) {
            message = "Authorisation failed: " + Actions.refusal(e);
        }
        response.sendRedirect(page.link("tab", "overview", "msg", flash(ok, message)));
    }

    private String flash(boolean ok, String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String id = UUID.randomUUID().toString().substring(0, 12);
        synchronized (flashes) {
            flashes.put(id, new Flash(ok, text));
        }
        return id;
    }

    /** The page's address: the console's root (its request attribute) plus our label. */
    static String base(HttpServletRequest request) {
        Object root = request.getAttribute("felix.webconsole.appRoot");
        if (root instanceof String appRoot && !appRoot.isEmpty()) {
            return appRoot + "/" + LABEL;
        }
        String uri = request.getRequestURI() == null ? "" : request.getRequestURI();
        int at = uri.indexOf("/" + LABEL);
        return at >= 0 ? uri.substring(0, at + LABEL.length() + 1) : "/system/console/" + LABEL;
    }
}
