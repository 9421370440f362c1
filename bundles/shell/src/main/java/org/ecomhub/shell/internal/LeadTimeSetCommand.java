package org.ecomhub.shell.internal;

import java.util.Map;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.ecomhub.amazon.api.products.ProductMapping;
import org.ecomhub.amazon.api.store.JobKind;

/** {@code amazon:lead-time-set}: sets a listing's handling time (lead time to ship) on Amazon (HOST-05). */
@Service
@Command(scope = "amazon", name = "lead-time-set", description = "Sets the lead time to ship (days) of a SKU on Amazon.")
public class LeadTimeSetCommand extends JobCommand {

    static final int MAX_DAYS = ProductMapping.MAX_LEAD_TIME_DAYS;

    @Argument(index = 0, name = "alias", required = true)
    @Completion(AliasCompleter.class)
    String alias;

    @Argument(index = 1, name = "sku", description = "the seller SKU", required = true)
    String sku;

    @Argument(index = 2, name = "days", description = "handling days, 0 to " + MAX_DAYS, required = true)
    int days;

    @Override
    public Object execute() throws InterruptedException {
        ProductMapping.checkLeadTimeChange(sku, days);
        run(JobKind.LEAD_TIME, alias, Map.of("sku", sku.strip(), "days", String.valueOf(days)));
        return null;
    }
}
