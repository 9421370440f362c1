package org.ecomhub.spapi.simulator.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;

/** One request: decoded query, body, typed parameter readers that answer like Amazon when a value is bad. */
final class Exchange {
    static final ObjectMapper JSON = new ObjectMapper();
    final HttpExchange http;
    final String method;
    final String path;
    final Map<String, String> query;
    private byte[] body;

    Exchange(HttpExchange http) {
        this.http = http;
        this.method = http.getRequestMethod();
        this.path = http.getRequestURI().getRawPath();
        this.query = parseQuery(http.getRequestURI().getRawQuery());
    }

    static Map<String, String> parseQuery(String raw) {
        Map<String, String> q = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return q;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = decode(eq < 0 ? pair : pair.substring(0, eq));
            String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (q.containsKey(k)) {
                throw ApiError.invalid("Parameter " + k + " given more than once; send lists comma-separated");
            }
            q.put(k, v);
        }
        return q;
    }

    static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** Path segment i (0-based) decoded. */
    String segment(int i) {
        String[] parts = path.substring(1).split("/");
        return decode(parts[i]);
    }

    String header(String name) {
        return http.getRequestHeaders().getFirst(name);
    }

    byte[] body() throws IOException {
        if (body == null) {
            try (InputStream in = http.getRequestBody()) {
                body = in.readAllBytes();
            }
        }
        return body;
    }

    JsonNode json() throws IOException {
        byte[] b = body();
        if (b.length == 0) {
            throw ApiError.invalid("Request body is required");
        }
        try {
            JsonNode n = JSON.readTree(b);
            if (n == null || !n.isObject()) {
                throw ApiError.invalid("Request body must be a JSON object");
            }
            return n;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApiError.invalid("Request body is not valid JSON");
        }
    }

    /** Rejects parameters the operation does not define (a typo would silently widen a search at Amazon's). */
    void allowOnly(String... names) {
        Set<String> allowed = Set.of(names);
        for (String k : query.keySet()) {
            if (!allowed.contains(k)) {
                throw ApiError.invalid("Unknown parameter: " + k);
            }
        }
    }

    String param(String name) {
        String v = query.get(name);
        return v == null || v.isEmpty() ? null : v;
    }

    String required(String name) {
        String v = param(name);
        if (v == null) {
            throw ApiError.invalid("Missing required parameter: " + name);
        }
        return v;
    }

    List<String> csv(String name) {
        String v = param(name);
        if (v == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : v.split(",")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }

    List<String> csvOf(String name, String... allowed) {
        List<String> values = csv(name);
        List<String> ok = Arrays.asList(allowed);
        for (String v : values) {
            if (!ok.contains(v)) {
                throw ApiError.invalid("Invalid value for " + name + ": " + v);
            }
        }
        return values;
    }

    Instant instant(String name) {
        String v = param(name);
        return v == null ? null : parseInstant(name, v);
    }

    static Instant parseInstant(String name, String v) {
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiError.invalid("Invalid " + name + ": expected an ISO 8601 date-time");
        }
    }

    Integer integer(String name, int min, int max) {
        String v = param(name);
        if (v == null) {
            return null;
        }
        try {
            int i = Integer.parseInt(v);
            if (i < min || i > max) {
                throw ApiError.invalid(name + " must be between " + min + " and " + max);
            }
            return i;
        } catch (NumberFormatException e) {
            throw ApiError.invalid(name + " must be an integer");
        }
    }

    void send(int status, String contentType, byte[] bytes) throws IOException {
        http.getResponseHeaders().set("Content-Type", contentType);
        if (status == 204) {
            http.sendResponseHeaders(204, -1);
            http.close();
            return;
        }
        http.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = http.getResponseBody()) {
            out.write(bytes);
        }
    }

    void sendJson(int status, JsonNode node) throws IOException {
        send(status, "application/json", JSON.writeValueAsBytes(node));
    }
}
