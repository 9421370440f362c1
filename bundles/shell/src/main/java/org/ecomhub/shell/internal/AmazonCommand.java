package org.ecomhub.shell.internal;

import java.io.PrintStream;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.Session;
import org.ecomhub.amazon.api.store.Actor;
import org.ecomhub.amazon.api.store.StoreAdmin;
import org.ecomhub.amazon.api.store.StoreHealth;

/** What every store command shares: where output goes and who is acting (for the audit trail, STORE-08). */
abstract class AmazonCommand implements Action {

    @Reference(optional = true)
    Session session;

    /** Where output goes; the session's stream when {@code null} (Karaf binds System.out to the session). */
    PrintStream out;

    PrintStream out() {
        return out != null ? out : System.out;
    }

    /** The message every command gives for an alias no store has, with the aliases there are. */
    static IllegalArgumentException noStore(StoreAdmin admin, String alias) {
        String installed = admin.health().stream().filter(StoreHealth::installed).map(StoreHealth::alias)
                .collect(Collectors.joining(", "));
        return new IllegalArgumentException("No store '" + alias + "' is installed; installed: "
                + (installed.isEmpty() ? "none" : installed) + ".");
    }

    Actor actor() {
        Object user = session == null ? null : session.get("USER");
        return Actor.shell(user == null ? "karaf" : user.toString());
    }
}
