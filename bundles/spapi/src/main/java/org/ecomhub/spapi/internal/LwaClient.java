package org.ecomhub.spapi.internal;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

import org.ecomhub.amazon.api.spapi.SpApiAuthorizationException;
import org.ecomhub.amazon.api.spapi.SpApiAuthorizationException.Reason;
import org.ecomhub.amazon.api.spapi.SpApiMalformedResponseException;
import org.ecomhub.amazon.api.spapi.SpApiTransientException;

/**
 * Login with Amazon token endpoint: the refresh-token grant (API-01) and the authorization-code grant (STORE-06).
 * Form-encoded like Amazon's clients. Error messages name the LWA error code, never a token or the secret.
 */
final class LwaClient {
    static final String OPERATION = "lwa";
    private final OkHttpClient http;
    private final ObjectMapper json;

    LwaClient(OkHttpClient http, ObjectMapper json) {
        this.http = http;
        this.json = json;
    }

    /** An access token and how long it is valid. */
    record AccessToken(String value, Duration expiresIn) {
        @Override
        public String toString() {
            return "AccessToken[<hidden>, expiresIn=" + expiresIn + "]";
        }
    }

    AccessToken refresh(URI endpoint, String clientId, String clientSecret, String refreshToken) {
        FormBody body = new FormBody.Builder()
                .add("grant_type", "refresh_token")
                .add("refresh_token", refreshToken)
                .add("client_id", clientId)
                .add("client_secret", clientSecret)
                .build();
        JsonNode reply = post(endpoint, body);
        return new AccessToken(required(reply, "access_token"),
                Duration.ofSeconds(reply.path("expires_in").asLong(3600)));
    }

    String exchangeCode(URI endpoint, String clientId, String clientSecret, String code, URI redirectUri) {
        FormBody.Builder form = new FormBody.Builder()
                .add("grant_type", "authorization_code")
                .add("code", code)
                .add("client_id", clientId)
                .add("client_secret", clientSecret);
        if (redirectUri != null) {
            form.add("redirect_uri", redirectUri.toString());
        }
        return required(post(endpoint, form.build()), "refresh_token");
    }

    private JsonNode post(URI endpoint, FormBody body) {
        Request request = new Request.Builder().url(endpoint.toString()).post(body)
                .header("Accept", "application/json").build();
        try (Response response = http.newCall(request).execute()) {
            ResponseBody rb = response.body();
            String text = rb == null ? "" : rb.string();
            if (response.isSuccessful()) {
                return parse(text);
            }
            String error = errorCode(text);
            if (response.code() >= 500 || "server_error".equals(error) || "temporarily_unavailable".equals(error)
                    || response.code() == 429) {
                throw new SpApiTransientException(OPERATION, response.code(), Duration.ofSeconds(30),
                        "LWA token endpoint unavailable (HTTP " + response.code() + ", " + error + ")", null);
            }
            Reason reason = switch (error) {
                case "invalid_client", "unauthorized_client" -> Reason.INVALID_CLIENT;
                case "invalid_grant" -> Reason.INVALID_GRANT;
                default -> Reason.INVALID_GRANT;
            };
            throw new SpApiAuthorizationException(OPERATION, reason,
                    "Login with Amazon refused the request: " + error + " (HTTP " + response.code() + ")"
                            + (reason == Reason.INVALID_GRANT ? "; the seller must authorise the application again"
                                    : "; check the LWA client id and secret"));
        } catch (IOException e) {
            throw new SpApiTransientException(OPERATION, 0, Duration.ofSeconds(30),
                    "LWA token endpoint unreachable: " + e.getClass().getSimpleName(), e);
        }
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new SpApiMalformedResponseException(OPERATION, "LWA reply is not JSON", null);
        }
    }

    private String errorCode(String text) {
        try {
            JsonNode n = json.readTree(text);
            return n == null ? "unknown" : n.path("error").asText("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String required(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || !v.isTextual() || v.asText().isEmpty()) {
            throw new SpApiMalformedResponseException(OPERATION, "LWA reply lacks " + field, null);
        }
        return v.asText();
    }
}
