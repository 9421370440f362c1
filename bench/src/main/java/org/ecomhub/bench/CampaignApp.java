package org.ecomhub.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The campaign's copy of the exported Felix app: the demo jar without {@code orders} in its run list (orders comes
 * from the FileInstall-watched {@code conf/} as {@code org.ecomhub.orders.jar}), and higher-version builds of orders.
 */
final class CampaignApp {
    private CampaignApp() {
    }

    /** The demo jar with {@code orders} taken out of the launcher's bundles. */
    static Path withoutOrders(Path demoJar, Path out) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(demoJar));
                ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals("launcher.properties")) {
                    Properties p = new Properties();
                    p.load(new java.io.ByteArrayInputStream(bytes));
                    p.setProperty("launch.bundles", Arrays.stream(p.getProperty("launch.bundles").split(","))
                            .filter(j -> !j.startsWith("jar/orders-")).collect(Collectors.joining(",")));
                    p.setProperty("launch.runbundles.attrs", Arrays.stream(p.getProperty("launch.runbundles.attrs")
                            .split(",(?=[A-Za-z])")).filter(a -> !a.startsWith("org.ecomhub.orders;"))
                            .collect(Collectors.joining(",")));
                    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
                    p.store(b, "campaign: orders comes from the watched folder");
                    bytes = b.toByteArray();
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return out;
    }

    /** The orders bundle the demo jar carries. */
    static void extractOrders(Path demoJar, Path out) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(demoJar))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                if (e.getName().startsWith("jar/orders-") && e.getName().endsWith(".jar")) {
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    return;
                }
            }
        }
        throw new IOException("no orders bundle in " + demoJar);
    }

    /** A build of the orders bundle at {@code version} (the same classes, a higher Bundle-Version). */
    static void withVersion(Path bundle, String version, Path out) throws IOException {
        try (JarInputStream in = new JarInputStream(Files.newInputStream(bundle))) {
            Manifest m = new Manifest(in.getManifest());
            m.getMainAttributes().put(new Attributes.Name("Bundle-Version"), version);
            try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(out), m)) {
                for (JarEntry e; (e = in.getNextJarEntry()) != null;) {
                    jar.putNextEntry(new JarEntry(e.getName()));
                    in.transferTo(jar);
                    jar.closeEntry();
                }
            }
        }
    }

    static void copy(InputStream in, OutputStream out) throws IOException {
        in.transferTo(out);
    }
}
