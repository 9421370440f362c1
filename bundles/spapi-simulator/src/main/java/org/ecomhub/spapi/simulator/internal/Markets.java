package org.ecomhub.spapi.simulator.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The marketplaces the simulator knows (all of FACTS §2), with what its generated data needs. */
final class Markets {
    record Market(String id, String country, String region, String currency, String language, String domain,
            boolean taxIncluded, BigDecimal taxRate) {
        String name() {
            return domain.substring(0, 1).toUpperCase() + domain.substring(1);
        }

        String fbaChannel() {
            return "AMAZON_" + region;
        }
    }

    static final Map<String, Market> BY_ID = Stream.of(
            m("A2EUQ1WTGCTBG2", "CA", "NA", "CAD", "en_CA", "amazon.ca", false, "0.13"),
            m("ATVPDKIKX0DER", "US", "NA", "USD", "en_US", "amazon.com", false, "0.0825"),
            m("A1AM78C64UM0Y8", "MX", "NA", "MXN", "es_MX", "amazon.com.mx", true, "0.16"),
            m("A2Q3Y263D00KWC", "BR", "NA", "BRL", "pt_BR", "amazon.com.br", true, "0.17"),
            m("A28R8C7NBKEWEA", "IE", "EU", "EUR", "en_IE", "amazon.ie", true, "0.23"),
            m("A1RKKUPIHCS9HS", "ES", "EU", "EUR", "es_ES", "amazon.es", true, "0.21"),
            m("A1F83G8C2ARO7P", "GB", "EU", "GBP", "en_GB", "amazon.co.uk", true, "0.20"),
            m("A13V1IB3VIYZZH", "FR", "EU", "EUR", "fr_FR", "amazon.fr", true, "0.20"),
            m("AMEN7PMS3EDWL", "BE", "EU", "EUR", "fr_BE", "amazon.com.be", true, "0.21"),
            m("A1805IZSGTT6HS", "NL", "EU", "EUR", "nl_NL", "amazon.nl", true, "0.21"),
            m("A1PA6795UKMFR9", "DE", "EU", "EUR", "de_DE", "amazon.de", true, "0.19"),
            m("APJ6JRA9NG5V4", "IT", "EU", "EUR", "it_IT", "amazon.it", true, "0.22"),
            m("A2NODRKZP88ZB9", "SE", "EU", "SEK", "sv_SE", "amazon.se", true, "0.25"),
            m("AE08WJ6YKNBMC", "ZA", "EU", "ZAR", "en_ZA", "amazon.co.za", true, "0.15"),
            m("A1C3SOZRARQ6R3", "PL", "EU", "PLN", "pl_PL", "amazon.pl", true, "0.23"),
            m("ARBP9OOSHTCHU", "EG", "EU", "EGP", "ar_EG", "amazon.eg", true, "0.14"),
            m("A33AVAJ2PDY3EV", "TR", "EU", "TRY", "tr_TR", "amazon.com.tr", true, "0.20"),
            m("A17E79C6D8DWNP", "SA", "EU", "SAR", "ar_SA", "amazon.sa", true, "0.15"),
            m("A2VIGQ35RCS4UG", "AE", "EU", "AED", "en_AE", "amazon.ae", true, "0.05"),
            m("A21TJRUUN4KGV", "IN", "EU", "INR", "en_IN", "amazon.in", true, "0.18"),
            m("A19VAU5U5O7RUS", "SG", "FE", "SGD", "en_SG", "amazon.sg", true, "0.09"),
            m("A39IBJ37TRP1C6", "AU", "FE", "AUD", "en_AU", "amazon.com.au", true, "0.10"),
            m("A1VC38T7YXB528", "JP", "FE", "JPY", "ja_JP", "amazon.co.jp", true, "0.10"))
            .collect(Collectors.toUnmodifiableMap(Market::id, x -> x));

    private static Market m(String id, String country, String region, String currency, String language,
            String domain, boolean taxIncluded, String rate) {
        return new Market(id, country, region, currency, language, domain, taxIncluded, new BigDecimal(rate));
    }

    static boolean known(String id) {
        return BY_ID.containsKey(id);
    }

    static Market require(String id) {
        Market m = BY_ID.get(id);
        if (m == null) {
            throw ApiError.invalid("Invalid marketplace id: " + id);
        }
        return m;
    }

    private Markets() {
    }
}
