package org.ecomhub.itest.browser;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;

/**
 * The Felix demo application (bndrun/target/ecomhub-demo.jar) in a child JVM, on 127.0.0.1 with free ports, a fresh
 * database and framework cache under target/, the SP-API simulator configured, and an accelerated Clock so reports
 * and feeds come back in seconds.
 */
final class DemoApp implements AutoCloseable {

    static final String USER = "admin";
    static final String PASSWORD = "admin";
    /** Simulated seconds per real second. */
    static final int CLOCK_SPEED = 120;

    final int httpPort;
    final int simulatorPort;
    private final Path dir;
    private Process process;

    DemoApp(Path dir) throws IOException {
        this.dir = dir;
        this.httpPort = freePort();
        this.simulatorPort = freePort();
    }

    String consoleUrl() {
        return "http://127.0.0.1:" + httpPort + "/system/console";
    }

    Path log() {
        return dir.resolve("demo.log");
    }

    void start(Path demoJar, Path demoConf) throws IOException {
        Path conf = dir.resolve("conf");
        Files.createDirectories(conf);
        Files.copy(demoConf.resolve("org.ops4j.datasource-ecomhub.cfg"), conf.resolve("org.ops4j.datasource-ecomhub.cfg"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String callback = consoleUrl() + "/amazon/oauth";
        Files.writeString(conf.resolve("org.ecomhub.amazon.simulator.cfg"), String.join("\n",
                "port=" + simulatorPort, "redirect.uri=" + callback, "orders=30", "listings=20",
                "report.delay.seconds=60", "feed.delay.seconds=60",
                // a live order every 6 simulated seconds; each becomes importable 30 simulated minutes later
                "live.orders.per.hour=600", ""));
        Path etc = dir.resolve("etc");
        Files.createDirectories(etc);
        Files.copy(demoConf.resolveSibling("etc").resolve("org.apache.karaf.shell.cfg"),
                etc.resolve("org.apache.karaf.shell.cfg"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String simulator = "http://127.0.0.1:" + simulatorPort;
        Files.writeString(conf.resolve("org.ecomhub.amazon.integration.cfg"), String.join("\n",
                "spapi.application.id=amzn1.sp.solution.simulator", "oauth.redirect.uri=" + callback,
                "spapi.endpoint=" + simulator, "lwa.endpoint=" + simulator + "/auth/o2/token", ""));
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.osgi.service.http.port=" + httpPort,
                "-Dfelix.fileinstall.dir=" + conf,
                "-Decomhub.db.path=" + dir.resolve("db/ecomhub"),
                "-Dorg.osgi.framework.storage=" + dir.resolve("felix-cache"),
                "-Decomhub.clock.speed=" + CLOCK_SPEED,
                // a tick per 2 simulated minutes at most, so 5-minute polls stay on time
                "-Decomhub.scheduler.tick.ms=250",
                // the secrets key file goes under target/, not the user's home
                "-Duser.home=" + dir.resolve("home"),
                // the local shell on stdin: the test seeds the reference host with erp:seed-demo
                "-Dkaraf.startLocalConsole=true", "-Dkaraf.etc=" + etc,
                "-jar", demoJar.toString());
        process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log().toFile()).start();
        Awaitility.await("the demo's Amazon page answers").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500)).until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("the demo stopped: see " + log());
                    }
                    return status(consoleUrl() + "/amazon") == 200;
                });
    }

    /**
     * Seeds the reference host (warehouses, products, customers) through the demo's shell, as a person would type
     * it; sent again if the command was typed before the host's commands were registered.
     */
    void seedHost() throws IOException {
        for (int attempt = 1; ; attempt++) {
            process.getOutputStream().write("erp:seed-demo\n".getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().flush();
            try {
                Awaitility.await("the host is seeded").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300))
                        .until(() -> Files.readString(log(), StandardCharsets.ISO_8859_1).contains("Demo data seeded"));
                return;
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private int status(String url) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
            c.setRequestProperty("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
            c.setConnectTimeout(2000);
            c.setReadTimeout(5000);
            try {
                return c.getResponseCode();
            } finally {
                c.disconnect();
            }
        } catch (IOException e) {
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
