package org.ecomhub.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.ecomhub.amazon.api.store.StoreAdmin;

/** {@code amazon:store-uninstall}: removes a store's configuration and schedules (STORE-05). */
@Service
@Command(scope = "amazon", name = "store-uninstall", description = "Uninstalls a store; what it created in the host stays.")
public class StoreUninstallCommand extends AmazonCommand {

    @Reference
    StoreAdmin admin;

    @Argument(index = 0, name = "alias", required = true)
    @Completion(AliasCompleter.class)
    String alias;

    @Option(name = "--yes", description = "really uninstall")
    boolean yes;

    @Override
    public Object execute() {
        if (!yes) {
            out().printf("Uninstalling %s removes its settings and schedules; what it created in the host, its order "
                    + "ledger and its log entries stay. Run amazon:store-uninstall --yes %s to do it.%n", alias, alias);
            return null;
        }
        admin.uninstall(alias, actor());
        out().printf("Store %s uninstalled.%n", alias);
        return null;
    }
}
