package org.ecomhub.amazon.api.tax;

import org.ecomhub.amazon.api.settings.TaxSettings;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Books an order's tax one way (TAX-01 LINE, TAX-02 CHARGE, TAX-03 IGNORE). Registered once per mode with the
 * service property {@value #MODE} = the {@link TaxSettings.TaxMode} name; the importer picks the one the store's
 * settings name. Stateless and thread-safe; no host or network calls.
 */
@ConsumerType
public interface TaxStrategy {

    /** Service property naming the mode: {@code LINE}, {@code CHARGE} or {@code IGNORE}. */
    String MODE = "mode";

    /** The tax code text that means "no tax code" (TAX-02/03; the SPI's {@code null}). */
    String NO_TAX_CODE = "NONE";

    TaxSettings.TaxMode mode();

    /**
     * Books one order.
     *
     * @param order                 the order's money as Amazon reports it
     * @param settings              the store's tax settings (codes, facilitator tax, sales account)
     * @param hostHasAccounting     whether the host has an accounting integration (TAX-04)
     * @return the amounts, charges and notes; the total equals Amazon's order total except as ORD-12 says
     */
    TaxedOrder apply(TaxableOrder order, TaxSettings settings, boolean hostHasAccounting);
}
