package org.ecomhub.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.ecomhub.amazon.api.spapi.Marketplace;
import org.ecomhub.amazon.api.store.StoreAdmin;
import org.ecomhub.amazon.api.store.StoreHealth;

/** {@code amazon:store-install}: installs a store with its six configurations (STORE-01/02, HOST-05). */
@Service
@Command(scope = "amazon", name = "store-install", description = "Installs a store (OFF and unauthorised until store-auth).")
public class StoreInstallCommand extends AmazonCommand {

    @Reference
    StoreAdmin admin;

    @Argument(index = 0, name = "alias", description = "1 to 8 letters or digits, never changed", required = true)
    String alias;

    @Argument(index = 1, name = "marketplace", description = "primary marketplace: id or country (UK, DE, US, ...)", required = true)
    @Completion(MarketplaceCompleter.class)
    String marketplace;

    @Argument(index = 2, name = "seller-id", description = "the seller's merchant token", required = true)
    String sellerId;

    @Override
    public Object execute() {
        Marketplace m = Marketplaces.parse(marketplace);
        StoreHealth health = admin.install(alias, m.id(), sellerId, actor());
        out().printf("Store %s installed for seller %s on %s (%s, region %s). It is %s.%n", health.alias(),
                health.sellerId(), m.name(), m.id(), m.region(), health.status());
        out().printf("Next: amazon:store-auth --token %s (or --consent %s), then amazon:store-enable %s.%n", alias, alias, alias);
        return null;
    }
}
