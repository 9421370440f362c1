package org.ecomhub.shell.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.ecomhub.amazon.api.store.StoreAdmin;
import org.ecomhub.amazon.api.store.StoreHealth;

/** Completes the aliases of the stores the registry knows. */
@Service
public class AliasCompleter implements Completer {

    @Reference
    StoreAdmin admin;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        List<String> aliases = admin.health().stream().map(StoreHealth::alias).toList();
        return new StringsCompleter(aliases, false).complete(session, commandLine, candidates);
    }
}
