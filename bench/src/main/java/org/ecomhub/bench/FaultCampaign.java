package org.ecomhub.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The fault campaign: the exported Felix app and the simulator as two child processes on one accelerated clock
 * (start and speed on their command lines), live orders in 3 stores of one seller (UK, DE, FR), injected 429 / 500 /
 * 503 / reset / malformed / slow replies and expiring tokens, the app SIGKILLed and restarted, {@code orders}
 * replaced through the FileInstall-watched folder by a higher version; after a SIGTERM every Amazon order is checked
 * on the app's database ({@link CampaignCheck}). Exit code 1 on any lost or doubled order.
 * Arguments: {@code --orders 1000 --kills 1 --updates 1 --speed 60}.
 */
public final class FaultCampaign {
    static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    static final String[] STORES = {"CUK:UK", "CDE:DE", "CFR:FR"};

    private final HttpClient http = HttpClient.newHttpClient();
    private final Path dir;
    private final double speed;
    private final SharedClock clock;
    private final long wallEpoch = System.currentTimeMillis();
    private final int simPort;
    private final int httpPort;
    private Process app;
    private int starts;

    private FaultCampaign(Path dir, double speed) throws IOException {
        this.dir = dir;
        this.speed = speed;
        this.clock = new SharedClock(T0, wallEpoch, speed);
        this.simPort = freePort();
        this.httpPort = freePort();
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        int orders = intArg(args, "--orders", 1000);
        int kills = intArg(args, "--kills", 1);
        int updates = intArg(args, "--updates", 1);
        double speed = intArg(args, "--speed", 60);
        Path dir = Files.createDirectories(Path.of(System.getProperty("bench.target", "bench/target"))
                .toAbsolutePath().resolve("campaign-" + System.currentTimeMillis()));
        int code = new FaultCampaign(dir, speed).run(orders, kills, updates);
        System.exit(code);
    }

    private int run(int orders, int kills, int updates) throws Exception {
        long t0 = System.nanoTime();
        log("campaign in " + dir + "; clock " + T0 + " x" + speed + "; " + orders + " orders, " + kills + " kills, "
                + updates + " updates; " + Sandbox.settingsText().replace("no index lag, no faults",
                        "index lag 2 min, 5 % faults"));
        Path demoJar = Path.of("bndrun/target/ecomhub-demo.jar").toAbsolutePath();
        Path appJar = CampaignApp.withoutOrders(demoJar, dir.resolve("ecomhub-campaign.jar"));
        Path ordersJar = dir.resolve("orders-original.jar");
        CampaignApp.extractOrders(demoJar, ordersJar);
        prepareAppDir(ordersJar);

        Process sim = startSimulator();
        try {
            startApp();
            awaitSetUp();
            // 5 % faults: 429 / 500 / 503 / reset / malformed / slow, 1 % each
            post("/_admin/faults?share429=0.01&share500=0.01&share503=0.01&reset=0.01&malformed=0.005&slow=0.005"
                    + "&slowMillis=1500");
            double hours = Math.max(1, orders / 500.0); // 500 orders per simulated hour
            OutputStream simIn = sim.getOutputStream();
            simIn.write(String.format("live %.1f %.2f%n", orders / hours, hours).getBytes(StandardCharsets.UTF_8));
            simIn.flush();
            Instant liveEnd = clock.instant().plusSeconds((long) (hours * 3600));
            int events = kills + updates;
            int killed = 0;
            int updated = 0;
            for (int e = 1; e <= events; e++) {
                // spread kills and updates over the live period, kills first
                Instant at = clock.instant().plusSeconds((long) (hours * 3600 / (events + 1)));
                waitUntil(at, true);
                if (killed < kills) {
                    log("SIGKILL the app");
                    app.destroyForcibly();
                    app.waitFor();
                    killed++;
                    startApp();
                    awaitHttp();
                } else {
                    updated++;
                    updateOrders(ordersJar, "0.1." + updated);
                }
            }
            waitUntil(liveEnd, true);
            log("live stream over; quiet period: 30 min for the last orders to become Unshipped, 10 min with"
                    + " nothing new and two 5-minute polls");
            waitUntil(clock.instant().plus(Duration.ofMinutes(30)), true);
            post("/_admin/faults?share429=0&share500=0&share503=0&reset=0&malformed=0&slow=0");
            waitUntil(clock.instant().plus(Duration.ofMinutes(25)), false);
            String bundles = get("/system/console/bundles.json");
            String ordersState = CampaignCheck.ordersBundles(bundles);
            log("orders bundles: " + ordersState);
            log("SIGTERM the app");
            app.destroy();
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                log("the app did not stop within 60 s; SIGKILL");
                app.destroyForcibly().waitFor();
            }
            log("simulator counters (calls per operation, faults injected): " + getSim("/_admin/counters"));
            CampaignCheck.Result r = new CampaignCheck(dir, simPort, clock).check(T0);
            double real = (System.nanoTime() - t0) / 1e9;
            String expectedVersion = updates > 0 ? "0.1." + updates : null;
            boolean bundleOk = expectedVersion == null || ordersState.equals("1 ACTIVE at " + expectedVersion);
            log(r.summary());
            log(String.format("campaign done in %.0f real s (%.0f simulated min); %d kills, %d updates; orders"
                    + " bundle %s", real, real * speed / 60, killed, updated, bundleOk ? "ok" : "NOT OK"));
            Files.writeString(dir.resolve("campaign-result.txt"), r.summary() + "\n");
            if (r.eligible() == 0) {
                log("NO ELIGIBLE ORDER: the campaign proved nothing");
                return 1;
            }
            return r.lost() == 0 && r.doubled() == 0 && bundleOk ? 0 : 1;
        } finally {
            if (app != null && app.isAlive()) {
                app.destroyForcibly();
            }
            sim.destroyForcibly();
        }
    }

    private void prepareAppDir(Path ordersJar) throws IOException {
        Path conf = Files.createDirectories(dir.resolve("app/conf"));
        Path etc = Files.createDirectories(dir.resolve("app/etc"));
        Files.copy(Path.of("bndrun/demo/conf/org.ops4j.datasource-ecomhub.cfg"),
                conf.resolve("org.ops4j.datasource-ecomhub.cfg"));
        Files.copy(Path.of("bndrun/demo/etc/org.apache.karaf.shell.cfg"), etc.resolve("org.apache.karaf.shell.cfg"));
        Files.writeString(conf.resolve("org.ecomhub.amazon.integration.cfg"), String.join("\n",
                "lwa.client.id=amzn1.application-oa2-client.simulator",
                "spapi.application.id=amzn1.sp.solution.simulator",
                "spapi.endpoint=http://127.0.0.1:" + simPort,
                "lwa.endpoint=http://127.0.0.1:" + simPort + "/auth/o2/token",
                "oauth.redirect.uri=http://127.0.0.1:" + httpPort + "/system/console/amazon/oauth",
                "orders.poll.minutes=5",
                "stock.export.frequency=HOURS_24", ""));
        Files.copy(ordersJar, conf.resolve("org.ecomhub.orders.jar"));
        StringBuilder script = new StringBuilder();
        // both command sets must be there (they register as their bundles start); seed-demo can run again
        script.append("until { try { amazon:store-list --json > /dev/null ; erp:seed-demo ; true } { false } }"
                + " { sleep 1 }\n");
        script.append("echo sim-client-secret | amazon:app-credentials --stdin amzn1.application-oa2-client.simulator\n");
        for (String s : STORES) {
            String alias = s.split(":")[0];
            String market = s.split(":")[1];
            script.append("try { amazon:store-install ").append(alias).append(' ').append(market)
                    .append(" A3SIMSELLER0001 } { echo \"(").append(alias).append(" installed already)\" }\n");
            script.append("amazon:store-config ").append(alias).append(" fbm warehouse=MAIN sales.order.group=AMAZON\n");
            script.append("amazon:store-config ").append(alias).append(" fba warehouse=FBA-UK sales.order.group=AMAZON\n");
            script.append("amazon:store-config ").append(alias)
                    .append(" tax \"tax.codes=20=STANDARD,5=REDUCED,0=ZERO\" default.tax.code=STANDARD\n");
            script.append("echo \"Atzr|sim-refresh-token-0001\" | amazon:store-auth --token --stdin ").append(alias)
                    .append('\n');
            script.append("try { amazon:store-enable --yes ").append(alias).append(" } { echo \"(").append(alias)
                    .append(" is ON already)\" }\n");
        }
        script.append("amazon:store-list\necho CAMPAIGN-SETUP-DONE\n");
        // the script never ends, so the console never reads its (empty) input and prints no prompts
        script.append("until { false } { sleep 86400 }\n");
        Files.writeString(etc.resolve("campaign.script"), script.toString());
    }

    private Process startSimulator() throws Exception {
        Process p = new ProcessBuilder(javaBin(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                SimulatorChild.class.getName(), "--port", Integer.toString(simPort), "--start", T0.toString(),
                "--wall-epoch", Long.toString(wallEpoch), "--speed", Double.toString(speed), "--listings", "40")
                .redirectErrorStream(true).redirectOutput(dir.resolve("simulator.log").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.readString(dir.resolve("simulator.log")).contains("simulator on")) {
                log("simulator on 127.0.0.1:" + simPort);
                return p;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("simulator did not start; see simulator.log");
    }

    private void startApp() throws IOException {
        starts++;
        Path appDir = dir.resolve("app");
        Instant now = clock.instant();
        app = new ProcessBuilder(javaBin(), "-Xmx768m", "-Dkaraf.home=.", "-Dkaraf.etc=etc",
                "-Dkaraf.startLocalConsole=true", "-Dkaraf.shell.init.script=campaign.script",
                "-Decomhub.clock.start=" + now, "-Decomhub.clock.speed=" + speed,
                "-Decomhub.secrets.keyfile=" + appDir.resolve("secrets/secrets.key"),
                "-Dorg.osgi.service.http.port=" + httpPort, "-jar", dir.resolve("ecomhub-campaign.jar").toString())
                .directory(appDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("app-" + starts + ".log").toFile()))
                .start(); // stdin stays an open pipe: the local console must not read end-of-file and stop
        log("app started (start " + starts + ") with clock start " + now);
    }

    private void awaitSetUp() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        Path log = dir.resolve("app-" + starts + ".log");
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains("CAMPAIGN-SETUP-DONE")) {
                log("app set up: 3 stores ON");
                return;
            }
            if (!app.isAlive()) {
                throw new IllegalStateException("the app stopped; see " + log);
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the app's setup did not finish; see " + log);
    }

    private void awaitHttp() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (get("/system/console/bundles.json") != null) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the restarted app does not answer");
    }

    private void updateOrders(Path original, String version) throws Exception {
        Path built = dir.resolve("orders-" + version + ".jar");
        CampaignApp.withVersion(original, version, built);
        Path target = dir.resolve("app/conf/org.ecomhub.orders.jar");
        Path tmp = dir.resolve("app/org.ecomhub.orders.jar.tmp");
        Files.copy(built, tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        log("orders " + version + " written over conf/org.ecomhub.orders.jar");
    }

    /** Waits for the simulated instant, expiring the access tokens every 20 simulated minutes when asked. */
    private void waitUntil(Instant at, boolean expireTokens) throws Exception {
        Instant nextExpiry = clock.instant().plus(Duration.ofMinutes(20));
        while (clock.instant().isBefore(at)) {
            if (expireTokens && !clock.instant().isBefore(nextExpiry)) {
                post("/_admin/expire-tokens");
                nextExpiry = clock.instant().plus(Duration.ofMinutes(20));
            }
            Thread.sleep(200);
        }
    }

    private void post(String path) throws IOException, InterruptedException {
        http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + simPort + path))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
    }

    private String getSim(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + simPort + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException | InterruptedException e) {
            return "unknown: " + e.getMessage();
        }
    }

    private String get(String path) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort
                    + path)).header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            "admin:admin".getBytes(StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(5)).GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 ? r.body() : null;
        } catch (IOException | InterruptedException e) {
            return null;
        }
    }

    private void log(String message) {
        System.out.printf("[campaign %s] %s%n", clock.instant(), message);
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static int intArg(String[] args, String name, int dflt) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return dflt;
    }

    static List<String> none() {
        return new ArrayList<>();
    }
}
