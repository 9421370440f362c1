package org.ecomhub.amazon.api.settings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How a store books tax, PID {@value #PID} (a factory configuration named by the alias).
 *
 * @param store               the store's alias
 * @param mode                tax on each line (TAX-01), as one order charge (TAX-02), or ignored (TAX-03)
 * @param chargesSalesAccount host sales account put on shipping charge lines (TAX-04); empty = none
 * @param pricesIncludeTax    whether Amazon's prices include tax; empty = the marketplace's default (FACTS §13)
 * @param taxCodes            rate to host tax code (TAX-05)
 * @param defaultTaxCode      the code used when no mapped rate is near; empty = the host's default
 * @param facilitatorTax      marketplace facilitator tax on its own charge line, or left out (TAX-06)
 * @param facilitatorTaxCode  the tax code of that charge line
 */
public record TaxSettings(String store, TaxMode mode, String chargesSalesAccount, Optional<Boolean> pricesIncludeTax,
        TaxCodeMap taxCodes, String defaultTaxCode, FacilitatorTax facilitatorTax, String facilitatorTaxCode) {

    public static final String PID = "org.ecomhub.amazon.tax";
    public static final String STORE = "store";
    public static final String MODE = "mode";
    public static final String CHARGES_SALES_ACCOUNT = "charges.sales.account";
    public static final String PRICES_INCLUDE_TAX = "prices.include.tax";
    public static final String TAX_CODES = "tax.codes";
    public static final String DEFAULT_TAX_CODE = "default.tax.code";
    public static final String FACILITATOR_TAX = "facilitator.tax";
    public static final String FACILITATOR_TAX_CODE = "facilitator.tax.code";

    /** The three tax strategies; the value is also the {@code mode} service property of each strategy. */
    public enum TaxMode { LINE, CHARGE, IGNORE }

    /** What happens to tax Amazon collects and remits itself. */
    public enum FacilitatorTax { SEPARATE_CHARGE, LEAVE_OUT }

    public static TaxSettings defaults(String store) {
        return new TaxSettings(store, TaxMode.LINE, "", Optional.empty(), TaxCodeMap.empty(), "",
                FacilitatorTax.SEPARATE_CHARGE, "NONE");
    }

    /**
     * Reads and checks a store's tax settings, including the syntax of the tax-code map.
     *
     * @throws SettingsException naming every property that is wrong and how to fix it
     */
    public static TaxSettings from(Map<String, ?> properties) {
        PropertyReader in = new PropertyReader(PID, properties);
        String store = in.storeAlias(STORE);
        TaxMode mode = in.choice(MODE, TaxMode.class, TaxMode.LINE);
        String salesAccount = in.text(CHARGES_SALES_ACCOUNT, "");
        Optional<Boolean> pricesIncludeTax = in.text(PRICES_INCLUDE_TAX, null) == null
                ? Optional.empty() : Optional.of(in.bool(PRICES_INCLUDE_TAX, false));
        TaxCodeMap codes = TaxCodeMap.parse(in.list(TAX_CODES), in, TAX_CODES);
        String defaultCode = in.text(DEFAULT_TAX_CODE, "");
        FacilitatorTax facilitator = in.choice(FACILITATOR_TAX, FacilitatorTax.class, FacilitatorTax.SEPARATE_CHARGE);
        String facilitatorCode = in.text(FACILITATOR_TAX_CODE, "NONE");
        in.throwIfProblems();
        return new TaxSettings(store, mode, salesAccount, pricesIncludeTax, codes, defaultCode, facilitator,
                facilitatorCode);
    }

    public Map<String, Object> toProperties() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(STORE, store);
        p.put(MODE, mode.name());
        p.put(CHARGES_SALES_ACCOUNT, chargesSalesAccount);
        p.put(PRICES_INCLUDE_TAX, pricesIncludeTax.map(String::valueOf).orElse(""));
        p.put(TAX_CODES, taxCodes.toList().toArray(String[]::new));
        p.put(DEFAULT_TAX_CODE, defaultTaxCode);
        p.put(FACILITATOR_TAX, facilitatorTax.name());
        p.put(FACILITATOR_TAX_CODE, facilitatorTaxCode);
        return p;
    }
}
