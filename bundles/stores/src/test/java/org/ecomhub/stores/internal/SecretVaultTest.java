package org.ecomhub.stores.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// covers SEC-01 (encrypted secrets, key file outside the data area, owner only)
class SecretVaultTest {

    private static final String SECRET = "amzn1.oa2-cs.v1.KnownSecretValue1234567890";

    @TempDir
    Path dir;

    private StoresFixture f;

    @BeforeEach
    void start() throws Exception {
        f = new StoresFixture(dir);
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    @Test
    @DisplayName("SEC-01: a secret is stored AES-GCM encrypted and read back; the table never holds the plain text")
    void roundTrip() {
        f.vault.put(SecretVault.CLIENT_SECRET, SECRET);

        assertEquals(Optional.of(SECRET), f.vault.get(SecretVault.CLIENT_SECRET));
        assertTrue(f.vault.isSet(SecretVault.CLIENT_SECRET));
        byte[] stored = f.db.query("SELECT CIPHERTEXT FROM STORE_SECRET", row -> row.getBytes(1)).get(0);
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains("KnownSecret"));
        assertEquals(Optional.empty(), f.vault.get("other"));
    }

    @Test
    @DisplayName("SEC-01: a ciphertext moved to another name, or read with another key, does not decrypt")
    void boundToNameAndKey() throws Exception {
        f.vault.put("a", SECRET);
        f.db.update("UPDATE STORE_SECRET SET NAME = 'b' WHERE NAME = 'a'");
        assertThrows(IllegalStateException.class, () -> f.vault.get("b"));

        f.vault.put("c", SECRET);
        SecretKey other = KeyFile.loadOrCreate(dir.resolve("other/secrets.key"));
        SecretVault withOtherKey = new SecretVault(f.db, other, f.clock);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> withOtherKey.get("c"));
        assertFalse(e.getMessage().contains("KnownSecret"));
    }

    @Test
    @DisplayName("SEC-01: the key file is made readable by the owner only, outside karaf.data, and kept across restarts")
    void keyFile() throws Exception {
        Path file = f.keyFile;
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        }
        f.vault.put("x", SECRET);
        f.restart();
        assertEquals(Optional.of(SECRET), f.vault.get("x"), "the same key after a restart");

        Map<String, String> karaf = Map.of("karaf.home", "/opt/karaf", "karaf.data", "/opt/karaf/data");
        Path location = KeyFile.location(karaf::get);
        assertEquals(Path.of("/opt/karaf/ecomhub/secrets.key"), location);
        assertFalse(location.startsWith("/opt/karaf/data"));
        assertEquals(Path.of("/k/s.key"), KeyFile.location(Map.of(KeyFile.PROPERTY, "/k/s.key")::get));
        assertNotEquals(null, KeyFile.location(name -> null));
    }
}
