package org.ecomhub.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.ecomhub.amazon.api.store.StoreAdmin;

/** {@code amazon:store-disable}: turns a store OFF; its running jobs stop at once (STORE-04). */
@Service
@Command(scope = "amazon", name = "store-disable", description = "Turns a store OFF: nothing syncs until it is ON again.")
public class StoreDisableCommand extends AmazonCommand {

    @Reference
    StoreAdmin admin;

    @Argument(index = 0, name = "alias", required = true)
    @Completion(AliasCompleter.class)
    String alias;

    @Override
    public Object execute() {
        admin.disable(alias, actor());
        out().printf("Store %s is OFF. Turning it ON later imports every order placed meanwhile.%n", alias);
        return null;
    }
}
