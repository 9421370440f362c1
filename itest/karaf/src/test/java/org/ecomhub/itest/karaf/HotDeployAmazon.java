package org.ecomhub.itest.karaf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Amazon's side of the hot-deploy test, read over HTTP from the SP-API simulator as any SP-API client would (LWA
 * refresh-token grant, then {@code searchOrders} page by page), independent of the connector under test.
 */
final class HotDeployAmazon {

    /** Statuses at which an order imports with the default settings: FBM from UNSHIPPED, FBA from SHIPPED (ORD-03). */
    private static final Set<String> FBM_ELIGIBLE = Set.of("UNSHIPPED", "PARTIALLY_SHIPPED", "SHIPPED");

    /** One Amazon order as the simulator shows it. */
    record Order(String orderId, String status, String fulfilledBy, Instant created, Instant lastUpdated) {
        boolean eligible() {
            return "MERCHANT".equals(fulfilledBy) ? FBM_ELIGIBLE.contains(status) : "SHIPPED".equals(status);
        }
    }

    private final String base;

    HotDeployAmazon(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** Every order of the marketplace created in {@code [from, to)}; {@code to} at most 2 minutes before now. */
    List<Order> orders(String marketplaceId, Instant from, Instant to) throws IOException {
        String token = accessToken();
        String query = "marketplaceIds=" + marketplaceId + "&createdAfter=" + iso(from) + "&createdBefore=" + iso(to)
                + "&includedData=FULFILLMENT&maxResultsPerPage=100";
        List<Order> found = new ArrayList<>();
        String next = null;
        do {
            String url = base + "/orders/2026-01-01/orders?" + query
                    + (next == null ? "" : "&paginationToken=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            Map<String, Object> page = JsonText.object(call("GET", url, token, null));
            for (Object o : (List<?>) page.get("orders")) {
                found.add(order(map(o)));
            }
            Object pagination = page.get("pagination");
            next = pagination == null ? null : (String) map(pagination).get("nextToken");
        } while (next != null);
        return found;
    }

    /** Refills the usage-plan buckets, so the test's own reads do not take the plugin's quota. */
    void resetBuckets() throws IOException {
        call("POST", base + "/_admin/reset-buckets", null, "");
    }

    private String accessToken() throws IOException {
        String form = "grant_type=refresh_token&refresh_token=" + enc(KarafSetup.SIM_REFRESH_TOKEN) + "&client_id="
                + enc(KarafSetup.SIM_CLIENT_ID) + "&client_secret=" + enc(KarafSetup.SIM_CLIENT_SECRET);
        return (String) JsonText.object(call("POST", base + "/auth/o2/token", null, form)).get("access_token");
    }

    private static Order order(Map<String, Object> o) {
        Map<String, Object> fulfillment = map(o.get("fulfillment"));
        return new Order((String) o.get("orderId"), (String) fulfillment.get("fulfillmentStatus"),
                (String) fulfillment.get("fulfilledBy"), Instant.parse((String) o.get("createdTime")),
                Instant.parse((String) o.get("lastUpdatedTime")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o == null ? new LinkedHashMap<>() : (Map<String, Object>) o;
    }

    private static String call(String method, String url, String token, String form) throws IOException {
        HttpURLConnection c = (HttpURLConnection) new URL(url).openConnection();
        c.setRequestMethod(method);
        c.setConnectTimeout(5000);
        c.setReadTimeout(30000);
        c.setRequestProperty("user-agent", "ecomhub-itest-hotdeploy/1.0 (Language=Java/17)");
        if (token != null) {
            c.setRequestProperty("x-amz-access-token", token);
        }
        if (form != null) {
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
            try (OutputStream out = c.getOutputStream()) {
                out.write(form.getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            int status = c.getResponseCode();
            InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream();
            String body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (status >= 400) {
                throw new IOException(method + " " + url + " answered " + status + ": " + body);
            }
            return body;
        } finally {
            c.disconnect();
        }
    }

    private static String iso(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
