package org.ecomhub.itest.karaf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Amazon page of the web console as a browser with the admin login uses it: reads the CSRF token from a page,
 * POSTs a form, follows the redirect and reads the message shown (post/redirect/get).
 */
final class BadInputConsole {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern MESSAGE = Pattern.compile("<p class=\"ecomhub-(ok|error)[^\"]*\">(.*?)</p>",
            Pattern.DOTALL);

    /** What the admin sees after a POST: the status of the answer and the message on the page it leads to. */
    record Answer(int status, boolean error, String message, String html) {
        @Override
        public String toString() {
            return status + (error ? " error: " : " ok: ") + message;
        }
    }

    private final String root;
    private final String page;
    private final String login;

    BadInputConsole(int port, String user, String password) {
        this.root = "http://127.0.0.1:" + port;
        this.page = root + "/system/console/amazon";
        this.login = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    String page() {
        return page;
    }

    /** The CSRF token the page's forms carry for this user. */
    String csrf() throws IOException {
        String body = get(page + "?tab=overview").body;
        Matcher m = CSRF.matcher(body);
        if (!m.find()) {
            throw new AssertionError("the overview has no CSRF field: " + body);
        }
        return m.group(1);
    }

    /**
     * POSTs the form fields ({@code name=value}, values URL-encoded, a name may repeat) with the given token, or none
     * when {@code csrf} is null, and reads the message of the page the redirect leads to.
     */
    Answer post(List<String> fields, String csrf) throws IOException {
        List<String> body = new ArrayList<>();
        if (csrf != null) {
            body.add("csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
        }
        for (String field : fields) {
            int eq = field.indexOf('=');
            String name = eq < 0 ? field : field.substring(0, eq);
            String value = eq < 0 ? "" : URLDecoder.decode(field.substring(eq + 1), StandardCharsets.UTF_8);
            body.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        HttpURLConnection c = open(page);
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        c.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
        try (OutputStream out = c.getOutputStream()) {
            out.write(String.join("&", body).getBytes(StandardCharsets.UTF_8));
        }
        Response answer = read(c);
        if (answer.status != 302 && answer.status != 303) {
            return new Answer(answer.status, true, answer.status + " " + unescape(answer.body), answer.body);
        }
        String location = c.getHeaderField("Location");
        String next = location.startsWith("http") ? location : root + location;
        Response shown = get(next);
        Matcher m = MESSAGE.matcher(shown.body);
        if (!m.find()) {
            return new Answer(shown.status, false, "(no message on " + location + ")", shown.body);
        }
        return new Answer(answer.status, "error".equals(m.group(1)), unescape(m.group(2)), shown.body);
    }

    private record Response(int status, String body) {
    }

    private Response get(String url) throws IOException {
        return read(open(url));
    }

    private HttpURLConnection open(String url) throws IOException {
        HttpURLConnection c = (HttpURLConnection) new URL(url).openConnection();
        c.setConnectTimeout(5000);
        c.setReadTimeout(30000);
        c.setInstanceFollowRedirects(false);
        c.setRequestProperty("Authorization", login);
        return c;
    }

    private static Response read(HttpURLConnection c) throws IOException {
        try {
            int status = c.getResponseCode();
            InputStream stream = status < 400 ? c.getInputStream() : c.getErrorStream();
            return new Response(status, stream == null ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8));
        } finally {
            c.disconnect();
        }
    }

    private static String unescape(String html) {
        return html.replaceAll("<[^>]*>", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&").strip();
    }
}
