package org.ecomhub.stores.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OPS-01: a store's settings also live in {@code etc/<factoryPid>-<alias>.cfg} (Karaf's {@code karaf.etc}, or the
 * Felix app's {@code felix.fileinstall.dir}). We write the file when a configuration is created and point the
 * configuration at it ({@value #FILENAME}); FileInstall then writes every later change back. Settings never hold a
 * secret (SEC-01), so neither do these files.
 */
final class EtcFiles {

    static final String FILENAME = "felix.fileinstall.filename";
    private static final Logger LOG = LoggerFactory.getLogger(EtcFiles.class);

    private final Path dir;

    EtcFiles(Path dir) {
        this.dir = dir;
    }

    static EtcFiles from(Function<String, String> properties) {
        String etc = properties.apply("karaf.etc");
        if (etc == null || etc.isBlank()) {
            etc = properties.apply("felix.fileinstall.dir");
        }
        return new EtcFiles(etc == null || etc.isBlank() ? null : Path.of(etc.strip()));
    }

    Path file(String factoryPid, String alias) {
        return dir.resolve(factoryPid + "-" + alias + ".cfg");
    }

    /** Writes the file unless it exists; the file's URI for {@value #FILENAME}, or empty without an etc directory. */
    Optional<String> write(String factoryPid, String alias, Map<String, Object> properties) {
        if (dir == null || !Files.isDirectory(dir)) {
            return Optional.empty();
        }
        Path file = file(factoryPid, alias);
        try {
            if (!Files.exists(file)) {
                StringBuilder text = new StringBuilder("# ").append(factoryPid)
                        .append(" of store ").append(alias).append(" (written by ecomhub stores; no secrets here)\n");
                new TreeMap<>(PropertiesText.normalise(properties)).forEach((k, v) ->
                        text.append(k).append(" = ").append(escape(v)).append('\n'));
                Files.writeString(file, text);
            }
            return Optional.of(file.toUri().toString());
        } catch (IOException e) {
            LOG.warn("Could not write {}: {}", file, e.toString());
            return Optional.empty();
        }
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

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n");
    }
}
