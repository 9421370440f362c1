package org.ecomhub.stores.internal;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.function.Function;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES key of the secrets (SEC-01): a file outside the framework's data area, readable only by the process owner,
 * made on first use. Losing it loses the secrets (they are set again with the commands); the README says to back it
 * up apart from the database.
 */
final class KeyFile {

    /** Framework or system property naming the key file. */
    static final String PROPERTY = "ecomhub.secrets.keyfile";
    private static final int KEY_BYTES = 32;

    private KeyFile() {
    }

    /**
     * The key file's path: {@value #PROPERTY}, else {@code <karaf.home>/ecomhub/secrets.key}, else
     * {@code <user.home>/.ecomhub/secrets.key}. Never under {@code karaf.data}, which {@code karaf clean} wipes.
     */
    static Path location(Function<String, String> properties) {
        String configured = properties.apply(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.strip());
        }
        String karafHome = properties.apply("karaf.home");
        if (karafHome != null && !karafHome.isBlank()) {
            return Path.of(karafHome, "ecomhub", "secrets.key");
        }
        return Path.of(System.getProperty("user.home"), ".ecomhub", "secrets.key");
    }

    /** Reads the key, creating the file (owner read/write only) when it does not exist. */
    static SecretKey loadOrCreate(Path file) throws IOException {
        if (!Files.exists(file)) {
            create(file);
        }
        byte[] key = Base64.getDecoder().decode(Files.readString(file).strip());
        if (key.length != KEY_BYTES) {
            throw new IOException("the secrets key file " + file + " does not hold a 256-bit key");
        }
        return new SecretKeySpec(key, "AES");
    }

    private static void create(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (!Files.exists(dir)) {
            if (posix) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(dir);
            }
        }
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
        try {
            if (posix) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(ownerOnly));
            } else {
                Files.createFile(file);
                file.toFile().setReadable(false, false);
                file.toFile().setReadable(true, true);
                file.toFile().setWritable(false, false);
                file.toFile().setWritable(true, true);
            }
            Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardOpenOption.TRUNCATE_EXISTING);
        } catch (FileAlreadyExistsException raced) {
            // another node or bundle made it first: use theirs
        }
    }
}
