package org.ecomhub.itest.karaf;

import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;

/**
 * Runs Karaf shell command lines headless, as a script would, with an optional standard input (for
 * {@code --stdin} secrets). Keeps a transcript of everything printed and every failure message, so a test can
 * search all command output (SEC-01).
 */
final class Shell {

    static final Duration COMMAND_WAIT = Duration.ofSeconds(60);

    private final SessionFactory sessionFactory;
    private final StringBuilder transcript = new StringBuilder();

    Shell(SessionFactory sessionFactory) {
        this.sessionFactory = sessionFactory;
    }

    /** Runs the line and returns its output; fails the test when the command fails. */
    String run(String line) throws Exception {
        return run(line, "");
    }

    /** Runs the line with {@code stdin} as its standard input; fails the test when the command fails. */
    String run(String line, String stdin) throws Exception {
        Result result = execute(line, stdin);
        if (result.failure != null) {
            throw new AssertionError("'" + line + "' failed: " + result.failure + "\noutput: " + result.output,
                    result.error);
        }
        return result.output;
    }

    /** Runs a line that must fail and returns the failure's message (what the admin sees). */
    String failure(String line) throws Exception {
        Result result = execute(line, "");
        if (result.failure == null) {
            fail("'" + line + "' did not fail; it printed: " + result.output);
        }
        return result.failure;
    }

    /** Everything printed and every failure message so far. */
    String transcript() {
        return transcript.toString();
    }

    private Result execute(String line, String stdin) throws Exception {
        long deadline = System.nanoTime() + COMMAND_WAIT.toNanos();
        while (true) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
            Session session = sessionFactory.create(
                    new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, out);
            Exception error = null;
            try {
                session.execute(line);
            } catch (Exception e) {
                error = e;
            } finally {
                out.flush();
                session.close();
            }
            String output = bytes.toString(StandardCharsets.UTF_8);
            // Karaf registers a command once its services are there (asynchronously after a bundle starts)
            if (error != null && isCommandNotFound(error) && System.nanoTime() < deadline) {
                Thread.sleep(200);
                continue;
            }
            String failure = error == null ? null : messages(error);
            transcript.append(output).append('\n');
            if (failure != null) {
                transcript.append(failure).append('\n');
            }
            return new Result(output, failure, error);
        }
    }

    private static String messages(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            text.append(t.getMessage()).append('\n');
        }
        return text.toString();
    }

    private static boolean isCommandNotFound(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals("CommandNotFoundException")) {
                return true;
            }
        }
        return false;
    }

    private record Result(String output, String failure, Exception error) {
    }
}
