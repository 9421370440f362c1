package org.ecomhub.spapi.simulator.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ecomhub.testsupport.SteppedClock;

/** A simulator on a stepped clock plus a raw HTTP client that speaks to it like a connector would. */
final class SimulatorHarness implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    final SteppedClock clock = new SteppedClock(Instant.parse("2026-06-01T12:00:00Z"));
    final SpApiSimulator sim;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    String token;

    record Reply(int status, JsonNode json, String text, HttpResponse<String> raw) {
    }

    SimulatorHarness(SimulatorSettings settings, int orders, int listings) throws IOException {
        sim = new SpApiSimulator(settings, clock);
        sim.generate(orders, listings, Duration.ofHours(48));
    }

    String login() throws Exception {
        Reply r = form("/auth/o2/token", "grant_type=refresh_token&refresh_token="
                + enc(SimulatorSettings.DEFAULT_REFRESH_TOKEN) + "&client_id=" + enc(SimulatorSettings.DEFAULT_CLIENT_ID)
                + "&client_secret=" + enc(SimulatorSettings.DEFAULT_CLIENT_SECRET));
        token = r.json().get("access_token").asText();
        return token;
    }

    Reply form(String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(sim.baseUri().resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    Reply get(String pathAndQuery) throws Exception {
        return send(request(pathAndQuery).GET().build());
    }

    Reply call(String method, String pathAndQuery, Object body) throws Exception {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body));
        return send(request(pathAndQuery).header("Content-Type", "application/json").method(method, publisher).build());
    }

    Reply raw(HttpRequest request) throws Exception {
        return send(request);
    }

    HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sim.baseUri() + pathAndQuery))
                .header("user-agent", "simulator-test/1.0");
        if (token != null) {
            b.header("x-amz-access-token", token);
        }
        return b;
    }

    private Reply send(HttpRequest request) throws Exception {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode json = null;
        try {
            json = r.body().isEmpty() ? null : JSON.readTree(r.body());
        } catch (IOException e) {
            // not JSON (S3-style XML, HTML): keep the text
        }
        return new Reply(r.statusCode(), json, r.body(), r);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String time(Instant t) {
        return t.toString();
    }

    @Override
    public void close() {
        sim.close();
    }
}
