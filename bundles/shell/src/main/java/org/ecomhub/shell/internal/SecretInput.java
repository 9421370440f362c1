package org.ecomhub.shell.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.apache.karaf.shell.api.console.Session;

/** Reads a secret without echo at the prompt, or one line from standard input for scripts (SEC-01). */
final class SecretInput {

    private SecretInput() {
    }

    /** @throws IllegalArgumentException if nothing was entered */
    static String read(Session session, InputStream stdin, boolean fromStdin, String prompt) throws IOException {
        String value;
        if (fromStdin || session == null) {
            value = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
        } else {
            value = session.readLine(prompt, '*');
        }
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Nothing was entered.");
        }
        return value.strip();
    }
}
