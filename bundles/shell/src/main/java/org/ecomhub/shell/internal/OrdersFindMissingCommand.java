package org.ecomhub.shell.internal;

import java.util.Map;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.ecomhub.amazon.api.store.JobKind;

/**
 * {@code amazon:orders-find-missing}: lists the Amazon orders the host lacks; with {@code --import} it imports them
 * (the first 50) (HOST-05).
 */
@Service
@Command(scope = "amazon", name = "orders-find-missing", description = "Finds orders the host is missing; --import imports them.")
public class OrdersFindMissingCommand extends JobCommand {

    static final int MAX_DAYS = 30;

    @Argument(index = 0, name = "alias", required = true)
    @Completion(AliasCompleter.class)
    String alias;

    @Option(name = "--days", description = "how far back to look, 1 to " + MAX_DAYS + " days (default 7)")
    int days = 7;

    @Option(name = "--import", description = "import the missing orders (at most 50 per run)")
    boolean importThem;

    @Override
    public Object execute() throws InterruptedException {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("--days must be 1 to " + MAX_DAYS + ", not " + days + ".");
        }
        run(JobKind.MISSING_ORDERS, alias, Map.of("days", String.valueOf(days), "import", String.valueOf(importThem)));
        return null;
    }
}
