package org.ecomhub.amazon.api.log;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces token-shaped text with {@value #MASK} (LOG-04, SEC-01): LWA access and refresh tokens, LWA client
 * secrets, OAuth codes, bearer headers, JWTs, AWS access key ids, {@code secret=...}/{@code token=...}-style pairs, credentials in
 * URLs, private keys, long hex or base64 runs, and e-mail addresses (which identify a buyer).
 *
 * <p>It errs on the side of masking: a long random-looking SKU may be masked too. Masking twice changes nothing.
 * Used by the connection log at its door; any bundle may use it before it writes text a person will read.
 */
public final class SecretMask {

    public static final String MASK = "***";

    private static final String KEY_WORDS =
            "[\\w.-]*(?:secret|token|password|passwd|api[_-]?key|oauth_code|credential)s?";
    /** Text without one of these (lower case) cannot hold a key word. */
    private static final String[] KEY_WORD_HINTS = {"secret", "token", "passw", "api", "oauth_code", "credential"};

    private static final List<Rule> RULES = List.of(
            replace("-----BEGIN [A-Z ]*PRIVATE KEY-----[\\s\\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)", MASK,
                    "-----begin"),
            // user:password@ in a URL
            replace("(?<=://)[^/\\s:@]+:[^/\\s@]+@", MASK + ":" + MASK + "@", "://"),
            // a JWT: three base64url parts, the first one a JSON header
            replace("eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]*", MASK, "eyj"),
            // LWA access (Atza|) and refresh (Atzr|) tokens, and their other Atz.| forms
            replace("(Atz[a-z])\\|[^\\s\"'&,;<>]+", "$1|" + MASK, "atz"),
            // LWA client secret
            replace("(amzn1\\.oa2-cs\\.v1\\.)[^\\s\"'&,;<>]+", "$1" + MASK, "amzn1.oa2-cs"),
            replace("(?i)(bearer\\s+)[^\\s\"',;*][^\\s\"',;]*", "$1" + MASK, "bearer"),
            // key=value, as in forms, query strings and settings: whatever the value is
            replace("(?i)\\b(" + KEY_WORDS + "\"?\\s*=\\s*\"?)[^\\s\"&,;*][^\\s\"&,;]*", "$1" + MASK, KEY_WORD_HINTS),
            // key: value, as in JSON and headers: only a token-length value (so prose like "token: expired" stays)
            replace("(?i)\\b(" + KEY_WORDS + "\"?\\s*:\\s*\"?)[^\\s\"&,;*][^\\s\"&,;]{15,}", "$1" + MASK,
                    KEY_WORD_HINTS),
            // an AWS access key id (presigned URLs, old IAM signing)
            replace("(?<![A-Z0-9])(?:AKIA|ASIA)[0-9A-Z]{16}(?![A-Z0-9])", MASK, "akia", "asia"),
            // an OAuth authorization code in a query string
            replace("([?&]code=)[^\\s&\"'*][^\\s&\"']*", "$1" + MASK, "code="),
            // an e-mail address names a buyer: keep only the domain
            replace("[A-Za-z0-9._%+-]+@((?:[A-Za-z0-9-]+\\.)+[A-Za-z]{2,})", MASK + "@$1", "@"),
            new Rule(Pattern.compile("(?<![A-Za-z0-9])[0-9a-fA-F]{32,}(?![A-Za-z0-9])"), match -> MASK,
                    text -> longestRun(text) >= 32),
            new Rule(Pattern.compile("(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{40,}={0,2}"),
                    match -> looksRandom(match.group()) ? MASK : match.group(), text -> longestRun(text) >= 40));

    private SecretMask() {
    }

    /** The text with every token-shaped part replaced by {@value #MASK}; {@code null} stays {@code null}. */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        String lower = text.toLowerCase(Locale.ROOT);
        for (Rule rule : RULES) {
            // most log text holds none of a rule's hints: skipping its regular expression keeps the log cheap
            if (!rule.mayMatch().test(lower)) {
                continue;
            }
            // the rule returns literal text; quote it so a '$' or '\\' in the input is not read as a group reference
            result = rule.pattern().matcher(result)
                    .replaceAll(match -> Matcher.quoteReplacement(rule.replacement().apply(match)));
        }
        return result;
    }

    /** The length of the longest run of characters a key, token or hex string is made of. */
    private static int longestRun(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean part = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c == '+' || c == '/'
                    || c == '_' || c == '-';
            run = part ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /**
     * A long run counts as a key or token if one of its parts (split at / _ -) is at least 12 characters and mixes
     * digits, upper and lower case; paths and SKUs such as {@code items/A2EUQ1WTGCTBG2/MY-SKU-1} do not.
     */
    private static boolean looksRandom(String run) {
        for (String part : run.split("[/_-]")) {
            if (part.length() >= 12 && part.chars().anyMatch(Character::isDigit)
                    && part.chars().anyMatch(Character::isUpperCase) && part.chars().anyMatch(Character::isLowerCase)) {
                return true;
            }
        }
        return false;
    }

    /** A rule that can only match text holding one of {@code hints} (lower case). */
    private static Rule replace(String regex, String replacement, String... hints) {
        return new Rule(Pattern.compile(regex), match -> expand(match, replacement), text -> {
            for (String hint : hints) {
                if (text.contains(hint)) {
                    return true;
                }
            }
            return false;
        });
    }

    private static String expand(MatchResult match, String replacement) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < replacement.length(); i++) {
            char c = replacement.charAt(i);
            if (c == '$' && i + 1 < replacement.length() && Character.isDigit(replacement.charAt(i + 1))) {
                String group = match.group(replacement.charAt(++i) - '0');
                out.append(group == null ? "" : group);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code mayMatch} sees the text in lower case; false means the pattern cannot match it. */
    private record Rule(Pattern pattern, Function<MatchResult, String> replacement, Predicate<String> mayMatch) {
    }
}
