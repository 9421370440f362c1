package org.ecomhub.spapi.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

import org.ecomhub.amazon.api.spapi.ConnectionSettings;
import org.ecomhub.amazon.api.spapi.Region;
import org.ecomhub.amazon.api.spapi.SpApiAuthorizationException;
import org.ecomhub.amazon.api.spapi.SpApiAuthorizationException.Reason;
import org.ecomhub.amazon.api.spapi.SpApiException;
import org.ecomhub.amazon.api.spapi.SpApiMalformedResponseException;
import org.ecomhub.amazon.api.spapi.SpApiRejectedException;
import org.ecomhub.amazon.api.spapi.SpApiRejectedException.SpApiError;
import org.ecomhub.amazon.api.spapi.SpApiThrottledException;
import org.ecomhub.amazon.api.spapi.SpApiTransientException;
import org.ecomhub.amazon.api.spapi.SpOperation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything one seller, region and application share: the access token, a token bucket and a circuit breaker per
 * operation, the call ledger. {@link #call} sends one SP-API operation with waiting, retries and error typing
 * (API-01, API-03, API-07).
 */
final class SellerChannel {
    private static final Logger LOG = LoggerFactory.getLogger(SellerChannel.class);
    static final MediaType JSON = MediaType.get("application/json");
    /** Attempts per call, first one included. */
    static final int MAX_ATTEMPTS = 6;

    private final String sellerId;
    private final Region region;
    private final OkHttpClient http;
    private final ObjectMapper json;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Backoff backoff;
    private final LwaClient lwa;
    private final AccessTokenCache tokens;
    private final CallLedger ledger = new CallLedger();
    private final StatusPolling polling = new StatusPolling();
    private final Map<SpOperation, TokenBucket> buckets = new EnumMap<>(SpOperation.class);
    private final Map<SpOperation, CircuitBreaker> breakers = new EnumMap<>(SpOperation.class);
    private volatile ConnectionSettings settings;

    SellerChannel(String sellerId, Region region, ConnectionSettings settings, OkHttpClient http, ObjectMapper json,
            Clock clock, Sleeper sleeper, Backoff backoff) {
        this.sellerId = sellerId;
        this.region = region;
        this.settings = settings;
        this.http = http;
        this.json = json;
        this.clock = clock;
        this.sleeper = sleeper;
        this.backoff = backoff;
        this.lwa = new LwaClient(http, json);
        this.tokens = new AccessTokenCache(clock);
        for (SpOperation op : SpOperation.values()) {
            buckets.put(op, new TokenBucket(clock, op.defaultRate(), op.defaultBurst()));
            breakers.put(op, new CircuitBreaker(clock, 5, Duration.ofSeconds(60)));
        }
    }

    String sellerId() {
        return sellerId;
    }

    Region region() {
        return region;
    }

    Clock clock() {
        return clock;
    }

    Sleeper sleeper() {
        return sleeper;
    }

    ObjectMapper json() {
        return json;
    }

    OkHttpClient http() {
        return http;
    }

    StatusPolling polling() {
        return polling;
    }

    CallLedger ledger() {
        return ledger;
    }

    TokenBucket bucket(SpOperation op) {
        return buckets.get(op);
    }

    void update(ConnectionSettings newSettings) {
        this.settings = newSettings;
    }

    /** The base URL of SP-API for this region (override or Amazon's host, API-02). */
    HttpUrl.Builder url(String path) {
        URI base = settings.effectiveEndpoint(region);
        HttpUrl root = HttpUrl.get(base.toString());
        HttpUrl.Builder b = root.newBuilder();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                b.addPathSegment(segment);
            }
        }
        return b;
    }

    /** Reads a JSON reply; a reply that does not parse is retried like a transient failure, then reported. */
    interface ReplyReader<T> {
        T read(JsonNode body);
    }

    <T> T call(SpOperation op, String account, String method, HttpUrl url, Object body, ReplyReader<T> reader) {
        CircuitBreaker breaker = breakers.get(op);
        TokenBucket bucket = buckets.get(op);
        boolean tokenRenewed = false;
        SpApiException last = null;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            if (attempt > 0) {
                pause(op, backoff.delay(attempt - 1));
            }
            if (!breaker.allow()) {
                if (last != null) {
                    throw last; // the failures of this call opened the breaker: report what they were
                }
                throw new SpApiTransientException(op.operationId(), 0, breaker.remaining(),
                        op.operationId() + " paused: circuit breaker open after repeated failures", null);
            }
            pause(op, bucket.reserve());
            String accessToken;
            try {
                accessToken = accessToken();
            } catch (SpApiTransientException e) {
                last = e; // LWA itself is down or slow: back off and try again like any transient failure
                continue;
            }
            Request request = request(method, url, body, accessToken);
            int status;
            String text;
            String requestId;
            String rateHeader;
            try (Response response = http.newCall(request).execute()) {
                status = response.code();
                requestId = response.header("x-amzn-RequestId");
                rateHeader = response.header("x-amzn-RateLimit-Limit");
                ResponseBody rb = response.body();
                text = rb == null ? "" : rb.string();
            } catch (InterruptedIOException e) {
                if (Thread.currentThread().isInterrupted()) {
                    throw interrupted(op);
                }
                ledger.record(account, op.operationId(), false);
                breaker.failure();
                last = new SpApiTransientException(op.operationId(), 0, Duration.ofSeconds(30),
                        op.operationId() + " timed out", e);
                LOG.debug("{} attempt {} timed out", op.operationId(), attempt + 1);
                continue;
            } catch (IOException e) {
                ledger.record(account, op.operationId(), false);
                breaker.failure();
                last = new SpApiTransientException(op.operationId(), 0, Duration.ofSeconds(30),
                        op.operationId() + " failed: " + e.getClass().getSimpleName(), e);
                LOG.debug("{} attempt {} failed: {}", op.operationId(), attempt + 1, e.getClass().getSimpleName());
                continue;
            }
            ledger.record(account, op.operationId(), status == 429);
            LOG.debug("SP-API call {} account={} seller={} status={} requestId={}", op.operationId(), account,
                    sellerId, status, requestId);
            rerate(bucket, rateHeader);
            if (status >= 200 && status < 300) {
                try {
                    T result = reader.read(parse(op, text));
                    breaker.success();
                    return result;
                } catch (SpApiMalformedResponseException e) {
                    breaker.failure();
                    last = e;
                    continue;
                }
            }
            if (status == 429) {
                bucket.drain();
                last = new SpApiThrottledException(op.operationId(), Duration.ofSeconds((long) Math.ceil(1 / bucket.rate())),
                        op.operationId() + " throttled by Amazon (429) after " + (attempt + 1) + " attempts");
                continue;
            }
            if (status == 401 || status == 403) {
                if (!tokenRenewed) {
                    tokenRenewed = true;
                    tokens.invalidate(accessToken);
                    attempt--; // a renewed token is not a failure of Amazon's: retry at once
                    continue;
                }
                throw new SpApiAuthorizationException(op.operationId(), Reason.ACCESS_DENIED,
                        op.operationId() + " refused (HTTP " + status + ", " + firstCode(text)
                                + "): the seller must authorise the application again or grant the role");
            }
            if (status >= 500) {
                breaker.failure();
                last = new SpApiTransientException(op.operationId(), status, Duration.ofSeconds(30),
                        op.operationId() + " failed at Amazon (HTTP " + status + ")", null);
                continue;
            }
            breaker.success(); // Amazon answered; the request was wrong
            throw new SpApiRejectedException(op.operationId(), status, errors(text));
        }
        throw last;
    }

    /** A PUT to a presigned URL (feed document upload), counted apart from SP-API calls. */
    void upload(String account, String url, String contentType, byte[] content) {
        SpApiException last = null;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            if (attempt > 0) {
                pause(null, backoff.delay(attempt - 1));
            }
            Request request = new Request.Builder().url(url)
                    .put(RequestBody.create(content, MediaType.get(contentType))).build();
            ledger.record(account, CallLedger.TRANSFER, false);
            try (Response response = http.newCall(request).execute()) {
                if (response.isSuccessful()) {
                    return;
                }
                if (response.code() < 500) {
                    throw new SpApiRejectedException("uploadFeedDocument", response.code(),
                            List.of(new SpApiError("UploadRejected", "the presigned URL refused the upload (HTTP "
                                    + response.code() + "); it may have expired", null)));
                }
                last = new SpApiTransientException("uploadFeedDocument", response.code(), Duration.ofSeconds(30),
                        "feed document upload failed (HTTP " + response.code() + ")", null);
            } catch (IOException e) {
                last = new SpApiTransientException("uploadFeedDocument", 0, Duration.ofSeconds(30),
                        "feed document upload failed: " + e.getClass().getSimpleName(), e);
            }
        }
        throw last;
    }

    /** A GET of a presigned URL (report or processing-report document), counted apart. */
    byte[] download(String account, String url) {
        SpApiException last = null;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            if (attempt > 0) {
                pause(null, backoff.delay(attempt - 1));
            }
            ledger.record(account, CallLedger.TRANSFER, false);
            try (Response response = http.newCall(new Request.Builder().url(url).get().build()).execute()) {
                ResponseBody rb = response.body();
                byte[] bytes = rb == null ? new byte[0] : rb.bytes();
                if (response.isSuccessful()) {
                    return bytes;
                }
                if (response.code() < 500) {
                    throw new SpApiRejectedException("downloadDocument", response.code(),
                            List.of(new SpApiError("DownloadRejected", "the presigned URL refused the download (HTTP "
                                    + response.code() + "); it may have expired", null)));
                }
                last = new SpApiTransientException("downloadDocument", response.code(), Duration.ofSeconds(30),
                        "document download failed (HTTP " + response.code() + ")", null);
            } catch (IOException e) {
                last = new SpApiTransientException("downloadDocument", 0, Duration.ofSeconds(30),
                        "document download failed: " + e.getClass().getSimpleName(), e);
            }
        }
        throw last;
    }

    /** Renews the access token when needed, one refresh at a time (API-01). */
    private String accessToken() {
        ConnectionSettings s = settings;
        return tokens.get(() -> {
            if (s.lwaClientId() == null || s.lwaClientId().isBlank()) {
                throw new SpApiAuthorizationException("lwa", Reason.CONFIGURATION, "the LWA client id is not set");
            }
            String secret = s.clientSecret().get();
            String refresh = s.refreshToken().get();
            if (secret == null || secret.isEmpty() || refresh == null || refresh.isEmpty()) {
                throw new SpApiAuthorizationException("lwa", Reason.CONFIGURATION,
                        "the LWA client secret or the seller's refresh token is not set");
            }
            ledger.record("lwa", CallLedger.LWA, false);
            return lwa.refresh(s.effectiveLwaEndpoint(), s.lwaClientId(), secret, refresh);
        });
    }

    LwaClient lwa() {
        return lwa;
    }

    private Request request(String method, HttpUrl url, Object body, String accessToken) {
        Request.Builder b = new Request.Builder().url(url)
                .header("x-amz-access-token", accessToken)
                .header("user-agent", settings.userAgent())
                .header("accept", "application/json");
        RequestBody rb = null;
        if (body != null) {
            try {
                rb = RequestBody.create(json.writeValueAsBytes(body), JSON);
            } catch (IOException e) {
                throw new IllegalStateException("cannot write request body", e);
            }
        }
        if (rb == null && ("POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method))) {
            rb = RequestBody.create(new byte[0], JSON);
        }
        return b.method(method, rb).build();
    }

    private JsonNode parse(SpOperation op, String text) {
        if (text.isBlank()) {
            return json.createObjectNode();
        }
        try {
            JsonNode node = json.readTree(text);
            if (node == null || !node.isContainerNode()) {
                throw new SpApiMalformedResponseException(op.operationId(), op.operationId() + " reply is not a JSON object", null);
            }
            return node;
        } catch (IOException e) {
            throw new SpApiMalformedResponseException(op.operationId(),
                    op.operationId() + " reply is not valid JSON", null);
        }
    }

    private List<SpApiError> errors(String text) {
        List<SpApiError> out = new ArrayList<>();
        try {
            JsonNode root = json.readTree(text);
            if (root != null) {
                for (JsonNode e : root.path("errors")) {
                    out.add(new SpApiError(e.path("code").asText(""), e.path("message").asText(""),
                            e.hasNonNull("details") ? e.get("details").asText() : null));
                }
            }
        } catch (IOException e) {
            // not Amazon's error body: fall through to a generic entry
        }
        if (out.isEmpty()) {
            out.add(new SpApiError("Unknown", "no error body", null));
        }
        return out;
    }

    private String firstCode(String text) {
        return errors(text).get(0).code();
    }

    private void rerate(TokenBucket bucket, String header) {
        if (header == null) {
            return;
        }
        try {
            bucket.rerate(Double.parseDouble(header.trim()));
        } catch (NumberFormatException e) {
            LOG.debug("ignoring x-amzn-RateLimit-Limit {}", header);
        }
    }

    private void pause(SpOperation op, Duration d) {
        if (d.isZero() || d.isNegative()) {
            return;
        }
        try {
            sleeper.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted(op);
        }
    }

    private static SpApiTransientException interrupted(SpOperation op) {
        String name = op == null ? "transfer" : op.operationId();
        return new SpApiTransientException(name, 0, Duration.ZERO, name + " interrupted", null);
    }
}
