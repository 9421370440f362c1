package org.ecomhub.tax.internal;

import java.util.ArrayList;
import java.util.List;
import org.ecomhub.amazon.api.settings.TaxSettings;
import org.ecomhub.amazon.api.settings.TaxSettings.TaxMode;
import org.ecomhub.amazon.api.tax.AmountKind;
import org.ecomhub.amazon.api.tax.OrderTaxCharge;
import org.ecomhub.amazon.api.tax.TaxStrategy;
import org.ecomhub.amazon.api.tax.TaxableItem;
import org.ecomhub.amazon.api.tax.TaxableOrder;
import org.ecomhub.amazon.api.tax.TaxedAmount;
import org.ecomhub.amazon.api.tax.TaxedOrder;
import org.ecomhub.host.api.Money;
import org.osgi.service.component.annotations.Component;

/**
 * TAX-02: every line and charge at 0 % without tax code, and the seller's tax of the order as one charge, so the
 * total equals Amazon's. Facilitator tax as TAX-06 says.
 */
@Component(service = TaxStrategy.class, property = TaxStrategy.MODE + "=CHARGE")
public class ChargeTaxStrategy implements TaxStrategy {

    @Override
    public TaxMode mode() {
        return TaxMode.CHARGE;
    }

    @Override
    public TaxedOrder apply(TaxableOrder order, TaxSettings settings, boolean hostHasAccounting) {
        List<TaxedAmount> amounts = new ArrayList<>();
        for (TaxableItem item : order.items()) {
            for (AmountKind kind : AmountKind.values()) {
                if (Booking.present(order, item, kind)) {
                    amounts.add(Booking.untaxed(item, kind, Booking.net(order, item, kind), null,
                            Booking.salesAccount(settings, kind, hostHasAccounting)));
                }
            }
        }
        List<OrderTaxCharge> charges = new ArrayList<>();
        Money sellerTax = order.sellerTax();
        if (!sellerTax.isZero()) {
            charges.add(new OrderTaxCharge(false, sellerTax, null));
        }
        charges.addAll(Booking.facilitatorCharge(order, settings));
        return new TaxedOrder(amounts, charges, List.of());
    }
}
