package org.ecomhub.tax.internal;

import java.math.BigDecimal;
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
import org.ecomhub.host.api.Money;
import org.osgi.service.component.annotations.Component;

/**
 * TAX-01: tax sits on each line and charge with its rate and the mapped host tax code (TAX-05). Facilitator tax
 * (TAX-06) is not the seller's: those items' amounts carry none, and it goes on its own charge or is left out.
 */
@Component(service = TaxStrategy.class, property = TaxStrategy.MODE + "=LINE")
public class LineTaxStrategy implements TaxStrategy {

    @Override
    public TaxMode mode() {
        return TaxMode.LINE;
    }

    @Override
    public TaxedOrder apply(TaxableOrder order, TaxSettings settings, boolean hostHasAccounting) {
        List<TaxedAmount> amounts = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (TaxableItem item : order.items()) {
            for (AmountKind kind : AmountKind.values()) {
                if (Booking.present(order, item, kind)) {
                    amounts.add(book(order, item, kind, settings, hostHasAccounting, notes));
                }
            }
        }
        return new TaxedOrder(amounts, Booking.facilitatorCharge(order, settings), notes);
    }

    private static TaxedAmount book(TaxableOrder order, TaxableItem item, AmountKind kind, TaxSettings settings,
            boolean hostHasAccounting, List<String> notes) {
        Money net = Booking.net(order, item, kind);
        String account = Booking.salesAccount(settings, kind, hostHasAccounting);
        if (item.facilitator()) {
            String zeroCode = settings.taxCodes().codeFor(BigDecimal.ZERO).map(Booking::codeOrNone).orElse(null);
            return Booking.untaxed(item, kind, net, zeroCode, account);
        }
        Money tax = item.tax(kind, order.currency());
        BigDecimal rate = Booking.rate(net, tax);
        String code = Booking.codeFor(settings, rate, "order " + item.reference() + " " + kind, notes);
        return new TaxedAmount(item.reference(), kind, net, tax, rate, code, account);
    }
}
