package org.ecomhub.host.embedded.internal.command;

import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.ecomhub.host.api.SalesOrder;
import org.ecomhub.host.api.SalesOrderStatus;
import org.ecomhub.host.api.SalesOrders;

/** Completes the external references of orders that still have units to ship (for erp:dispatch). */
@Service
public class OpenOrderCompleter implements Completer {

    @Reference
    SalesOrders orders;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        return new StringsCompleter(references()).complete(session, commandLine, candidates);
    }

    List<String> references() {
        List<String> refs = new ArrayList<>();
        for (SalesOrder o : orders.orders(null, 1000)) {
            if (o.status() != SalesOrderStatus.CANCELLED
                    && o.lines().stream().anyMatch(l -> l.unshippedQuantity().signum() > 0)) {
                refs.add(o.externalReference());
            }
        }
        return refs;
    }
}
