package org.ecomhub.webconsole.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ecomhub.amazon.api.spapi.Marketplace;
import org.ecomhub.amazon.api.store.AuthorisationState;
import org.ecomhub.amazon.api.store.EnablePreview;
import org.ecomhub.amazon.api.store.LastRun;
import org.ecomhub.amazon.api.store.StoreHealth;

/** The Overview tab: a tile per shop slot up to the store limit (STORE-01/02/04/06/07/09). */
final class OverviewTab {

    /** STORE-07: warn this long before a year since authorisation is up. */
    static final Duration RENEWAL_WARNING = Duration.ofDays(30);
    static final Duration AUTHORISATION_LIFE = Duration.ofDays(365);

    private OverviewTab() {
    }

    static void render(Page page) {
        List<StoreHealth> stores = page.services.admin().health();
        int limit = page.services.admin().integration().storeLimit();
        String enabling = page.param("enable");
        if (!enabling.isEmpty()) {
            enablePreview(page, enabling);
        }
        page.print("<h3>Your Amazon Stores</h3><p class=\"statline\">").text(stores.size() + " of " + limit
                + " shop slots used.").print("</p><div class=\"ecomhub-tiles\">");
        for (StoreHealth store : stores) {
            tile(page, store);
        }
        for (int slot = stores.size() + 1; slot <= limit; slot++) {
            emptySlot(page, slot);
        }
        page.print("</div>");
        appCredentials(page);
    }

    /** STORE-08: the app's LWA credentials are amazon-admin's; the secret is only ever said to be set or not. */
    private static void appCredentials(Page page) {
        boolean set = page.services.admin().appCredentialsSet();
        page.print("<h3>App credentials</h3><p id=\"app-credentials\">").text("LWA client id: "
                + (page.services.admin().integration().lwaClientId().isEmpty() ? "not set"
                        : page.services.admin().integration().lwaClientId())
                + "; client secret: " + (set ? "set" : "not set") + ".").print("</p>");
        if (page.user.may(Role.ADMIN)) {
            page.print("<details><summary>").text(set ? "Replace the app credentials" : "Set the app credentials")
                    .print("</summary>");
            page.formStart("app-credentials", "overview", "ecomhub-form");
            page.print("<label>LWA client id ");
            page.input("text", "client-id", page.services.admin().integration().lwaClientId(), "size=\"40\"");
            page.print("</label> <label>Client secret ");
            page.input("password", "client-secret", "", "autocomplete=\"off\" size=\"30\"");
            page.print("</label> ");
            page.formEnd("Save credentials", "ecomhub-button");
            page.print("</details>");
        }
    }

    private static void tile(Page page, StoreHealth store) {
        Marketplace marketplace = Marketplace.byId(store.marketplaceId()).orElse(null);
        page.print("<div class=\"ecomhub-tile\" id=\"tile-").text(store.alias()).print("\"><h4>").text(store.alias())
                .print("</h4><table class=\"nicetable\">");
        row(page, "Marketplace", marketplace == null ? store.marketplaceId()
                : marketplace.countryCode() + " (" + marketplace.id() + ")");
        row(page, "Region", marketplace == null ? "" : marketplace.region().name());
        row(page, "Seller id", store.sellerId());
        page.print("<tr><th>Status</th><td>");
        if (store.installed()) {
            page.print("<span class=\"ecomhub-status\">").text(store.enabled() ? "ON" : "OFF").print("</span> ");
            if (page.user.may(Role.OPERATOR)) {
                if (store.enabled()) {
                    page.formStart("disable", "overview", "ecomhub-inline");
                    page.hidden("alias", store.alias());
                    page.formEnd("Turn OFF", "ecomhub-toggle");
                } else {
                    page.print("<a class=\"ecomhub-toggle\" href=\"").text(page.link("tab", "overview", "enable",
                            store.alias())).print("\">Turn ON</a>");
                }
            }
        }
        page.print("</td></tr>");
        row(page, "Health", store.status());
        store.settingsRefused().ifPresent(problem -> row(page, "Settings refused", problem));
        row(page, "Last order poll", lastRun(store.lastOrderPoll().orElse(null)));
        row(page, "Last stock export", lastRun(store.lastStockExport().orElse(null)));
        row(page, "Next run", store.nextRun().map(Instant::toString).orElse("-"));
        row(page, "Backlog", String.valueOf(store.backlog()));
        page.print("<tr><th>Errors (24 h)</th><td><a href=\"").text(page.link("tab", "log", "level", "ERROR",
                "store", store.alias())).print("\">").text(store.errorsLast24h()).print("</a></td></tr>");
        row(page, "Authorisation", store.authorisation().name());
        row(page, "Authorised on", store.authorisedAt().map(at -> at.truncatedTo(ChronoUnit.SECONDS).toString())
                .orElse("never"));
        page.print("</table>");
        renewalWarning(page, store);
        if (store.installed() && page.user.may(Role.OPERATOR)) {
            page.print("<details class=\"ecomhub-auth\"><summary>")
                    .text(store.authorisation() == AuthorisationState.NOT_AUTHORISED ? "Authorise" : "Authorise again")
                    .print("</summary>");
            authoriseForm(page, store.alias());
            page.print("</details>");
        }
        page.print("<p><a class=\"ecomhub-select\" href=\"").text(page.link("tab", "configuration", "store",
                store.alias())).print("\">Select</a></p></div>");
    }

    private static void renewalWarning(Page page, StoreHealth store) {
        Instant now = page.services.clock().instant();
        boolean expiresSoon = store.authorisation() == AuthorisationState.EXPIRES_SOON || store.authorisedAt()
                .map(at -> !now.isBefore(at.plus(AUTHORISATION_LIFE).minus(RENEWAL_WARNING))).orElse(false);
        if (store.authorisation() == AuthorisationState.NEEDS_REAUTHORISATION) {
            page.message(false, "Amazon refused this seller's authorisation: jobs are paused. Authorise again.");
        } else if (expiresSoon) {
            page.message(false, "The authorisation ends on " + store.authorisedAt().get().plus(AUTHORISATION_LIFE)
                    .truncatedTo(ChronoUnit.DAYS) + ": authorise again before then.");
        }
    }

    private static void authoriseForm(Page page, String alias) {
        page.formStart("authorise", "overview", "ecomhub-form");
        page.hidden("alias", alias);
        authorisationFields(page, "auth-" + alias);
        page.formEnd("Authorise", "ecomhub-button");
    }

    /** Paste a token (the main path for private apps) or go through Seller Central's consent page. */
    static void authorisationFields(Page page, String idPrefix) {
        page.print("<p><label><input type=\"radio\" name=\"auth\" value=\"token\" checked> Paste a refresh token"
                + "</label> <input type=\"password\" name=\"token\" autocomplete=\"off\" size=\"40\" id=\"")
                .text(idPrefix + "-token").print("\"></p><p><label><input type=\"radio\" name=\"auth\" value=\"consent\""
                        + " id=\"").text(idPrefix + "-consent").print("\"> Sign in to Seller Central and confirm "
                        + "the authorisation (consent page)</label></p>");
    }

    private static void emptySlot(Page page, int slot) {
        page.print("<div class=\"ecomhub-tile ecomhub-empty\" id=\"slot-").text(slot).print("\"><h4>Shop Slot ")
                .text(slot).print("</h4>");
        if (!page.user.may(Role.ADMIN)) {
            page.print("<p>Empty.</p></div>");
            return;
        }
        page.print("<details><summary class=\"ecomhub-install\">+ Install</summary>");
        page.formStart("install", "overview", "ecomhub-form");
        page.print("<p><label>Alias Name ");
        page.input("text", "alias", "", "maxlength=\"8\" size=\"10\" pattern=\"[A-Za-z0-9]{1,8}\" required");
        page.print("</label><br><small>At most 8 letters or digits; it cannot be changed.</small></p>");
        Map<String, String> marketplaces = new LinkedHashMap<>();
        for (Marketplace m : Marketplace.values()) {
            marketplaces.put(m.id(), m.countryCode() + " - " + m.id() + " (" + m.region() + ")");
        }
        page.print("<p><label>Primary Marketplace ");
        page.select("marketplace", marketplaces, Marketplace.values()[0].id());
        page.print("</label></p><p><label>Seller id ");
        page.input("text", "seller", "", "size=\"20\" required");
        page.print("</label><br><small>Seller Central &gt; Settings &gt; Account Info &gt; Your Merchant Token."
                + "</small></p>");
        authorisationFields(page, "install-" + slot);
        page.formEnd("Add", "ecomhub-button");
        page.print("</details></div>");
    }

    /** STORE-04: what turning the store ON imports, with "start from now" offered. */
    private static void enablePreview(Page page, String alias) {
        EnablePreview preview = page.services.admin().previewEnable(alias);
        String estimate = preview.estimatedOrders().isPresent()
                ? "about " + preview.estimatedOrders().getAsLong() + " orders"
                : "an unknown number of orders (no estimate yet)";
        page.print("<div class=\"ecomhub-confirm\" id=\"enable-preview\"><p>").text("Turning " + alias
                + " ON imports every order since " + preview.importFrom() + ": " + estimate + ".").print("</p>");
        page.print("<p class=\"ecomhub-warning\">WARNING: if the store's initial status is closed, when it is turned"
                + " on, any Amazon order processed between integration setup and activation will import.</p>");
        if (page.user.may(Role.OPERATOR)) {
            page.formStart("enable", "overview", "ecomhub-inline");
            page.hidden("alias", alias);
            page.formEnd("Turn ON and import them", "ecomhub-button");
            page.formStart("enable", "overview", "ecomhub-inline");
            page.hidden("alias", alias);
            page.hidden("from", "now");
            page.formEnd("Turn ON from now", "ecomhub-button");
        }
        page.print("</div>");
    }

    private static String lastRun(LastRun run) {
        return run == null ? "-" : run.at().truncatedTo(ChronoUnit.SECONDS) + " " + run.status()
                + (run.message().isEmpty() ? "" : ": " + run.message());
    }

    private static void row(Page page, String label, String value) {
        page.print("<tr><th>").text(label).print("</th><td>").text(value).print("</td></tr>");
    }
}
