package org.ecomhub.shell.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
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
 * prints the consent page's URL. Run again to re-authorise.
 */
@Service
@Command(scope = "amazon", name = "store-auth", description = "Authorises a store: paste a refresh token, or start the consent flow.")
public class StoreAuthCommand extends AmazonCommand {

    @Reference
    StoreAuthorisation authorisation;

    @Argument(index = 0, name = "alias", required = true)
    @Completion(AliasCompleter.class)
    String alias;

    @Option(name = "--token", description = "paste a self-authorised refresh token (asked without echo)")
    boolean token;

    @Option(name = "--stdin", description = "with --token: read the token from standard input")
    boolean stdin;

    @Option(name = "--consent", description = "print the URL of the consent page (public apps)")
    boolean consent;

    /** Standard input; the session's when {@code null}. */
    InputStream in;

    @Override
    public Object execute() throws IOException {
        if (token == consent) {
            throw new IllegalArgumentException("Choose one: --token (paste a refresh token) or --consent (consent page).");
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
}
