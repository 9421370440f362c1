package org.ecomhub.shell.internal;

import java.io.PrintStream;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.Session;
import org.ecomhub.amazon.api.store.Actor;

/** What every store command shares: where output goes and who is acting (for the audit trail, STORE-08). */
abstract class AmazonCommand implements Action {

    @Reference(optional = true)
    Session session;

    /** Where output goes; the session's stream when {@code null} (Karaf binds System.out to the session). */
    PrintStream out;

    PrintStream out() {
        return out != null ? out : System.out;
    }

    Actor actor() {
        Object user = session == null ? null : session.get("USER");
        return Actor.shell(user == null ? "karaf" : user.toString());
    }
}
