package org.ecomhub.tax.internal;

import java.util.ArrayList;
import java.util.List;
import org.ecomhub.amazon.api.settings.TaxSettings;
import org.ecomhub.amazon.api.settings.TaxSettings.TaxMode;
import org.ecomhub.amazon.api.tax.AmountKind;
import org.ecomhub.amazon.api.tax.TaxStrategy;
import org.ecomhub.amazon.api.tax.TaxableItem;
import org.ecomhub.amazon.api.tax.TaxableOrder;
import org.ecomhub.amazon.api.tax.TaxedAmount;
import org.ecomhub.amazon.api.tax.TaxedOrder;
import org.osgi.service.component.annotations.Component;

/**
 * TAX-03: Amazon's amounts as they are, every line and charge at 0 % without tax code; the tax Amazon reports,
 * facilitator tax included, is not used. Where prices include tax the host total is Amazon's; where they exclude
 * it, Amazon's total minus its tax.
 */
@Component(service = TaxStrategy.class, property = TaxStrategy.MODE + "=IGNORE")
public class IgnoreTaxStrategy implements TaxStrategy {

    @Override
    public TaxMode mode() {
        return TaxMode.IGNORE;
    }

    @Override
    public TaxedOrder apply(TaxableOrder order, TaxSettings settings, boolean hostHasAccounting) {
        List<TaxedAmount> amounts = new ArrayList<>();
        for (TaxableItem item : order.items()) {
            for (AmountKind kind : AmountKind.values()) {
                if (Booking.present(order, item, kind)) {
                    amounts.add(Booking.untaxed(item, kind, item.amount(kind, order.currency()), null,
                            Booking.salesAccount(settings, kind, hostHasAccounting)));
                }
            }
        }
        return new TaxedOrder(amounts, List.of(), List.of());
    }
}
