package org.ecomhub.shell.internal;

import java.util.Map;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.ecomhub.amazon.api.store.JobKind;

/** {@code amazon:products-import}: imports a store's listings as host products now (PROD-01, HOST-05). */
@Service
@Command(scope = "amazon", name = "products-import", description = "Imports a store's Amazon listings as host products now.")
public class ProductsImportCommand extends JobCommand {

    @Argument(index = 0, name = "alias", required = true)
    @Completion(AliasCompleter.class)
    String alias;

    @Override
    public Object execute() throws InterruptedException {
        run(JobKind.PRODUCT_IMPORT, alias, Map.of());
        return null;
    }
}
