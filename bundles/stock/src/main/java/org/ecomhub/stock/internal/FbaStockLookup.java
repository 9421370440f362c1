package org.ecomhub.stock.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ecomhub.amazon.api.spapi.SellingPartnerClient;
import org.ecomhub.amazon.api.spapi.SellingPartnerClients;
import org.ecomhub.amazon.api.stock.FbaStock;
import org.ecomhub.amazon.api.stock.FbaStockLine;
import org.ecomhub.amazon.api.store.Store;
import org.ecomhub.amazon.api.store.StoreConnections;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** FBA-01 by store alias, for the shell: finds the store, its seller's client, and asks {@link FbaStock}. */
// immediate: the shell tracks this service; a lazily activated one can fail its getService while a dependency goes away
@Component(service = FbaStockLookup.class, immediate = true)
public class FbaStockLookup {

    private final FbaStock fbaStock;
    private final SellingPartnerClients clients;
    private final StoreConnections connections;
    private final Map<String, Store> stores = new ConcurrentHashMap<>();

    @Activate
    public FbaStockLookup(
            @Reference(name = "fbaStock", policyOption = ReferencePolicyOption.GREEDY) FbaStock fbaStock,
            @Reference(name = "clients", policyOption = ReferencePolicyOption.GREEDY) SellingPartnerClients clients,
            @Reference(name = "connections", policyOption = ReferencePolicyOption.GREEDY) StoreConnections connections) {
        this.fbaStock = fbaStock;
        this.clients = clients;
        this.connections = connections;
    }

    @Reference(name = "store", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void addStore(Store store) {
        stores.put(store.alias(), store);
    }

    void removeStore(Store store) {
        stores.remove(store.alias(), store);
    }

    /**
     * @throws IllegalArgumentException if no store with valid settings has the alias
     */
    public List<FbaStockLine> compare(String alias) {
        Store store = stores.get(alias);
        if (store == null) {
            throw new IllegalArgumentException("No store '" + alias + "' with valid settings is installed.");
        }
        SellingPartnerClient client = clients.client(store.sellerId(), store.region(),
                connections.connectionSettings(store.pollGroup())).forAccount(alias);
        return fbaStock.compare(store.configuration(), client);
    }
}
