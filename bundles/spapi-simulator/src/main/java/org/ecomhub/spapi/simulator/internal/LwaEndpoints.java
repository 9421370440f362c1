package org.ecomhub.spapi.simulator.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

/**
 * Login with Amazon: the token endpoint (refresh-token and authorization-code grants, checking client id, secret
 * and code) and the Seller Central consent page, which redirects back with {@code state},
 * {@code selling_partner_id} and a single-use {@code spapi_oauth_code}.
 */
final class LwaEndpoints {
    /** An authorization code must be exchanged within this time (Amazon: "a few minutes"). */
    static final Duration CODE_LIFE = Duration.ofMinutes(5);
    private final SpApiSimulator sim;
    private final SecureRandom random = new SecureRandom();

    LwaEndpoints(SpApiSimulator sim) {
        this.sim = sim;
    }

    void token(HttpExchange http) throws IOException {
        try {
            sim.state.count("lwa");
            if (!"POST".equals(http.getRequestMethod())) {
                lwaError(http, 400, "invalid_request", "The request method must be POST");
                return;
            }
            Faults.Fault fault = sim.faults.next();
            if (fault == Faults.Fault.ERROR_500 || fault == Faults.Fault.ERROR_503) {
                lwaError(http, fault == Faults.Fault.ERROR_500 ? 500 : 503, fault == Faults.Fault.ERROR_500
                        ? "server_error" : "temporarily_unavailable", "The server is temporarily unavailable");
                return;
            }
            Map<String, String> form = form(http);
            String clientId = form.get("client_id");
            String secret = form.get("client_secret");
            String grant = form.get("grant_type");
            if (grant == null || clientId == null || secret == null) {
                lwaError(http, 400, "invalid_request", "The request is missing a required parameter");
                return;
            }
            if (!sim.settings.clientId().equals(clientId) || !sim.settings.clientSecret().equals(secret)) {
                lwaError(http, 401, "invalid_client", "Client authentication failed");
                return;
            }
            switch (grant) {
                case "refresh_token" -> refreshGrant(http, clientId, form.get("refresh_token"));
                case "authorization_code" -> codeGrant(http, form.get("code"), form.get("redirect_uri"));
                default -> lwaError(http, 400, "unsupported_grant_type", "The grant type is not supported");
            }
        } finally {
            http.close();
        }
    }

    private void refreshGrant(HttpExchange http, String clientId, String refreshToken) throws IOException {
        String seller = refreshToken == null ? null : sim.state.refreshTokens.get(refreshToken);
        if (seller == null) {
            lwaError(http, 400, "invalid_grant", "The request has an invalid grant parameter : refresh_token");
            return;
        }
        String access = "Atza|sim-" + HexFormat.of().formatHex(bytes(24));
        Duration life = sim.settings.accessTokenLife();
        sim.state.accessTokens.put(access, new SimState.AccessGrant(seller, clientId, sim.clock.instant().plus(life)));
        ObjectNode reply = Exchange.JSON.createObjectNode().put("access_token", access).put("token_type", "bearer")
                .put("expires_in", life.getSeconds()).put("refresh_token", refreshToken);
        send(http, 200, reply);
    }

    private void codeGrant(HttpExchange http, String code, String redirectUri) throws IOException {
        SimState.OAuthCode c = code == null ? null : sim.state.codes.get(code);
        Instant now = sim.clock.instant();
        if (c == null) {
            lwaError(http, 400, "invalid_grant", "The authorization code is invalid");
            return;
        }
        synchronized (c) {
            if (c.used()[0] || now.isAfter(c.issued().plus(CODE_LIFE))) {
                lwaError(http, 400, "invalid_grant", "The authorization code is expired or was already used");
                return;
            }
            c.used()[0] = true;
        }
        if (redirectUri != null && !redirectUri.equals(c.redirectUri())) {
            lwaError(http, 400, "invalid_grant", "The redirect_uri does not match the authorisation request");
            return;
        }
        String refresh = "Atzr|sim-" + HexFormat.of().formatHex(bytes(24));
        sim.state.refreshTokens.put(refresh, c.sellerId());
        String access = "Atza|sim-" + HexFormat.of().formatHex(bytes(24));
        sim.state.accessTokens.put(access, new SimState.AccessGrant(c.sellerId(), sim.settings.clientId(),
                now.plus(sim.settings.accessTokenLife())));
        send(http, 200, Exchange.JSON.createObjectNode().put("access_token", access).put("token_type", "bearer")
                .put("expires_in", sim.settings.accessTokenLife().getSeconds()).put("refresh_token", refresh));
    }

    /** GET /apps/authorize/consent?application_id=..&state=..[&redirect_uri=..][&selling_partner_id=..]. */
    void consent(HttpExchange http) throws IOException {
        try {
            sim.state.count("consent");
            Map<String, String> q = Exchange.parseQuery(http.getRequestURI().getRawQuery());
            String app = q.get("application_id");
            String state = q.get("state");
            if (app == null || !app.equals(sim.settings.applicationId()) || state == null || state.isBlank()) {
                byte[] page = "<html><body><h1>We could not authorise this application</h1></body></html>"
                        .getBytes(StandardCharsets.UTF_8);
                http.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                http.sendResponseHeaders(400, page.length);
                http.getResponseBody().write(page);
                return;
            }
            String redirect = q.getOrDefault("redirect_uri", sim.settings.redirectUri());
            String seller = q.getOrDefault("selling_partner_id", sim.settings.sellerId());
            String code = "ANsim" + HexFormat.of().formatHex(bytes(16));
            sim.state.codes.put(code, new SimState.OAuthCode(seller, redirect, sim.clock.instant(), new boolean[1]));
            String location = redirect + (redirect.contains("?") ? "&" : "?") + "state=" + enc(state)
                    + "&selling_partner_id=" + enc(seller) + "&spapi_oauth_code=" + enc(code);
            http.getResponseHeaders().set("Location", location);
            http.sendResponseHeaders(302, -1);
        } catch (ApiError e) {
            SpApiSimulator.error(http, e);
        } finally {
            http.close();
        }
    }

    private Map<String, String> form(HttpExchange http) throws IOException {
        byte[] body = http.getRequestBody().readAllBytes();
        String type = http.getRequestHeaders().getFirst("Content-Type");
        if (type != null && type.startsWith("application/json")) {
            JsonNode n = Exchange.JSON.readTree(body);
            Map<String, String> out = new java.util.HashMap<>();
            n.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
            return out;
        }
        return Exchange.parseQuery(new String(body, StandardCharsets.UTF_8));
    }

    private static void lwaError(HttpExchange http, int status, String error, String description) throws IOException {
        send(http, status, Exchange.JSON.createObjectNode().put("error", error).put("error_description", description));
    }

    private static void send(HttpExchange http, int status, ObjectNode body) throws IOException {
        byte[] bytes = Exchange.JSON.writeValueAsBytes(body);
        http.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        http.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = http.getResponseBody()) {
            out.write(bytes);
        }
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
