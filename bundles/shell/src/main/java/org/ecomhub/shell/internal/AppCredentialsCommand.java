package org.ecomhub.shell.internal;

import java.io.IOException;
import java.io.InputStream;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.ecomhub.amazon.api.store.StoreAdmin;

/**
 * {@code amazon:app-credentials}: sets the app's LWA client id and client secret (SEC-01). The secret is asked
 * without echo, or read from standard input with {@code --stdin}; it is never an argument, so it stays out of the
 * shell history. Without a client id it says whether credentials are set, never what they are.
 */
@Service
@Command(scope = "amazon", name = "app-credentials", description = "Sets the app's LWA client id and secret (secret asked without echo).")
public class AppCredentialsCommand extends AmazonCommand {

    @Reference
    StoreAdmin admin;

    @Argument(index = 0, name = "client-id", description = "the LWA client id; omit to see whether credentials are set")
    String clientId;

    @Option(name = "--stdin", description = "read the client secret from standard input")
    boolean stdin;

    /** Standard input; the session's when {@code null}. */
    InputStream in;

    @Override
    public Object execute() throws IOException {
        if (clientId == null) {
            String id = admin.integration().lwaClientId();
            out().printf("Client id:     %s%n", id.isEmpty() ? "not set" : id);
            out().printf("Client secret: %s%n", admin.appCredentialsSet() ? "set" : "not set");
            return null;
        }
        String secret = SecretInput.read(session, in != null ? in : System.in, stdin, "Client secret: ");
        admin.setAppCredentials(clientId, secret, actor());
        out().println("App credentials saved; the client secret is kept encrypted.");
        return null;
    }
}
