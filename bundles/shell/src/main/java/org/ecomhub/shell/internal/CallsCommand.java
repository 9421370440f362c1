package org.ecomhub.shell.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.ecomhub.amazon.api.spapi.Marketplace;
import org.ecomhub.amazon.api.spapi.SellingPartnerClients;
import org.ecomhub.amazon.api.spapi.model.CallCount;
import org.ecomhub.amazon.api.store.PollGroup;
import org.ecomhub.amazon.api.store.StoreAdmin;
import org.ecomhub.amazon.api.store.StoreConnections;
import org.ecomhub.amazon.api.store.StoreHealth;

/**
 * {@code amazon:calls}: SP-API calls per store (or poll group, for a call shared by the group) and operation since
 * the connector started (API-07).
 */
@Service
@Command(scope = "amazon", name = "calls", description = "Shows SP-API calls per store or poll group and operation.")
public class CallsCommand extends AmazonCommand {

    @Reference
    StoreAdmin admin;

    @Reference
    StoreConnections connections;

    @Reference(optional = true)
    SellingPartnerClients clients;

    @Option(name = "--store", aliases = "-s", description = "only this store's calls and its poll group's")
    @Completion(AliasCompleter.class)
    String store;

    @Option(name = "--json", description = "print JSON for scripts")
    boolean json;

    @Override
    public Object execute() {
        if (clients == null) {
            out().println("not installed: the SP-API connector (bundle org.ecomhub.spapi) is not running.");
            return null;
        }
        Set<PollGroup> groups = new LinkedHashSet<>();
        for (StoreHealth h : admin.health()) {
            if (h.installed() && (store == null || store.equals(h.alias()))) {
                groups.add(new PollGroup(h.sellerId(), Marketplace.byId(h.marketplaceId()).orElseThrow().region()));
            }
        }
        if (store != null && groups.isEmpty()) {
            throw noStore(admin, store);
        }
        List<CallCount> counts = new ArrayList<>();
        for (PollGroup g : groups) {
            clients.client(g.sellerId(), g.region(), connections.connectionSettings(g)).callCounts().stream()
                    .filter(c -> store == null || c.account().equals(store) || c.account().equals(g.key()))
                    .forEach(counts::add);
        }
        counts.sort(Comparator.comparing(CallCount::account).thenComparing(CallCount::operation));
        if (json) {
            List<Object> rows = new ArrayList<>();
            for (CallCount c : counts) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("account", c.account());
                row.put("operation", c.operation());
                row.put("calls", c.calls());
                row.put("throttled", c.throttled());
                rows.add(row);
            }
            out().println(Json.write(rows));
            return null;
        }
        if (counts.isEmpty()) {
            out().println("No SP-API calls yet.");
            return null;
        }
        ShellTable table = new ShellTable();
        table.column("Store or group");
        table.column("Operation");
        table.column("Calls").alignRight();
        table.column("Throttled").alignRight();
        counts.forEach(c -> table.addRow().addContent(c.account(), c.operation(), c.calls(), c.throttled()));
        table.print(out());
        return null;
    }
}
