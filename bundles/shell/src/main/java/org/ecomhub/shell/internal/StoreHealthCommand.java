package org.ecomhub.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.ecomhub.amazon.api.store.StoreAdmin;
import org.ecomhub.amazon.api.store.StoreHealth;

/** {@code amazon:store-health}: one store's health in detail (STORE-09). */
@Service
@Command(scope = "amazon", name = "store-health", description = "Shows one store's health.")
public class StoreHealthCommand extends AmazonCommand {

    @Reference
    StoreAdmin admin;

    @Argument(index = 0, name = "alias", required = true)
    @Completion(AliasCompleter.class)
    String alias;

    @Option(name = "--json", description = "print JSON for scripts")
    boolean json;

    @Override
    public Object execute() {
        StoreHealth h = admin.health(alias).orElseThrow(() -> noStore(admin, alias));
        if (json) {
            out().println(Json.write(StoreListCommand.toJson(h)));
            return null;
        }
        out().printf("Store:             %s (seller %s, marketplace %s)%n", h.alias(), h.sellerId(), h.marketplaceId());
        out().printf("Status:            %s%n", h.status());
        h.settingsRefused().ifPresent(m -> out().printf("Settings refused:  %s%n", m));
        out().printf("Authorisation:     %s%s%n", h.authorisation(),
                h.authorisedAt().map(t -> " since " + StoreListCommand.time(t)).orElse(""));
        out().printf("Last order poll:   %s%n", StoreListCommand.run(h.lastOrderPoll()));
        h.lastOrderPoll().filter(r -> !r.message().isEmpty()).ifPresent(r -> out().printf("                   %s%n", r.message()));
        out().printf("Last stock export: %s%n", StoreListCommand.run(h.lastStockExport()));
        out().printf("Next run:          %s%n", h.nextRun().map(StoreListCommand::time).orElse("-"));
        out().printf("Backlog:           %d%n", h.backlog());
        out().printf("Errors (24 h):     %d%s%n", h.errorsLast24h(),
                h.errorsLast24h() > 0 ? " (amazon:log --level error --store " + h.alias() + ")" : "");
        return null;
    }
}
