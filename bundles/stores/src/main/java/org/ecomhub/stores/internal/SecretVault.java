package org.ecomhub.stores.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Secrets encrypted with AES-GCM in the database (SEC-01). Each value has its own random 96-bit IV; the secret's name
 * is the associated data, so a ciphertext copied to another row does not decrypt. Plain values live only as long as
 * a call needs them and are never logged.
 */
final class SecretVault {

    static final String CLIENT_SECRET = "lwa.client.secret";
    private static final int TAG_BITS = 128;

    private final Jdbc db;
    private final SecretKey key;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SecretVault(Jdbc db, SecretKey key, Clock clock) {
        this.db = db;
        this.key = key;
        this.clock = clock;
    }

    /** The name under which a seller's refresh token for a region is kept. */
    static String refreshTokenName(org.ecomhub.amazon.api.store.PollGroup group) {
        return "refresh.token/" + group.sellerId() + "/" + group.region();
    }

    void put(String name, String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("a secret cannot be empty");
        }
        byte[] iv = new byte[12];
        random.nextBytes(iv);
        byte[] ciphertext = crypt(Cipher.ENCRYPT_MODE, name, iv, value.getBytes(StandardCharsets.UTF_8));
        db.upsert("UPDATE STORE_SECRET SET IV = ?, CIPHERTEXT = ?, UPDATED_AT = ? WHERE NAME = ?",
                "INSERT INTO STORE_SECRET (IV, CIPHERTEXT, UPDATED_AT, NAME) VALUES (?, ?, ?, ?)",
                iv, ciphertext, clock.instant(), name);
    }

    Optional<String> get(String name) {
        List<byte[][]> rows = db.query("SELECT IV, CIPHERTEXT FROM STORE_SECRET WHERE NAME = ?",
                row -> new byte[][] {row.getBytes(1), row.getBytes(2)}, name);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        byte[] plain = crypt(Cipher.DECRYPT_MODE, name, rows.get(0)[0], rows.get(0)[1]);
        return Optional.of(new String(plain, StandardCharsets.UTF_8));
    }

    boolean isSet(String name) {
        return !db.query("SELECT 1 FROM STORE_SECRET WHERE NAME = ?", row -> 1, name).isEmpty();
    }

    void remove(String name) {
        db.update("DELETE FROM STORE_SECRET WHERE NAME = ?", name);
    }

    private byte[] crypt(int mode, String name, byte[] iv, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(name.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            // a wrong key file (restored from another installation) lands here: say so, never show the data
            throw new IllegalStateException("the secret '" + name + "' cannot be decrypted with the key file; "
                    + "restore the key file that belongs to this database, or set the secret again", e);
        }
    }
}
