package org.ecomhub.shell.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.ecomhub.amazon.api.spapi.Marketplace;

/** Completes marketplaces by name (UK, DE, US, ...) and by id. */
@Service
public class MarketplaceCompleter implements Completer {

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        List<String> values = new ArrayList<>();
        for (Marketplace m : Marketplace.values()) {
            values.add(m.name());
            values.add(m.id());
        }
        return new StringsCompleter(values, false).complete(session, commandLine, candidates);
    }
}
