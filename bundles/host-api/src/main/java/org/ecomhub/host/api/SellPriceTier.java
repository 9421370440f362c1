package org.ecomhub.host.api;

/**
 * A named sell price tier of the host; every price in it is in the tier's currency (PROD-02).
 *
 * @param code     the tier's stable code, e.g. {@code AMAZON-UK}
 * @param name     what people see
 * @param currency ISO 4217 code of every price in the tier
 */
public record SellPriceTier(String code, String name, String currency) {
    public SellPriceTier {
        Checks.code(code, "tier code");
        Checks.code(name, "tier name");
        Checks.code(currency, "tier currency");
    }
}
