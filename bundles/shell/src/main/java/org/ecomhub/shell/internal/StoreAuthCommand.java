package org.ecomhub.shell.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.ecomhub.amazon.api.store.ConsentResult;
import org.ecomhub.amazon.api.store.StoreAuthorisation;

/**
 * {@code amazon:store-auth}: authorises a store's seller and region (STORE-06/07): {@code --token} reads a
 * self-authorised refresh token without echo (or from standard input with {@code --stdin}); {@code --consent}
 * prints the consent page's URL; {@code --callback} finishes the consent with the address Seller Central sent the
 * browser back to, where the console's callback cannot be reached. Run again to re-authorise.
 */
@Service
@Command(scope = "amazon", name = "store-auth", description = "Authorises a store: paste a refresh token, or start the consent flow.")
public class StoreAuthCommand extends AmazonCommand {

    @Reference
    StoreAuthorisation authorisation;

    @Argument(index = 0, name = "alias", description = "the store (not needed with --callback)")
    @Completion(AliasCompleter.class)
    String alias;

    @Option(name = "--token", description = "paste a self-authorised refresh token (asked without echo)")
    boolean token;

    @Option(name = "--stdin", description = "with --token: read the token from standard input")
    boolean stdin;

    @Option(name = "--consent", description = "print the URL of the consent page (public apps)")
    boolean consent;

    @Option(name = "--callback", description = "finish the consent with the URL the browser was sent back to")
    String callback;

    /** Standard input; the session's when {@code null}. */
    InputStream in;

    @Override
    public Object execute() throws IOException {
        if ((token ? 1 : 0) + (consent ? 1 : 0) + (callback != null ? 1 : 0) != 1) {
            throw new IllegalArgumentException("Choose one: --token (paste a refresh token), --consent (consent page) "
                    + "or --callback <url> (finish the consent).");
        }
        if (callback != null) {
            Map<String, String> q = query(callback);
            ConsentResult result = authorisation.completeConsent(q.get("state"), q.get("selling_partner_id"),
                    q.get("spapi_oauth_code"), actor());
            out().printf("Seller %s in %s is authorised; stores covered: %s.%n", result.group().sellerId(),
                    result.group().region(), String.join(", ", result.authorised()));
            return null;
        }
        if (alias == null) {
            throw new IllegalArgumentException("Name the store: amazon:store-auth --token <alias> or --consent <alias>.");
        }
        if (consent) {
            URI url = authorisation.startConsent(alias, actor());
            out().println("Open this URL as the seller, signed in to Seller Central, within 10 minutes (it works once):");
            out().println(url);
            return null;
        }
        String value = SecretInput.read(session, in != null ? in : System.in, stdin, "Refresh token: ");
        ConsentResult result = authorisation.authoriseWithToken(alias, value, actor());
        out().printf("Seller %s in %s is authorised; stores covered: %s.%n", result.group().sellerId(),
                result.group().region(), String.join(", ", result.authorised()));
        return null;
    }

    /** @throws IllegalArgumentException if the text is not a URL with a query */
    static Map<String, String> query(String url) {
        String raw;
        try {
            raw = URI.create(url.strip()).getRawQuery();
        } catch (IllegalArgumentException e) {
            raw = null;
        }
        if (raw == null) {
            throw new IllegalArgumentException("Paste the whole address the browser was sent back to, with its "
                    + "?state=...&selling_partner_id=...&spapi_oauth_code=... part.");
        }
        Map<String, String> map = new HashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                map.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return map;
    }
}
