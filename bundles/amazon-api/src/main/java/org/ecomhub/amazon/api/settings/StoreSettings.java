package org.ecomhub.amazon.api.settings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.ecomhub.amazon.api.spapi.Marketplace;

/**
 * A store, PID {@value #PID} (a factory configuration named by the alias). Alias, seller id and marketplace are
 * fixed at install (STORE-01).
 *
 * @param alias        1 to 8 letters or digits, unique, never changed
 * @param marketplace  the primary marketplace, which also fixes the region
 * @param sellerId     the seller's merchant token
 * @param enabled      store status ON/OFF (STORE-04); a new store is OFF
 * @param buyerDetails whether restricted buyer data is read (ORD-09)
 */
public record StoreSettings(String alias, Marketplace marketplace, String sellerId, boolean enabled,
        BuyerDetails buyerDetails) {

    public static final String PID = "org.ecomhub.amazon.store";
    public static final String ALIAS = "alias";
    public static final String MARKETPLACE = "marketplace";
    public static final String SELLER_ID = "seller.id";
    public static final String ENABLED = "enabled";
    public static final String BUYER_DETAILS = "buyer.details";

    private static final Pattern ALIAS_PATTERN = Pattern.compile("[A-Za-z0-9]{1,8}");
    /** Merchant tokens are upper-case letters and digits (e.g. A2EUQ1WTGCTBG2-like, 10 to 20 characters). */
    private static final Pattern SELLER_ID_PATTERN = Pattern.compile("[A-Z0-9]{8,20}");

    /** Whether the text is a valid alias: 1 to 8 letters or digits. */
    public static boolean isValidAlias(String alias) {
        return alias != null && ALIAS_PATTERN.matcher(alias).matches();
    }

    /**
     * Reads and checks the properties of one store configuration.
     *
     * @throws SettingsException naming every property that is wrong and how to fix it
     */
    public static StoreSettings from(Map<String, ?> properties) {
        PropertyReader in = new PropertyReader(PID, properties);
        String alias = in.text(ALIAS, "");
        if (!isValidAlias(alias)) {
            in.problem(ALIAS, "'" + alias + "' is not 1 to 8 letters or digits.",
                    "Choose an alias of 1 to 8 letters or digits, e.g. MYSHOP; it cannot be changed later.");
        }
        String marketplaceId = in.text(MARKETPLACE, "");
        Marketplace marketplace = Marketplace.byId(marketplaceId).orElse(null);
        if (marketplace == null) {
            in.problem(MARKETPLACE, "'" + marketplaceId + "' is not an Amazon marketplace id.",
                    "Set marketplace to the primary marketplace's id, e.g. A1F83G8C2ARO7P for the UK or "
                            + "ATVPDKIKX0DER for the US (amazon:marketplaces lists them all).");
        }
        String sellerId = in.text(SELLER_ID, "");
        if (!SELLER_ID_PATTERN.matcher(sellerId).matches()) {
            in.problem(SELLER_ID, "'" + sellerId + "' is not a merchant token (upper-case letters and digits).",
                    "Copy the Merchant Token from Seller Central > Settings > Account Info > Your Merchant Token.");
        }
        boolean enabled = in.bool(ENABLED, false);
        BuyerDetails buyerDetails = in.choice(BUYER_DETAILS, BuyerDetails.class, BuyerDetails.NONE);
        in.throwIfProblems();
        return new StoreSettings(alias, marketplace, sellerId, enabled, buyerDetails);
    }

    public Map<String, Object> toProperties() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(ALIAS, alias);
        p.put(MARKETPLACE, marketplace.id());
        p.put(SELLER_ID, sellerId);
        p.put(ENABLED, enabled);
        p.put(BUYER_DETAILS, buyerDetails.name());
        return p;
    }
}
