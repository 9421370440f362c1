package org.ecomhub.shell.internal;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.ecomhub.amazon.api.store.JobKind;

/** {@code amazon:orders-import}: imports named Amazon orders, at most 50 (HOST-05). */
@Service
@Command(scope = "amazon", name = "orders-import", description = "Imports the named Amazon orders (at most 50).")
public class OrdersImportCommand extends JobCommand {

    static final int MAX_ORDERS = 50;
    private static final Pattern ORDER_ID = Pattern.compile("\\d{3}-\\d{7}-\\d{7}");

    @Argument(index = 0, name = "alias", required = true)
    @Completion(AliasCompleter.class)
    String alias;

    @Argument(index = 1, name = "order-ids", description = "Amazon order ids such as 114-3941689-8772232", required = true,
            multiValued = true)
    List<String> orderIds;

    @Override
    public Object execute() throws InterruptedException {
        List<String> ids = orderIds.stream().flatMap(s -> List.of(s.split(",")).stream()).map(String::strip)
                .filter(s -> !s.isEmpty()).distinct().toList();
        if (ids.isEmpty() || ids.size() > MAX_ORDERS) {
            throw new IllegalArgumentException("Name 1 to " + MAX_ORDERS + " order ids, not " + ids.size() + ".");
        }
        for (String id : ids) {
            if (!ORDER_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("'" + id + "' is not an Amazon order id (like 114-3941689-8772232).");
            }
        }
        run(JobKind.ORDER_IMPORT, alias, Map.of("orders", String.join(",", ids)));
        return null;
    }
}
