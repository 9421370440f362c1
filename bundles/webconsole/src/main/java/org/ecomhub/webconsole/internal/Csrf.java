package org.ecomhub.webconsole.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * CSRF tokens for the page's forms: an HMAC of the user name under a key made when the plugin starts. Another site
 * cannot know it, so a forged POST is refused; no session is needed (the two consoles keep sessions differently).
 */
final class Csrf {

    static final String PARAMETER = "csrf";

    private final byte[] key = new byte[32];

    Csrf() {
        new SecureRandom().nextBytes(key);
    }

    String token(ConsoleUser user) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(user.name().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    boolean valid(ConsoleUser user, String presented) {
        return presented != null && MessageDigest.isEqual(token(user).getBytes(StandardCharsets.US_ASCII),
                presented.getBytes(StandardCharsets.US_ASCII));
    }

    String hiddenField(ConsoleUser user) {
        return "<input type=\"hidden\" name=\"" + PARAMETER + "\" value=\"" + token(user) + "\">";
    }
}
