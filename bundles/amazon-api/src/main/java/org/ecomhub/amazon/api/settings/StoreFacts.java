package org.ecomhub.amazon.api.settings;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.ecomhub.amazon.api.settings.ProductSettings.CodeMapping;
import org.ecomhub.amazon.api.spapi.Marketplace;
import org.ecomhub.amazon.api.spapi.Region;

/**
 * What is fixed about an installed store and kept in the plugin's database (STORE-01, PROD-03): a configuration
 * that tries to change it is refused.
 *
 * @param alias              the store's alias
 * @param sellerId           the seller's merchant token
 * @param marketplace        the primary marketplace
 * @param installedAt        when it was installed, on the Clock
 * @param savedCodeMapping   the product code mapping once it has been saved; empty before
 */
public record StoreFacts(String alias, String sellerId, Marketplace marketplace, Instant installedAt,
        Optional<CodeMapping> savedCodeMapping) {

    public StoreFacts {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(marketplace, "marketplace");
        Objects.requireNonNull(installedAt, "installedAt");
        Objects.requireNonNull(savedCodeMapping, "savedCodeMapping");
    }

    public Region region() {
        return marketplace.region();
    }

    /** Whether both stores belong to one seller account in one region (one poll group, STK-07). */
    public boolean sameSellerAndRegion(String otherSellerId, Marketplace otherMarketplace) {
        return sellerId.equals(otherSellerId) && region() == otherMarketplace.region();
    }
}
