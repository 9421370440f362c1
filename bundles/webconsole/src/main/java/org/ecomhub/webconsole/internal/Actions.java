package org.ecomhub.webconsole.internal;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.ecomhub.amazon.api.settings.SettingsException;
import org.ecomhub.amazon.api.store.Actor;
import org.ecomhub.amazon.api.store.ConsentResult;
import org.ecomhub.amazon.api.products.ProductMapping;
import org.ecomhub.amazon.api.store.JobKind;
import org.ecomhub.amazon.api.store.StoreHealth;

/**
 * The page's POST actions. Each checks the user's role first, calls the same service method as the shell, and
 * answers where to go next: back to a tab with a message, to a job's progress, or to Seller Central's consent page.
 */
final class Actions {

    /** Where the browser goes after an action. */
    record Outcome(String tab, String store, String job, boolean ok, String message, URI external) {

        static Outcome ok(String tab, String store, String message) {
            return new Outcome(tab, store, "", true, message, null);
        }

        static Outcome job(String tab, String store, String job) {
            return new Outcome(tab, store, job, true, "Started; progress is shown below.", null);
        }
    }

    private Actions() {
    }

    static Outcome run(Page page, String action) {
        Actor actor = Actor.console(page.user.name());
        String alias = page.param("alias").isEmpty() ? page.store() : page.param("alias");
        return switch (action) {
            case "install" -> install(page, actor);
            case "uninstall" -> {
                need(page, Role.ADMIN);
                page.services.admin().uninstall(alias, actor);
                yield Outcome.ok("overview", "", "Store " + alias + " uninstalled. What it synced stays; nothing further"
                        + " syncs.");
            }
            case "app-credentials" -> {
                need(page, Role.ADMIN);
                String secret = page.request.getParameter("client-secret");
                page.services.admin().setAppCredentials(page.param("client-id"), secret == null ? "" : secret.strip(),
                        actor);
                yield Outcome.ok("overview", "", "App credentials saved.");
            }
            case "authorise" -> {
                need(page, Role.OPERATOR);
                yield authorise(page, alias, actor, "Store " + alias + ": ");
            }
            case "enable" -> {
                need(page, Role.OPERATOR);
                boolean fromNow = "now".equals(page.param("from"));
                page.services.admin().enable(alias, fromNow, actor);
                yield Outcome.ok("overview", "", "Store " + alias + " is ON" + (fromNow ? ", importing orders from now."
                        : "."));
            }
            case "disable" -> {
                need(page, Role.OPERATOR);
                page.services.admin().disable(alias, actor);
                yield Outcome.ok("overview", "", "Store " + alias + " is OFF: nothing syncs until it is ON again.");
            }
            case "save-settings" -> {
                need(page, Role.OPERATOR);
                yield Outcome.ok("configuration", alias, ConfigurationTab.save(page, alias, actor));
            }
            case "import-products" -> job(page, JobKind.PRODUCT_IMPORT, "data", alias, Map.of());
            case "export-stock" -> job(page, JobKind.STOCK_EXPORT, "data", alias, Map.of("full", "true"));
            case "find-missing" -> job(page, JobKind.MISSING_ORDERS, "data", alias, Map.of("from",
                    day(page.param("from"), 0), "to", until(page, day(page.param("to"), 1)), "import", "false"));
            case "import-orders" -> job(page, JobKind.ORDER_IMPORT, "data", alias,
                    Map.of("orders", String.join(",", DataTab.typedIds(page.param("orders")))));
            case "lead-time" -> {
                int days = ProductsTab.parseInt(page.param("days"), -1);
                ProductMapping.checkLeadTimeChange(page.param("sku"), days);
                yield job(page, JobKind.LEAD_TIME, "products", alias, Map.of("sku", page.param("sku").strip(), "days",
                        String.valueOf(days)));
            }
            default -> throw new IllegalArgumentException("Unknown action.");
        };
    }

    private static Outcome install(Page page, Actor actor) {
        need(page, Role.ADMIN);
        String alias = page.param("alias");
        StoreHealth health = page.services.admin().install(alias, page.param("marketplace"), page.param("seller"),
                actor);
        String installed = "Store " + health.alias() + " installed (OFF). ";
        if ("consent".equals(page.param("auth")) || !page.param("token").isEmpty()) {
            return authorise(page, health.alias(), actor, installed);
        }
        return Outcome.ok("overview", "", installed + "Authorise it, then turn it ON.");
    }

    /** STORE-06: a pasted token is kept at once; the consent way sends the browser to Seller Central. */
    private static Outcome authorise(Page page, String alias, Actor actor, String prefix) {
        if ("consent".equals(page.param("auth"))) {
            URI consent = page.services.authorisation().startConsent(alias, actor);
            return new Outcome("overview", "", "", true, "", consent);
        }
        String token = page.request.getParameter("token");
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException(prefix + "paste the seller's refresh token, or choose the consent page.");
        }
        ConsentResult result = page.services.authorisation().authoriseWithToken(alias, token.strip(), actor);
        return Outcome.ok("overview", "", prefix + authorised(result));
    }

    static String authorised(ConsentResult result) {
        return "Seller " + result.group().sellerId() + " in " + result.group().region() + " is authorised; stores"
                + " covered: " + String.join(", ", result.authorised()) + ".";
    }

    private static Outcome job(Page page, JobKind kind, String tab, String alias, Map<String, String> arguments) {
        need(page, Role.OPERATOR);
        if (alias.isEmpty()) {
            throw new IllegalArgumentException("Select a store first.");
        }
        String id = page.tracker.start(page.services.jobs(), kind, alias, arguments);
        return Outcome.job(tab, "products".equals(tab) ? page.store() : alias, id);
    }

    /** A day from the date field as the start of that day (UTC), plus {@code plusDays}. */
    private static String day(String text, int plusDays) {
        try {
            return LocalDate.parse(text).plusDays(plusDays).atStartOfDay().toInstant(ZoneOffset.UTC).toString();
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("Give the dates as yyyy-mm-dd.");
        }
    }

    /** Amazon accepts no window end later than two minutes ago. */
    private static String until(Page page, String end) {
        java.time.Instant latest = page.services.clock().instant().minus(java.time.Duration.ofMinutes(2));
        java.time.Instant wanted = java.time.Instant.parse(end);
        return (wanted.isAfter(latest) ? latest : wanted).toString();
    }

    static void need(Page page, Role role) {
        if (!page.user.may(role)) {
            throw new SecurityException("Your console role may not do this (needs "
                    + (role == Role.ADMIN ? "amazon-admin" : "amazon-operator") + ").");
        }
    }

    /** What the admin reads when an action is refused: a settings refusal lists every problem and its fix. */
    static String refusal(RuntimeException e) {
        if (e instanceof SettingsException s) {
            StringBuilder text = new StringBuilder("Not saved:");
            s.problems().forEach(p -> text.append(' ').append(p.property()).append(": ").append(p.problem())
                    .append(" Fix: ").append(p.fix()));
            return text.toString();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
