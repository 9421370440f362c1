package org.ecomhub.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.ecomhub.amazon.api.store.EnablePreview;
import org.ecomhub.amazon.api.store.StoreAdmin;

/**
 * {@code amazon:store-enable}: turns a store ON (STORE-04). It first tells how many orders that imports; with
 * {@code --yes} they import, with {@code --from-now} the store starts from now instead.
 */
@Service
@Command(scope = "amazon", name = "store-enable", description = "Turns a store ON; tells first how many orders that imports.")
public class StoreEnableCommand extends AmazonCommand {

    @Reference
    StoreAdmin admin;

    @Argument(index = 0, name = "alias", required = true)
    @Completion(AliasCompleter.class)
    String alias;

    @Option(name = "--yes", description = "import every order since the store stopped (or was installed)")
    boolean yes;

    @Option(name = "--from-now", description = "import only orders placed from now on")
    boolean fromNow;

    @Override
    public Object execute() {
        if (yes && fromNow) {
            throw new IllegalArgumentException("Choose --yes or --from-now, not both.");
        }
        EnablePreview preview = admin.previewEnable(alias);
        String estimate = preview.estimatedOrders().isPresent()
                ? "about " + preview.estimatedOrders().getAsLong() + " orders" : "an unknown number of orders (no estimate yet)";
        if (!yes && !fromNow) {
            out().printf("Turning %s ON imports every order since %s: %s.%n", alias,
                    StoreListCommand.time(preview.importFrom()), estimate);
            out().printf("Run amazon:store-enable --yes %s to import them, or amazon:store-enable --from-now %s to start from now.%n",
                    alias, alias);
            return null;
        }
        admin.enable(alias, fromNow, actor());
        out().printf("Store %s is ON; orders import from %s.%n", alias, fromNow ? "now"
                : StoreListCommand.time(preview.importFrom()) + " (" + estimate + ")");
        return null;
    }
}
