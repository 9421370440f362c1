package org.ecomhub.amazon.api.settings;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a store's products come in, PID {@value #PID} (a factory configuration named by the alias).
 *
 * @param store             the store's alias
 * @param createOnImport    an unknown SKU on an order creates a host product (PROD-01)
 * @param sellPriceTier     host sell price tier Amazon's price is written to; empty = none (PROD-02)
 * @param codeMapping       host product code from SellerSKU or ASIN; fixed once saved (PROD-03)
 * @param sync              Amazon product changes overwrite host products (PROD-04)
 * @param accountingInvoice each imported order goes to the host's accounting as an invoice (PROD-06)
 */
public record ProductSettings(String store, boolean createOnImport, String sellPriceTier, CodeMapping codeMapping,
        boolean sync, boolean accountingInvoice) {

    public static final String PID = "org.ecomhub.amazon.products";
    public static final String STORE = "store";
    public static final String CREATE_ON_IMPORT = "create.on.import";
    public static final String SELL_PRICE_TIER = "sell.price.tier";
    public static final String CODE_MAPPING = "code.mapping";
    public static final String SYNC = "sync";
    public static final String ACCOUNTING_INVOICE = "accounting.invoice";

    /** Where a host product's code comes from. */
    public enum CodeMapping { SELLER_SKU, ASIN }

    public static ProductSettings defaults(String store) {
        return new ProductSettings(store, true, "", CodeMapping.SELLER_SKU, false, false);
    }

    /**
     * Reads and checks a store's product settings.
     *
     * @throws SettingsException naming every property that is wrong and how to fix it
     */
    public static ProductSettings from(Map<String, ?> properties) {
        PropertyReader in = new PropertyReader(PID, properties);
        ProductSettings s = new ProductSettings(
                in.storeAlias(STORE),
                in.bool(CREATE_ON_IMPORT, true),
                in.text(SELL_PRICE_TIER, ""),
                in.choice(CODE_MAPPING, CodeMapping.class, CodeMapping.SELLER_SKU),
                in.bool(SYNC, false),
                in.bool(ACCOUNTING_INVOICE, false));
        in.throwIfProblems();
        return s;
    }

    public Map<String, Object> toProperties() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(STORE, store);
        p.put(CREATE_ON_IMPORT, createOnImport);
        p.put(SELL_PRICE_TIER, sellPriceTier);
        p.put(CODE_MAPPING, codeMapping.name());
        p.put(SYNC, sync);
        p.put(ACCOUNTING_INVOICE, accountingInvoice);
        return p;
    }
}
