package org.ecomhub.itest.karaf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * What an operator does to bundles in the hot-deploy test: find them, build a higher-version copy of one (the same
 * jar with another {@code Bundle-Version}), refresh, and write a feature repository of a new version.
 */
final class HotDeployBundles {

    /** The released repository Karaf installed {@code ecomhub-demo} from. */
    static final String FEATURES_URL = "mvn:org.ecomhub/ecomhub-features/0.1.0-SNAPSHOT/xml/features";

    private final BundleContext context;
    private final Path work;

    HotDeployBundles(BundleContext context, Path work) throws IOException {
        this.context = context;
        this.work = Files.createDirectories(work);
    }

    /** Every installed bundle with that symbolic name (a correct framework has one of ours). */
    List<Bundle> all(String symbolicName) {
        List<Bundle> found = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                found.add(b);
            }
        }
        return found;
    }

    /** The one bundle with that symbolic name. */
    Bundle one(String symbolicName) {
        List<Bundle> found = all(symbolicName);
        if (found.size() != 1) {
            throw new AssertionError("expected one bundle " + symbolicName + ", found " + describe(found));
        }
        return found.get(0);
    }

    /**
     * A copy of the bundle's original jar (read from its install location, e.g. {@code mvn:}) with another
     * {@code Bundle-Version}, written under the test's work folder.
     */
    Path withVersion(Bundle bundle, String version) throws IOException {
        String name = bundle.getSymbolicName() + "-" + version + ".jar";
        Path out = work.resolve(name);
        try (InputStream original = new URL(bundle.getLocation()).openStream();
                JarInputStream in = new JarInputStream(original)) {
            Manifest manifest = new Manifest(in.getManifest());
            manifest.getMainAttributes().put(new Attributes.Name("Bundle-Version"), version);
            try (OutputStream file = Files.newOutputStream(out);
                    JarOutputStream jar = new JarOutputStream(file, manifest)) {
                for (JarEntry e; (e = in.getNextJarEntry()) != null;) {
                    jar.putNextEntry(new JarEntry(e.getName()));
                    in.transferTo(jar);
                    jar.closeEntry();
                }
            }
        }
        return out;
    }

    /** Refreshes the bundles and everything wired to them, and waits until the framework says it is done. */
    void refresh(Collection<Bundle> bundles) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(bundles, event -> {
            if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED) {
                done.countDown();
            }
        });
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new AssertionError("refresh of " + describe(new ArrayList<>(bundles)) + " did not finish in 60 s");
        }
    }

    /** Symbolic names of the bundles the given one is wired to for packages whose name starts with the prefix. */
    static List<String> packageProviders(Bundle bundle, String packagePrefix) {
        List<String> providers = new ArrayList<>();
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        if (wiring == null) {
            return providers;
        }
        for (BundleWire wire : wiring.getRequiredWires("osgi.wiring.package")) {
            Object pkg = wire.getCapability().getAttributes().get("osgi.wiring.package");
            if (String.valueOf(pkg).startsWith(packagePrefix)) {
                // the revision's version: an updated bundle keeps its id, its old revision keeps the old version
                Bundle provider = wire.getProvider().getBundle();
                providers.add(pkg + "<-" + provider.getSymbolicName() + "@" + wire.getProvider().getVersion() + "#"
                        + provider.getBundleId());
            }
        }
        return providers;
    }

    /**
     * Writes a feature repository of {@code version}: the released repository with every ecomhub feature at the new
     * version and every bundle in {@code reversioned} replaced by its {@code file:} copy at that version. Bundles not
     * named stay as they are.
     */
    Path featureRepository(String version, List<String> reversioned) throws IOException {
        String xml;
        try (InputStream in = new URL(FEATURES_URL).openStream()) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // the build writes the attributes in its own order: change them inside each tag
        xml = replaceAll(xml, "<features\\b[^>]*>",
                m -> m.group().replaceFirst("name=\"[^\"]*\"", "name=\"ecomhub-hotdeploy-" + version + "\""));
        xml = replaceAll(xml, "<feature name=\"ecomhub-[a-z-]+\"[^>]*>",
                m -> m.group().replaceFirst("version=\"[^\"]*\"", "version=\"" + version + "\""));
        // a feature's own features: the new versions, not whatever Karaf would pick
        xml = replaceAll(xml, "<feature>(ecomhub-[a-z-]+)</feature>",
                m -> "<feature version=\"" + version + "\">" + m.group(1) + "</feature>");
        for (String artifact : reversioned) {
            Pattern bundle = Pattern.compile(
                    "<bundle>mvn:org\\.ecomhub/" + Pattern.quote(artifact) + "/[^<]*</bundle>");
            Matcher m = bundle.matcher(xml);
            if (!m.find()) {
                throw new AssertionError("no bundle " + artifact + " in " + FEATURES_URL);
            }
            Bundle installed = one(symbolicName(artifact));
            Path jar = withVersion(installed, version);
            xml = m.replaceAll(Matcher.quoteReplacement("<bundle>" + jar.toUri() + "</bundle>"));
        }
        Path file = work.resolve("ecomhub-hotdeploy-" + version + "-features.xml");
        Files.writeString(file, xml, StandardCharsets.UTF_8);
        return file;
    }

    /** Our artifact ids are the symbolic names' last part, with dots for dashes. */
    static String symbolicName(String artifact) {
        return "org.ecomhub." + artifact.replace('-', '.');
    }

    static String describe(List<Bundle> bundles) {
        List<String> text = new ArrayList<>();
        for (Bundle b : bundles) {
            text.add(b.getSymbolicName() + "@" + b.getVersion() + "#" + b.getBundleId() + " " + state(b) + " "
                    + b.getLocation());
        }
        return text.toString();
    }

    static String state(Bundle b) {
        switch (b.getState()) {
            case Bundle.ACTIVE: return "ACTIVE";
            case Bundle.RESOLVED: return "RESOLVED";
            case Bundle.INSTALLED: return "INSTALLED";
            case Bundle.STARTING: return "STARTING";
            case Bundle.STOPPING: return "STOPPING";
            default: return "UNINSTALLED";
        }
    }

    private static String replaceAll(String text, String regex, java.util.function.Function<Matcher, String> with) {
        Matcher m = Pattern.compile(regex).matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
