package org.ecomhub.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Start of the exported Felix demo (a fresh directory: new framework cache and database) until every bundle is
 * ACTIVE and every DS component is active or satisfied (components waiting for a configuration nobody gave are
 * listed apart), seen through the Web Console's JSON on 127.0.0.1; beside the same jar with the ecomhub bundles taken
 * out of its run list (a bare Felix with the same infrastructure bundles).
 */
final class DemoStart {
    private static final Pattern STATE = Pattern.compile("\"state\":\"([^\"]*)\"");
    private static final Pattern BUNDLES = Pattern.compile("\"s\":\\[(\\d+),(\\d+),(\\d+),(\\d+),(\\d+)\\]");

    private final Path demoJar;
    private final Path conf;
    private final Path work;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    DemoStart(Path demoJar, Path conf, Path work) {
        this.demoJar = demoJar;
        this.conf = conf;
        this.work = work;
    }

    List<Row> run(int rounds) throws Exception {
        Path bare = bareJar();
        List<Double> demo = new ArrayList<>();
        List<Double> felix = new ArrayList<>();
        String demoStates = "";
        String bareStates = "";
        for (int i = 0; i < rounds; i++) {
            Result d = startOnce(demoJar);
            demo.add(d.seconds());
            demoStates = d.states();
            Result b = startOnce(bare);
            felix.add(b.seconds());
            bareStates = b.states();
        }
        double dm = median(demo);
        double bm = median(felix);
        return List.of(
                new Row("start to all components active", "ecomhub demo (Felix + 13 ecomhub bundles)", 0, -1, -1, dm,
                        String.format("median of %d: %.1f s (%s)", rounds, dm, seconds(demo)), "-",
                        String.format("+%.1f s over bare Felix", dm - bm), demoStates),
                new Row("start to all components active", "bare Felix, same infrastructure bundles", 0, -1, -1, bm,
                        String.format("median of %d: %.1f s (%s)", rounds, bm, seconds(felix)), "-", "-", bareStates));
    }

    private record Result(double seconds, String states) {
    }

    private Result startOnce(Path jar) throws Exception {
        Path dir = Files.createTempDirectory(work, "demo");
        Files.createDirectories(dir.resolve("conf"));
        try (var files = Files.list(conf)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve("conf").resolve(f.getFileName()));
            }
        }
        int port = freePort();
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(javaBin, "-Dorg.osgi.service.http.port=" + port, "-jar", jar.toString())
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("out.log").toFile())
                .start();
        try {
            long deadline = t0 + Duration.ofMinutes(3).toNanos();
            while (System.nanoTime() < deadline) {
                String states = ready(port);
                if (states != null) {
                    return new Result((System.nanoTime() - t0) / 1e9, states);
                }
                if (!p.isAlive()) {
                    throw new IllegalStateException("the app stopped; see " + dir.resolve("out.log"));
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException("not ready within 3 minutes; see " + dir.resolve("out.log"));
        } finally {
            p.destroy(); // SIGTERM: a clean stop
            if (!p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    /** The component states when every bundle is active and no component is unsatisfied or failed; else null. */
    private String ready(int port) {
        try {
            String bundles = get(port, "/system/console/bundles.json");
            Matcher b = bundles == null ? null : BUNDLES.matcher(bundles);
            if (b == null || !b.find()) {
                return null;
            }
            int total = Integer.parseInt(b.group(1));
            int active = Integer.parseInt(b.group(2));
            int fragments = Integer.parseInt(b.group(3));
            if (active + fragments < total) {
                return null;
            }
            String components = get(port, "/system/console/components.json");
            if (components == null) {
                return null;
            }
            List<String> states = new ArrayList<>();
            Matcher m = STATE.matcher(components);
            while (m.find()) {
                states.add(m.group(1));
            }
            boolean ok = states.stream().allMatch(s -> s.equals("active") || s.equals("satisfied")
                    || s.equals("no config"));
            if (!ok) {
                return null;
            }
            return total + " bundles active; components " + states.stream().distinct()
                    .map(s -> s + " " + Collections.frequency(states, s)).collect(Collectors.joining(", "));
        } catch (IOException | InterruptedException e) {
            return null;
        }
    }

    private String get(int port, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "admin:admin".getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode() == 200 ? r.body() : null;
    }

    /** The demo jar with every org.ecomhub bundle taken out of the launcher's run list. */
    private Path bareJar() throws IOException {
        Path out = work.resolve("bare-felix.jar");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(demoJar));
                ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals("launcher.properties")) {
                    bytes = withoutEcomhub(bytes);
                }
                ZipEntry copy = new ZipEntry(e.getName());
                zip.putNextEntry(copy);
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return out;
    }

    private static byte[] withoutEcomhub(byte[] launcher) throws IOException {
        Properties p = new Properties();
        try (InputStream in = new java.io.ByteArrayInputStream(launcher)) {
            p.load(in);
        }
        List<String> ours = List.of("host-api", "amazon-api", "tax", "host-embedded", "log", "orders", "products",
                "spapi", "stock", "stores", "shell", "spapi-simulator", "webconsole");
        p.setProperty("launch.bundles", Arrays.stream(p.getProperty("launch.bundles").split(","))
                .filter(j -> ours.stream().noneMatch(o -> j.equals("jar/" + o + "-0.1.0-SNAPSHOT.jar")))
                .collect(Collectors.joining(",")));
        // attributes are "bsn;version=...;startlevel=..." joined by commas between bundles
        p.setProperty("launch.runbundles.attrs", Arrays.stream(p.getProperty("launch.runbundles.attrs")
                .split(",(?=[A-Za-z])")).filter(a -> !a.startsWith("org.ecomhub.")).collect(Collectors.joining(",")));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (OutputStream o = out) {
            p.store(o, "bare Felix for the start benchmark");
        }
        return out.toByteArray();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }

    private static String seconds(List<Double> xs) {
        return xs.stream().map(x -> String.format("%.1f", x)).collect(Collectors.joining(", ")) + " s";
    }
}
