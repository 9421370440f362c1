package org.ecomhub.stores.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OPS-01: a store's settings also live in a {@code .cfg} file in FileInstall's directory (Karaf's {@code etc/},
 * the Felix app's {@code conf/}): {@code <factoryPid>-<alias>.cfg}, or the file the configuration already came from.
 * Every change we write goes to the file too and the configuration points at it ({@value #FILENAME}), so a restart
 * reads back the settings in force, also where FileInstall does not write changes back itself. Settings never hold
 * a secret (SEC-01), so neither do these files.
 */
final class EtcFiles {

    static final String FILENAME = "felix.fileinstall.filename";
    private static final Logger LOG = LoggerFactory.getLogger(EtcFiles.class);

    private final Path dir;

    EtcFiles(Path dir) {
        this.dir = dir;
    }

    /** FileInstall's directory ({@code felix.fileinstall.dir}, which Karaf sets to {@code karaf.etc}), else {@code karaf.etc}. */
    static EtcFiles from(Function<String, String> properties) {
        String etc = properties.apply("felix.fileinstall.dir");
        if (etc == null || etc.isBlank()) {
            etc = properties.apply("karaf.etc");
        }
        return new EtcFiles(etc == null || etc.isBlank() ? null : Path.of(etc.strip()));
    }

    Path file(String factoryPid, String alias) {
        return dir.resolve(factoryPid + "-" + alias + ".cfg");
    }

    /**
     * Writes the properties to the configuration's file: {@code existing} (a {@value #FILENAME} value) when given,
     * else the default name in the directory.
     *
     * @return the file's URI for {@value #FILENAME}, or empty when there is no directory to write to
     */
    Optional<String> write(String factoryPid, String alias, Map<String, Object> properties, Object existing) {
        return writeFile(existing != null ? fromKey(existing.toString()) : dir == null ? null : file(factoryPid, alias),
                factoryPid + " of store " + alias, properties);
    }

    /** The same for a single configuration ({@code <pid>.cfg}), e.g. the integration settings. */
    Optional<String> writeSingle(String pid, Map<String, Object> properties, Object existing) {
        return writeFile(existing != null ? fromKey(existing.toString()) : dir == null ? null : dir.resolve(pid + ".cfg"),
                pid, properties);
    }

    private Optional<String> writeFile(Path file, String title, Map<String, Object> properties) {
        if (file == null || file.getParent() == null || !Files.isDirectory(file.getParent())) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder("# ").append(title)
                .append(" (kept in step by ecomhub stores; never holds a secret)\n");
        new TreeMap<>(PropertiesText.normalise(properties)).forEach((k, v) -> {
            if (!k.startsWith("service.") && !k.startsWith("felix.fileinstall.")) {
                text.append(k).append(" = ").append(escape(v)).append('\n');
            }
        });
        try {
            if (!Files.exists(file) || !Files.readString(file).equals(text.toString())) {
                // FileInstall watches the directory: it must never read a half-written file (it would take the
                // missing lines as settings removed), so the new text replaces the old in one rename
                Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
                Files.writeString(tmp, text);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return Optional.of(file.toAbsolutePath().toFile().toURI().toString()); // FileInstall's own form
        } catch (IOException e) {
            LOG.warn("Could not write {}: {}", file, e.toString());
            return Optional.empty();
        }
    }

    Optional<String> write(String factoryPid, String alias, Map<String, Object> properties) {
        return write(factoryPid, alias, properties, null);
    }

    void delete(String factoryPid, String alias) {
        if (dir == null) {
            return;
        }
        try {
            Files.deleteIfExists(file(factoryPid, alias));
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", file(factoryPid, alias), e.toString());
        }
    }

    private static Path fromKey(String key) {
        try {
            return key.startsWith("file:") ? Path.of(URI.create(key)) : Path.of(key);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n");
    }
}
