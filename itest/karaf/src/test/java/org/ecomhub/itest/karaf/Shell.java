package org.ecomhub.itest.karaf;

import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.security.PrivilegedExceptionAction;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import javax.security.auth.Subject;

import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;

/**
 * Runs Karaf shell command lines headless, as a script would, with an optional standard input (for
 * {@code --stdin} secrets). Keeps a transcript of everything printed and every failure message, so a test can
 * search all command output (SEC-01). Commands run as Karaf user {@code admin} with roles {@code admin} and
 * {@code amazon-admin}, as over ssh, so Karaf's command ACLs (STORE-08) let them through.
 */
final class Shell {

    static final Duration COMMAND_WAIT = Duration.ofSeconds(60);

    private final SessionFactory sessionFactory;
    private final StringBuilder transcript = new StringBuilder();
    private final Subject admin;
    private final Duration commandWait;

    Shell(SessionFactory sessionFactory) {
        this(sessionFactory, COMMAND_WAIT, "admin", "admin", "amazon-admin");
    }

    /** A shell of another Karaf user; {@code commandWait} is how long a command not (yet) visible is retried. */
    Shell(SessionFactory sessionFactory, Duration commandWait, String user, String... roles) {
        this.sessionFactory = sessionFactory;
        this.commandWait = commandWait;
        this.admin = subject(user, roles);
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
        long deadline = System.nanoTime() + commandWait.toNanos();
        while (true) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
            Session session = sessionFactory.create(
                    new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, out);
            Exception error = null;
            try {
                Subject.doAs(admin, (PrivilegedExceptionAction<Object>) () -> session.execute(line));
            } catch (java.security.PrivilegedActionException e) {
                error = e.getException();
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

    /** Karaf's principals, by name: the probe sees Karaf's JAAS classes only at run time. */
    private static Subject subject(String user, String... roles) {
        Set<Principal> principals = new HashSet<>();
        try {
            ClassLoader loader = Shell.class.getClassLoader();
            String pkg = "org.apache.karaf.jaas.boot.principal.";
            principals.add(principal(loader.loadClass(pkg + "UserPrincipal"), user));
            for (String role : roles) {
                principals.add(principal(loader.loadClass(pkg + "RolePrincipal"), role));
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Karaf's JAAS principals are not visible to the probe", e);
        }
        return new Subject(true, principals, Set.of(), Set.of());
    }

    private static Principal principal(Class<?> type, String name) throws ReflectiveOperationException {
        return (Principal) type.getConstructor(String.class).newInstance(name);
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
