package org.ecomhub.host.api;

import java.math.BigDecimal;

/**
 * The details of a product besides its code and description. Every field may be {@code null} (not known).
 *
 * @param barcode  e.g. the EAN / UPC / GTIN
 * @param brand    the brand name
 * @param weightKg the shipping weight in kilograms, not negative
 * @param notes    free text
 * @param imageUrl a picture of the product
 */
public record ProductDetails(String barcode, String brand, BigDecimal weightKg, String notes, String imageUrl) {

    public static final ProductDetails NONE = new ProductDetails(null, null, null, null, null);

    public ProductDetails {
        if (weightKg != null) {
            Checks.notNegative(weightKg, "weight");
        }
    }
}
