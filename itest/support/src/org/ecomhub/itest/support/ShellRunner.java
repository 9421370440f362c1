package org.ecomhub.itest.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;

/** Runs a Karaf shell command line headless, as a script would, and returns what it printed. */
public final class ShellRunner {

    private final SessionFactory sessionFactory;

    public ShellRunner(SessionFactory sessionFactory) {
        this.sessionFactory = sessionFactory;
    }

    /**
     * Executes the line; while the command is not registered yet (Karaf registers commands asynchronously
     * after the bundle starts) it asks again until the time is up. Any other failure is thrown at once.
     */
    public String execute(String line, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                return executeOnce(line);
            } catch (Exception e) {
                if (!isCommandNotFound(e) || System.nanoTime() > deadline) {
                    throw e;
                }
            }
            Thread.sleep(200);
        }
    }

    private String executeOnce(String line) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = sessionFactory.create(new ByteArrayInputStream(new byte[0]), out, out);
        try {
            session.execute(line);
        } finally {
            out.flush();
            session.close();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isCommandNotFound(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals("CommandNotFoundException")) {
                return true;
            }
        }
        return false;
    }
}
