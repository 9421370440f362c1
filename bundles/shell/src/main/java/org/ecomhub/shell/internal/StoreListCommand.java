package org.ecomhub.shell.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.ecomhub.amazon.api.store.LastRun;
import org.ecomhub.amazon.api.store.StoreAdmin;
import org.ecomhub.amazon.api.store.StoreHealth;

/** {@code amazon:store-list}: every store with its health (STORE-09, HOST-05). */
@Service
@Command(scope = "amazon", name = "store-list", description = "Lists the stores with their health.")
public class StoreListCommand extends AmazonCommand {

    @Reference
    StoreAdmin admin;

    @Option(name = "--json", description = "print JSON for scripts")
    boolean json;

    @Override
    public Object execute() {
        List<StoreHealth> stores = admin.health();
        if (json) {
            List<Object> list = new ArrayList<>();
            stores.forEach(h -> list.add(toJson(h)));
            out().println(Json.write(list));
            return null;
        }
        if (stores.isEmpty()) {
            out().println("No store is installed. Install one with amazon:store-install <alias> <marketplace> <seller-id>.");
            return null;
        }
        ShellTable table = new ShellTable();
        table.column("Alias");
        table.column("Seller");
        table.column("Marketplace");
        table.column("Status");
        table.column("Last order poll");
        table.column("Last stock export");
        table.column("Next run");
        table.column("Errors 24h");
        for (StoreHealth h : stores) {
            table.addRow().addContent(h.alias(), h.sellerId(), h.marketplaceId(), h.status(), run(h.lastOrderPoll()),
                    run(h.lastStockExport()), h.nextRun().map(StoreListCommand::time).orElse("-"), h.errorsLast24h());
        }
        table.print(out());
        return null;
    }

    static String run(Optional<LastRun> run) {
        return run.map(r -> time(r.at()) + " " + r.status()).orElse("-");
    }

    static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static Map<String, Object> toJson(StoreHealth h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("alias", h.alias());
        m.put("sellerId", h.sellerId());
        m.put("marketplace", h.marketplaceId());
        m.put("installed", h.installed());
        m.put("enabled", h.enabled());
        m.put("status", h.status());
        m.put("settingsRefused", h.settingsRefused().orElse(null));
        m.put("authorisation", h.authorisation().name());
        m.put("authorisedAt", h.authorisedAt().map(Instant::toString).orElse(null));
        m.put("lastOrderPoll", h.lastOrderPoll().map(StoreListCommand::runJson).orElse(null));
        m.put("lastStockExport", h.lastStockExport().map(StoreListCommand::runJson).orElse(null));
        m.put("nextRun", h.nextRun().map(Instant::toString).orElse(null));
        m.put("backlog", h.backlog());
        m.put("errorsLast24h", h.errorsLast24h());
        return m;
    }

    private static Map<String, Object> runJson(LastRun run) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("at", run.at().toString());
        m.put("status", run.status().name());
        m.put("message", run.message());
        return m;
    }
}
