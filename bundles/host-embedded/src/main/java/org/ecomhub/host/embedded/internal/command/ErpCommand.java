package org.ecomhub.host.embedded.internal.command;

import java.io.PrintStream;
import org.apache.karaf.shell.api.action.Action;

/** Base of the erp:* commands: where they print. In a shell, System.out is the session's output. */
abstract class ErpCommand implements Action {

    /** Set by tests; null means the session's output. */
    PrintStream out;

    PrintStream out() {
        return out != null ? out : System.out;
    }

    @Override
    public final Object execute() throws Exception {
        run(out());
        return null; // commands print; a return value is not shown over ssh
    }

    abstract void run(PrintStream out) throws Exception;
}
