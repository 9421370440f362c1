package org.ecomhub.itest.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Plain HTTP GETs against the host's console, with or without the Basic login. */
public final class HttpProbe {

    /** Status and body of one answer; status -1 when nothing listened. */
    public static final class Response {
        private final int status;
        private final String body;

        Response(int status, String body) {
            this.status = status;
            this.body = body;
        }

        public int status() {
            return status;
        }

        public String body() {
            return body;
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    private HttpProbe() {
    }

    public static Response get(String url, String user, String password) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
        connection.setConnectTimeout(5000);
        connection.setReadTimeout(10000);
        connection.setInstanceFollowRedirects(false);
        if (user != null) {
            String token = Base64.getEncoder().encodeToString(
                    (user + ":" + password).getBytes(StandardCharsets.UTF_8));
            connection.setRequestProperty("Authorization", "Basic " + token);
        }
        try {
            int status = connection.getResponseCode();
            InputStream stream = status < 400 ? connection.getInputStream() : connection.getErrorStream();
            String body = stream == null ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            return new Response(status, body);
        } catch (IOException notListening) {
            return new Response(-1, notListening.toString());
        } finally {
            connection.disconnect();
        }
    }

    /** GETs until the answer has the wanted status (the console registers plugins a moment after start). */
    public static Response getUntil(String url, String user, String password, int wanted, Duration timeout)
            throws Exception {
        return Poll.until(timeout, () -> get(url, user, password), response -> response.status() == wanted);
    }
}
