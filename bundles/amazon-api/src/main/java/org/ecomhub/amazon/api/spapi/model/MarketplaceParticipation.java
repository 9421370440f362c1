package org.ecomhub.amazon.api.spapi.model;

/** Sellers API getMarketplaceParticipations entry. */
public record MarketplaceParticipation(String marketplaceId, String name, String countryCode,
        String defaultCurrencyCode, String defaultLanguageCode, String domainName, boolean participating,
        boolean hasSuspendedListings, String storeName) {
}
