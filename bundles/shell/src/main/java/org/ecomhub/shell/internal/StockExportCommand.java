package org.ecomhub.shell.internal;

import java.util.Map;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.ecomhub.amazon.api.store.JobKind;

/** {@code amazon:stock-export}: exports stock for the store's seller and region now (STK-01, HOST-05). */
@Service
@Command(scope = "amazon", name = "stock-export", description = "Exports stock on hand to Amazon now (the store's seller and region).")
public class StockExportCommand extends JobCommand {

    @Argument(index = 0, name = "alias", required = true)
    @Completion(AliasCompleter.class)
    String alias;

    @Option(name = "--full", description = "send every owned SKU, not only the changes since the last export")
    boolean full;

    @Override
    public Object execute() throws InterruptedException {
        run(JobKind.STOCK_EXPORT, alias, Map.of("full", String.valueOf(full)));
        return null;
    }
}
