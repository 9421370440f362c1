package org.ecomhub.amazon.api.spapi;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;

/**
 * Amazon's marketplaces (FACTS §2) with the defaults of FACTS §13: whether prices include tax and the time zone
 * that defines "the day" of a consolidated order. Those two are defaults only; a store setting overrides them.
 */
public enum Marketplace {
    CA("A2EUQ1WTGCTBG2", "CA", Region.NA, "CAD", false, "America/Toronto", "sellercentral.amazon.ca"),
    US("ATVPDKIKX0DER", "US", Region.NA, "USD", false, "America/Los_Angeles", "sellercentral.amazon.com"),
    MX("A1AM78C64UM0Y8", "MX", Region.NA, "MXN", true, "America/Mexico_City", "sellercentral.amazon.com.mx"),
    BR("A2Q3Y263D00KWC", "BR", Region.NA, "BRL", true, "America/Sao_Paulo", "sellercentral.amazon.com.br"),
    IE("A28R8C7NBKEWEA", "IE", Region.EU, "EUR", true, "Europe/Dublin", "sellercentral.amazon.ie"),
    ES("A1RKKUPIHCS9HS", "ES", Region.EU, "EUR", true, "Europe/Madrid", "sellercentral.amazon.es"),
    UK("A1F83G8C2ARO7P", "GB", Region.EU, "GBP", true, "Europe/London", "sellercentral.amazon.co.uk"),
    FR("A13V1IB3VIYZZH", "FR", Region.EU, "EUR", true, "Europe/Paris", "sellercentral.amazon.fr"),
    BE("AMEN7PMS3EDWL", "BE", Region.EU, "EUR", true, "Europe/Brussels", "sellercentral.amazon.com.be"),
    NL("A1805IZSGTT6HS", "NL", Region.EU, "EUR", true, "Europe/Amsterdam", "sellercentral.amazon.nl"),
    DE("A1PA6795UKMFR9", "DE", Region.EU, "EUR", true, "Europe/Berlin", "sellercentral.amazon.de"),
    IT("APJ6JRA9NG5V4", "IT", Region.EU, "EUR", true, "Europe/Rome", "sellercentral.amazon.it"),
    SE("A2NODRKZP88ZB9", "SE", Region.EU, "SEK", true, "Europe/Stockholm", "sellercentral.amazon.se"),
    ZA("AE08WJ6YKNBMC", "ZA", Region.EU, "ZAR", true, "Africa/Johannesburg", "sellercentral.amazon.co.za"),
    PL("A1C3SOZRARQ6R3", "PL", Region.EU, "PLN", true, "Europe/Warsaw", "sellercentral.amazon.pl"),
    EG("ARBP9OOSHTCHU", "EG", Region.EU, "EGP", true, "Africa/Cairo", "sellercentral.amazon.eg"),
    TR("A33AVAJ2PDY3EV", "TR", Region.EU, "TRY", true, "Europe/Istanbul", "sellercentral.amazon.com.tr"),
    SA("A17E79C6D8DWNP", "SA", Region.EU, "SAR", true, "Asia/Riyadh", "sellercentral.amazon.sa"),
    AE("A2VIGQ35RCS4UG", "AE", Region.EU, "AED", true, "Asia/Dubai", "sellercentral.amazon.ae"),
    IN("A21TJRUUN4KGV", "IN", Region.EU, "INR", true, "Asia/Kolkata", "sellercentral.amazon.in"),
    SG("A19VAU5U5O7RUS", "SG", Region.FE, "SGD", true, "Asia/Singapore", "sellercentral.amazon.sg"),
    AU("A39IBJ37TRP1C6", "AU", Region.FE, "AUD", true, "Australia/Sydney", "sellercentral.amazon.com.au"),
    JP("A1VC38T7YXB528", "JP", Region.FE, "JPY", true, "Asia/Tokyo", "sellercentral.amazon.co.jp");

    private final String id;
    private final String countryCode;
    private final Region region;
    private final String currency;
    private final boolean pricesIncludeTax;
    private final ZoneId zone;
    private final String sellerCentralHost;

    Marketplace(String id, String countryCode, Region region, String currency, boolean pricesIncludeTax,
            String zone, String sellerCentralHost) {
        this.id = id;
        this.countryCode = countryCode;
        this.region = region;
        this.currency = currency;
        this.pricesIncludeTax = pricesIncludeTax;
        this.zone = ZoneId.of(zone);
        this.sellerCentralHost = sellerCentralHost;
    }

    /** Amazon's marketplace id, e.g. {@code ATVPDKIKX0DER}. */
    public String id() {
        return id;
    }

    /** ISO 3166-1 alpha-2 country code ({@code GB} for the UK). */
    public String countryCode() {
        return countryCode;
    }

    public Region region() {
        return region;
    }

    /** The marketplace's usual currency; getMarketplaceParticipations is the authority. */
    public String defaultCurrency() {
        return currency;
    }

    /** FACTS §13 default: whether listed prices include tax. */
    public boolean pricesIncludeTaxByDefault() {
        return pricesIncludeTax;
    }

    /** FACTS §13 default: the time zone of "the day" of a consolidated order. */
    public ZoneId zone() {
        return zone;
    }

    /** Seller Central host of the consent page (FACTS §16). */
    public String sellerCentralHost() {
        return sellerCentralHost;
    }

    /** The marketplace with this Amazon id. */
    public static Optional<Marketplace> byId(String marketplaceId) {
        return Arrays.stream(values()).filter(m -> m.id.equals(marketplaceId)).findFirst();
    }

    /** The marketplace of this country; both {@code UK} (Amazon's docs) and {@code GB} (ISO) name the UK. */
    public static Optional<Marketplace> byCountry(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = "UK".equalsIgnoreCase(code) ? "GB" : code.toUpperCase(java.util.Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.countryCode.equals(c)).findFirst();
    }

    /** The region that serves this marketplace id. */
    public static Optional<Region> regionOf(String marketplaceId) {
        return byId(marketplaceId).map(Marketplace::region);
    }
}
