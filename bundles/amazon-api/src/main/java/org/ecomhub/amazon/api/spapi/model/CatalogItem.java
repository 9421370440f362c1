package org.ecomhub.amazon.api.spapi.model;

import java.util.List;

/** A catalog item (Catalog Items 2022-04-01, datasets summaries, identifiers, productTypes). */
public record CatalogItem(String asin, String marketplaceId, String itemName, String brand, String manufacturer,
        String productType, List<Identifier> identifiers) {

    public CatalogItem {
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }

    /** An external identifier, e.g. EAN 4006381333931. */
    public record Identifier(String type, String identifier) {
    }
}
