package org.ecomhub.webconsole.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.security.auth.Subject;

import org.ecomhub.amazon.api.log.FixAction;
import org.ecomhub.amazon.api.log.LogCategory;
import org.ecomhub.amazon.api.log.LogEntry;
import org.ecomhub.amazon.api.log.LogLevel;
import org.ecomhub.amazon.api.products.ProductListPage;
import org.ecomhub.amazon.api.products.ProductMapping;
import org.ecomhub.amazon.api.settings.FulfilmentChannel;
import org.ecomhub.amazon.api.settings.StockSettings;
import org.ecomhub.amazon.api.spapi.Marketplace;
import org.ecomhub.amazon.api.store.AuthorisationState;
import org.ecomhub.amazon.api.store.JobKind;
import org.ecomhub.amazon.api.store.JobResult;
import org.ecomhub.host.api.DisplayLink;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AmazonConsolePluginTest {

    private static final String SECRET_TOKEN = "Atzr|IwEBIKnownSecretRefreshToken0123456789";

    private final Fakes fakes = new Fakes();
    private final Http http = new Http(new AmazonConsolePlugin(fakes.services, "1.2.3"));

    /** Karaf's JAAS principals, as the console hands them over. */
    record RolePrincipal(String getName) implements Principal {
    }

    record UserPrincipal(String getName) implements Principal {
    }

    private void signInAs(String user, String... roles) {
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(user));
        for (String role : roles) {
            subject.getPrincipals().add(new RolePrincipal(role));
        }
        http.attributes.put("org.apache.felix.webconsole.user", subject);
    }

    private String csrf() throws Exception {
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(http.get("/amazon").html());
        assertTrue(m.find(), "the page carries a CSRF field");
        return m.group(1);
    }

    @Test
    @DisplayName("HOST-09: GET renders the page body (no frame) with the five tabs, as UTF-8 HTML")
    void getRendersTheTabs() throws Exception {
        Http.Response r = http.get("/amazon");

        assertEquals("text/html", r.calls.get("setContentType"));
        assertEquals("UTF-8", r.calls.get("setCharacterEncoding"));
        String html = r.html();
        assertTrue(html.contains("<h2>Amazon</h2>"), html);
        assertTrue(html.contains("version 1.2.3"), html);
        for (String label : List.of("Overview", "Configuration", "Manage Your Data", "Manage Your Products",
                "Connection Log")) {
            assertTrue(html.contains(">" + label + "</a>"), label);
        }
        assertFalse(html.contains("<html"), html);
    }

    @Test
    @DisplayName("STORE-02/09: one tile per installed store with health and status, empty slots up to the limit")
    void overviewTilesUpToTheLimit() throws Exception {
        fakes.installed("EU1", true, AuthorisationState.AUTHORISED, Fakes.NOW.minusSeconds(86_400));

        String html = http.get("/amazon").html();

        assertTrue(html.contains("id=\"tile-EU1\""), html);
        assertTrue(html.contains("GB (A1F83G8C2ARO7P)"), html);
        assertTrue(html.contains(">ON</span>"), html);
        assertTrue(html.contains("Turn OFF"), html);
        assertTrue(html.contains("2026-03-01T10:00:00Z"), "authorised on: " + html);
        assertTrue(html.contains("1 of 5 shop slots used."), html);
        assertEquals(4, count(html, "class=\"ecomhub-tile ecomhub-empty\""));
        assertTrue(html.contains("id=\"slot-5\""), html);
        assertFalse(html.contains("id=\"slot-6\""), html);
        assertFalse(html.contains("authorise again before"), "no renewal warning a day after authorising");
    }

    @Test
    @DisplayName("STORE-07: a store authorised 340 days ago warns that the year is nearly up")
    void renewalWarning() throws Exception {
        fakes.installed("EU1", true, AuthorisationState.AUTHORISED, Fakes.NOW.minus(java.time.Duration.ofDays(340)));

        String html = http.get("/amazon").html();

        assertTrue(html.contains("authorise again before then"), html);
    }

    @Test
    @DisplayName("STORE-01/06, SEC-01: install with a pasted token; the token is never rendered on any tab")
    void installWithTokenAndNoSecretOnAnyTab() throws Exception {
        Http.Response r = http.post("csrf", csrf(), "action", "install", "tab", "overview", "alias", "EU1",
                "marketplace", Marketplace.UK.id(), "seller", "A2SELLER0001", "auth", "token", "token", SECRET_TOKEN);

        assertTrue(r.redirect.startsWith("/system/console/amazon?tab=overview&msg="), r.redirect);
        assertTrue(fakes.calls.contains("install EU1 A1F83G8C2ARO7P A2SELLER0001 by console (console)"), fakes.calls.toString());
        assertTrue(fakes.calls.contains("token EU1 length " + SECRET_TOKEN.length() + " by console (console)"));
        String after = http.follow(r).html();
        assertTrue(after.contains("Store EU1 installed (OFF). Seller A2SELLER0001 in EU is authorised; stores covered:"
                + " EU1."), after);
        assertFalse(r.redirect.contains("Atzr"), r.redirect);
        for (String tab : AmazonConsolePlugin.TABS.keySet()) {
            String html = http.get("/amazon", "tab", tab, "store", "EU1").html();
            assertFalse(html.contains("Atzr"), tab + ": " + html);
            assertFalse(html.contains("KnownSecret"), tab);
        }
    }

    @Test
    @DisplayName("STORE-08, SEC-01: amazon-admin sets the app credentials; the secret is only said to be set")
    void appCredentials() throws Exception {
        assertTrue(http.get("/amazon").html().contains("LWA client id: not set; client secret: not set."));

        Http.Response r = http.post("csrf", csrf(), "action", "app-credentials", "client-id", "amzn1.app.client",
                "client-secret", "amzn1.oa2-cs.v1.KnownSecretValue");

        assertEquals(List.of("credentials amzn1.app.client secret length 32 by console (console)"), fakes.calls);
        String html = http.follow(r).html();
        assertTrue(html.contains("LWA client id: amzn1.app.client; client secret: set."), html);
        assertFalse(html.contains("KnownSecretValue"), html);
        signInAs("otto", "amazon-operator");
        assertFalse(http.get("/amazon").html().contains("Save credentials"));
    }

    @Test
    @DisplayName("STORE-01: a refused install shows the validator's message and fix")
    void refusedInstallShowsTheFix() throws Exception {
        Http.Response r = http.post("csrf", csrf(), "action", "install", "alias", "TOO-LONG-ALIAS", "marketplace",
                Marketplace.UK.id(), "seller", "A2SELLER0001", "auth", "token");

        String html = http.follow(r).html();
        assertTrue(html.contains("ecomhub-error"), html);
        assertTrue(html.contains("Fix: Choose another alias."), html);
    }

    @Test
    @DisplayName("STORE-06 b: the consent way sends the browser to Seller Central; the callback completes it")
    void consentFlowThroughTheCallback() throws Exception {
        fakes.installed("EU1", false, AuthorisationState.NOT_AUTHORISED, null);

        Http.Response r = http.post("csrf", csrf(), "action", "authorise", "alias", "EU1", "auth", "consent");
        assertEquals("http://127.0.0.1:8765/apps/authorize/consent?application_id=app&state=S1", r.redirect);

        Http.Response back = http.get("/amazon/oauth", "state", "S1", "selling_partner_id", "A2SELLER0001",
                "spapi_oauth_code", "ANcodeXYZ");
        assertTrue(fakes.calls.contains("complete S1 A2SELLER0001 by console (console)"), fakes.calls.toString());
        assertTrue(http.follow(back).html().contains("is authorised; stores covered: EU1."));

        Http.Response reused = http.get("/amazon/oauth", "state", "S1-used", "selling_partner_id", "A2SELLER0001",
                "spapi_oauth_code", "ANcodeXYZ");
        String html = http.follow(reused).html();
        assertTrue(html.contains("Authorisation failed: This authorisation link was used or has expired"), html);
        assertFalse(html.contains("ANcodeXYZ"), "the one-time code is not shown");
    }

    @Test
    @DisplayName("Forms carry CSRF protection: a POST without or with a wrong token is refused and changes nothing")
    void postWithoutCsrfIsRefused() throws Exception {
        fakes.installed("EU1", true, AuthorisationState.AUTHORISED, Fakes.NOW);

        assertEquals(403, http.post("action", "disable", "alias", "EU1").status);
        assertEquals(403, http.post("csrf", "forged", "action", "disable", "alias", "EU1").status);
        assertTrue(fakes.calls.isEmpty(), fakes.calls.toString());

        http.post("csrf", csrf(), "action", "disable", "alias", "EU1");
        assertEquals(List.of("disable EU1 by console (console)"), fakes.calls);
    }

    @Test
    @DisplayName("STORE-08: a viewer reads every tab but gets no forms and no actions")
    void viewerOnlyReads() throws Exception {
        fakes.installed("EU1", true, AuthorisationState.AUTHORISED, Fakes.NOW);
        // a page left open while vera's roles were cut down to viewer: her token is still valid, her role is not
        signInAs("vera", "amazon-admin");
        String token = csrf();
        signInAs("vera", "viewer");

        String overview = http.get("/amazon").html();
        assertTrue(overview.contains("Signed in as vera (viewer)"), overview);
        assertFalse(overview.contains("Install"), overview);
        assertFalse(overview.contains("Turn OFF"), overview);
        assertFalse(http.get("/amazon", "tab", "configuration", "store", "EU1").html().contains("Save Configuration"));
        assertFalse(http.get("/amazon", "tab", "data", "store", "EU1").html().contains("<form method=\"post\""));

        assertEquals(403, http.post("csrf", token, "action", "disable", "alias", "EU1").status);
        assertEquals(403, http.post("csrf", token, "action", "import-products", "store", "EU1").status);
        assertTrue(fakes.calls.isEmpty(), fakes.calls.toString());
    }

    @Test
    @DisplayName("STORE-06, STORE-08: a viewer cannot complete a consent through the callback")
    void viewerCannotUseTheCallback() throws Exception {
        signInAs("vera", "viewer");

        Http.Response r = http.get("/amazon/oauth", "state", "S1", "selling_partner_id", "A2SELLER0001",
                "spapi_oauth_code", "ANcodeXYZ");

        assertEquals(403, r.status);
        assertTrue(fakes.calls.isEmpty(), fakes.calls.toString());
    }

    @Test
    @DisplayName("STORE-08: an operator runs actions and settings, but may not install or uninstall")
    void operatorMayActButNotInstall() throws Exception {
        signInAs("otto", "amazon-operator");
        fakes.installed("EU1", true, AuthorisationState.AUTHORISED, Fakes.NOW);

        assertFalse(http.get("/amazon").html().contains("+ Install"));
        assertFalse(http.get("/amazon", "tab", "configuration", "store", "EU1").html().contains("Uninstall Marketplace"));
        assertEquals(403, http.post("csrf", csrf(), "action", "install", "alias", "EU2", "marketplace",
                Marketplace.DE.id(), "seller", "A2SELLER0001").status);
        assertEquals(403, http.post("csrf", csrf(), "action", "uninstall", "alias", "EU1").status);

        http.post("csrf", csrf(), "action", "disable", "alias", "EU1");
        assertEquals(List.of("disable EU1 by otto (console)"), fakes.calls);
    }

    @Test
    @DisplayName("STORE-08: in Karaf the roles come from the JAAS subject the console runs the page under")
    @SuppressWarnings("removal")
    void rolesFromTheCallersSubject() throws Exception {
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal("vera"));
        subject.getPrincipals().add(new RolePrincipal("viewer"));
        // the console's own User object only carries the name
        http.attributes.put("org.apache.felix.webconsole.user", "vera");

        String html = Subject.doAs(subject, (java.security.PrivilegedExceptionAction<String>) () ->
                http.get("/amazon").html());

        assertTrue(html.contains("Signed in as vera (viewer)"), html);
        assertFalse(html.contains("+ Install"), html);
    }

    @Test
    @DisplayName("STORE-08: Karaf's admin role and amazon-admin may do everything; no role information = console admin")
    void roleMapping() {
        assertEquals(Role.ADMIN, ConsoleUser.roleOf(Set.of("admin")));
        assertEquals(Role.ADMIN, ConsoleUser.roleOf(Set.of("amazon-admin", "viewer")));
        assertEquals(Role.OPERATOR, ConsoleUser.roleOf(Set.of("amazon-operator", "viewer")));
        assertEquals(Role.VIEWER, ConsoleUser.roleOf(Set.of("viewer")));
        assertEquals(Role.VIEWER, ConsoleUser.roleOf(Set.of("manager")));
        assertEquals(Role.ADMIN, ConsoleUser.roleOf(Set.of()));
    }

    @Test
    @DisplayName("STORE-04: turning ON shows the estimate and offers to start from now")
    void enableShowsTheEstimate() throws Exception {
        fakes.installed("EU1", false, AuthorisationState.AUTHORISED, Fakes.NOW);

        String html = http.get("/amazon", "enable", "EU1").html();
        assertTrue(html.contains("Turning EU1 ON imports every order since 2026-03-01T10:00:00Z: about 42 orders."),
                html);
        assertTrue(html.contains("Turn ON from now"), html);

        http.post("csrf", csrf(), "action", "enable", "alias", "EU1", "from", "now");
        assertEquals(List.of("enable EU1 fromNow=true by console (console)"), fakes.calls);
    }

    @Test
    @DisplayName("STORE-03: the Configuration tab groups the seed's settings, with drop-downs, help and warnings")
    void configurationTabAsTheSeed() throws Exception {
        fakes.installed("EU1", true, AuthorisationState.AUTHORISED, Fakes.NOW);

        String html = http.get("/amazon", "tab", "configuration", "store", "EU1").html();

        for (String text : List.of("Orders - Fulfilled by Merchant (FBM)", "Orders - Fulfilled by Amazon (FBA)",
                "Products", "Taxes", "Stocks", "Order Import Options", "Single Customer Options", "Amazon Order Status",
                "Add Sales Group to orders", "Warehouse Mapping", "Automatically assign Batch or Serial Numbers",
                "Create Product on Order Import", "Product Sell Price Tier for This Shop", "Product Field Mapping",
                "Product Synchronization", "Accounting System Invoice", "Amazon Taxes", "Tax Charges Sales Account",
                "Export Stock on Hand to Amazon", "Include quantities for auto-assembled products",
                "Assign warehouses for stock availability", "Stock on Hand Export Frequency",
                "WARNING: If integrating FBA only, do not enable Export Stock on hand.",
                "changing between SellerSKU and ASIN can lead to duplicate products being created",
                "Save Configuration", "Uninstall Marketplace")) {
            assertTrue(html.contains(Html.escape(text)), text);
        }
        assertTrue(html.contains("<select name=\"fbm/import.option\""), html);
        assertTrue(html.contains("<option value=\"SHIPPED\" selected>Shipped</option>"), "FBA imports from shipped");
        assertEquals(1, count(html, "name=\"fbm/assign.numbers\""));
        assertEquals(0, count(html, "name=\"fba/assign.numbers\""));
    }

    @Test
    @DisplayName("STORE-03: saving writes only what changed, through the validators")
    void saveWritesOnlyChanges() throws Exception {
        fakes.installed("EU1", true, AuthorisationState.AUTHORISED, Fakes.NOW);

        Http.Response r = http.post("csrf", csrf(), "action", "save-settings", "tab", "configuration", "store", "EU1",
                "stock/export", "true", "stock/warehouses", "MAIN, WEST", "fbm/order.status", "PARKED",
                "integration/stock.export.frequency", "HOURS_12");

        assertEquals(List.of(
                "change EU1 org.ecomhub.amazon.stock {export=true, warehouses=MAIN, WEST} by console (console)",
                "integration {stock.export.frequency=HOURS_12} by console (console)"), fakes.calls);
        String html = http.follow(r).html();
        assertTrue(html.contains("Configuration saved: export, warehouses, stock.export.frequency."), html);
        assertTrue(html.contains("value=\"MAIN, WEST\""), html);
    }

    @Test
    @DisplayName("STORE-03, STK-04: host warehouses are drop-downs and stock toggles; the toggles save as a list")
    void hostChoicesAsDropDownsAndToggles() throws Exception {
        fakes.installed("EU1", true, AuthorisationState.AUTHORISED, Fakes.NOW);
        fakes.warehouses.add(new org.ecomhub.host.api.Warehouse("MAIN", "Main <warehouse>",
                org.ecomhub.host.api.WarehouseKind.OWN));
        fakes.warehouses.add(new org.ecomhub.host.api.Warehouse("WEST", "West", org.ecomhub.host.api.WarehouseKind.OWN));
        fakes.warehouses.add(new org.ecomhub.host.api.Warehouse("FBA-UK", "Amazon UK",
                org.ecomhub.host.api.WarehouseKind.FBA));

        String html = http.get("/amazon", "tab", "configuration", "store", "EU1").html();

        assertTrue(html.contains("<select name=\"fbm/warehouse\""), html);
        assertTrue(html.contains("<option value=\"MAIN\">MAIN - Main &lt;warehouse&gt;</option>"), html);
        assertTrue(html.contains("<option value=\"FBA-UK\">FBA-UK - Amazon UK</option>"), "FBA orders: FBA warehouses");
        assertEquals(1, count(html, "value=\"FBA-UK\""), "FBA-UK only for FBA orders");
        assertTrue(html.contains("type=\"checkbox\" name=\"stock/warehouses\" value=\"WEST\""), html);

        http.post("csrf", csrf(), "action", "save-settings", "store", "EU1", "stock/warehouses",
                "" + Http.MORE + "MAIN" + Http.MORE + "WEST", "fba/warehouse", "FBA-UK");

        assertEquals(List.of(
                "change EU1 org.ecomhub.amazon.orders.fba {warehouse=FBA-UK} by console (console)",
                "change EU1 org.ecomhub.amazon.stock {warehouses=MAIN,WEST} by console (console)"), fakes.calls);
        assertTrue(http.get("/amazon", "tab", "configuration", "store", "EU1").html()
                .contains("name=\"stock/warehouses\" value=\"WEST\" checked"));
    }

    @Test
    @DisplayName("STORE-03, STK-03: a refused configuration is not written and the page says why and how to fix it")
    void refusedSettingsAreNotWritten() throws Exception {
        fakes.installed("EU1", true, AuthorisationState.AUTHORISED, Fakes.NOW);

        Http.Response r = http.post("csrf", csrf(), "action", "save-settings", "tab", "configuration", "store", "EU1",
                "stock/include.can.assemble", "true");

        assertTrue(fakes.calls.isEmpty(), fakes.calls.toString());
        assertEquals(false, fakes.settings.get("EU1").get(StockSettings.PID).get("include.can.assemble"));
        String html = http.follow(r).html();
        assertTrue(html.contains("Not saved: include.can.assemble: can-assemble quantities are only added to exported"
                + " stock. Fix: Turn export on, or turn include.can.assemble off."), html);
    }

    @Test
    @DisplayName("STORE-05: uninstall asks for confirmation first, then uninstalls")
    void uninstallNeedsConfirmation() throws Exception {
        fakes.installed("EU1", true, AuthorisationState.AUTHORISED, Fakes.NOW);

        String confirm = http.get("/amazon", "tab", "configuration", "store", "EU1", "uninstall", "confirm").html();
        assertTrue(confirm.contains("Yes, uninstall EU1"), confirm);
        assertTrue(fakes.calls.isEmpty());

        http.post("csrf", csrf(), "action", "uninstall", "alias", "EU1");
        assertEquals(List.of("uninstall EU1 by console (console)"), fakes.calls);
    }

    @Test
    @DisplayName("DATA-01/02: import products and export stock now run as jobs of the store")
    void manualJobs() throws Exception {
        fakes.installed("EU1", true, AuthorisationState.AUTHORISED, Fakes.NOW);

        Http.Response r = http.post("csrf", csrf(), "action", "export-stock", "tab", "data", "store", "EU1");
        http.post("csrf", csrf(), "action", "import-products", "tab", "data", "store", "EU1");

        assertEquals(List.of("job STOCK_EXPORT EU1", "job PRODUCT_IMPORT EU1"), fakes.calls);
        assertEquals("true", fakes.jobArguments.get(0).get("full"));
        String html = http.follow(r).html();
        assertTrue(html.contains("STOCK_EXPORT</b> EU1"), html);
        assertTrue(html.contains("DONE</span> ok"), html);
        assertTrue(html.contains("working on EU1"), html);
    }

    @Test
    @DisplayName("DATA-03: find missing orders by date range lists them with an Import button")
    void findMissingByDateRange() throws Exception {
        fakes.installed("EU1", true, AuthorisationState.AUTHORISED, Fakes.NOW);
        fakes.nextJobResult = JobResult.done("2 missing order(s): 203-1111111-2222222, 203-3333333-4444444", 2);

        Http.Response r = http.post("csrf", csrf(), "action", "find-missing", "tab", "data", "store", "EU1", "from",
                "2026-02-20", "to", "2026-03-02");

        assertEquals("2026-02-20T00:00:00Z", fakes.jobArguments.get(0).get("from"));
        assertEquals("2026-03-02T09:58:00Z", fakes.jobArguments.get(0).get("to"), "no later than now - 2 minutes");
        String html = http.follow(r).html();
        assertTrue(html.contains("<li>203-1111111-2222222</li><li>203-3333333-4444444</li>"), html);
        assertTrue(html.contains("value=\"203-1111111-2222222,203-3333333-4444444\""), html);
    }

    @Test
    @DisplayName("DATA-04: import by order ids, at most 50, with the 10-minute rule shown")
    void importByOrderIds() throws Exception {
        fakes.installed("EU1", true, AuthorisationState.AUTHORISED, Fakes.NOW);
        assertTrue(http.get("/amazon", "tab", "data", "store", "EU1").html().contains("wait 10 minutes between each"
                + " group of 50"));

        http.post("csrf", csrf(), "action", "import-orders", "tab", "data", "store", "EU1", "orders",
                "203-1111111-2222222,\n203-3333333-4444444");
        assertEquals("203-1111111-2222222,203-3333333-4444444", fakes.jobArguments.get(0).get("orders"));

        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 51; i++) {
            many.append(String.format("203-%07d-2222222%n", i));
        }
        Http.Response r = http.post("csrf", csrf(), "action", "import-orders", "tab", "data", "store", "EU1", "orders",
                many.toString());
        assertEquals(1, fakes.jobArguments.size(), "51 ids are refused before any job");
        assertTrue(http.follow(r).html().contains("Name 1 to 50 order ids, not 51."));
    }

    @Test
    @DisplayName("LIST-01/02/03: products table, search passed on, inline lead time edit as a job, safe host links")
    void productsTab() throws Exception {
        fakes.installed("EU1", true, AuthorisationState.AUTHORISED, Fakes.NOW);
        fakes.products.add(new ProductListPage.Entry(new ProductMapping("EU1", "SKU-<b>1", "B00TEST001", "SKU-1",
                Marketplace.UK, FulfilmentChannel.FBM, 2), new DisplayLink(DisplayLink.Kind.URL,
                "http://127.0.0.1:8080/erp/products/SKU-1", "SKU-1")));
        fakes.products.add(new ProductListPage.Entry(new ProductMapping("EU1", "FBA-2", "B00TEST002", "FBA-2",
                Marketplace.UK, FulfilmentChannel.FBA, 2), new DisplayLink(DisplayLink.Kind.URL,
                "javascript:alert(1)", "FBA-2")));

        String html = http.get("/amazon", "tab", "products", "search", "B00TEST").html();

        assertEquals("B00TEST", fakes.productQueries.get(0).search());
        assertTrue(html.contains("SKU-&lt;b&gt;1"), html);
        assertFalse(html.contains("SKU-<b>1"), html);
        assertTrue(html.contains("<a href=\"http://127.0.0.1:8080/erp/products/SKU-1\""), html);
        assertFalse(html.contains("href=\"javascript:"), html);
        assertTrue(html.contains("2 (FBA)"), "FBA lead times are Amazon's: " + html);

        http.post("csrf", csrf(), "action", "lead-time", "tab", "products", "alias", "EU1", "sku", "SKU-<b>1", "days",
                "5");
        assertEquals(List.of("job LEAD_TIME EU1"), fakes.calls);
        assertEquals("5", fakes.jobArguments.get(0).get("days"));
        assertEquals("SKU-<b>1", fakes.jobArguments.get(0).get("sku"));
        Http.Response refused = http.post("csrf", csrf(), "action", "lead-time", "tab", "products", "alias", "EU1",
                "sku", "SKU-1", "days", "31");
        assertTrue(http.follow(refused).html().contains("The lead time must be 0 to 30 days, not 31."));
        Http.Response noSku = http.post("csrf", csrf(), "action", "lead-time", "tab", "products", "alias", "EU1",
                "sku", " ", "days", "3");
        assertTrue(http.follow(noSku).html().contains("A seller SKU has 1 to 40 characters"), "the shell's rule too");
        assertEquals(1, fakes.calls.size(), "no job for a refused change");
    }

    @Test
    @DisplayName("LOG-01/02: the log tab filters by level, store and text over 7 days, escaped")
    void logTab() throws Exception {
        fakes.installed("EU1", true, AuthorisationState.AUTHORISED, Fakes.NOW);
        fakes.log.add(new LogEntry(1, Fakes.NOW, "EU1", LogLevel.ERROR, LogCategory.ORDERS,
                "Order failed: <script>alert(1)</script>", "203-1111111-2222222", null, FixAction.UNKNOWN_SKU));
        fakes.log.add(new LogEntry(2, Fakes.NOW, "EU1", LogLevel.INFO, LogCategory.ORDERS, "Order imported",
                "203-3333333-4444444", "SO-1", null));

        String html = http.get("/amazon", "tab", "log", "level", "error", "store", "EU1", "search", "failed").html();

        assertEquals(org.ecomhub.amazon.api.log.LevelFilter.ERROR, fakes.logQueries.get(0).level());
        assertEquals("EU1", fakes.logQueries.get(0).store());
        assertEquals("failed", fakes.logQueries.get(0).text());
        assertEquals(Fakes.NOW.minus(java.time.Duration.ofDays(7)), fakes.logQueries.get(0).from());
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertFalse(html.contains("<script>alert"), html);
        assertTrue(html.contains(Html.escape(FixAction.UNKNOWN_SKU.text())), html);
        assertFalse(html.contains("Order imported"), html);
    }

    @Test
    @DisplayName("HOST-09: dynamic text on the page is HTML-escaped; the escaper covers all five characters and null")
    void escaping() throws Exception {
        String html = new Http(new AmazonConsolePlugin(fakes.services, "<script>alert('x')</script>&"))
                .get("/amazon").html();
        assertFalse(html.contains("<script>alert"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;"), html);
        assertEquals("&amp;&lt;&gt;&quot;&#39;plain", Html.escape("&<>\"'plain"));
        assertEquals("", Html.escape(null));
    }

    @Test
    @DisplayName("Configuration and data tabs without a store ask to select one")
    void tabsWithoutAStore() throws Exception {
        fakes.installed("EU1", true, AuthorisationState.AUTHORISED, Fakes.NOW);

        String html = http.get("/amazon", "tab", "data").html();

        assertTrue(html.contains("Select a store:"), html);
        assertTrue(html.contains("tab=data&amp;store=EU1"), html);
        assertNull(fakes.jobArguments.isEmpty() ? null : "no job");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    static Instant at(String text) {
        return Instant.parse(text);
    }
}
