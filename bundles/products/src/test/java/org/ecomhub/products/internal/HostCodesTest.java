package org.ecomhub.products.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ecomhub.amazon.api.settings.ProductSettings.CodeMapping;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HostCodesTest {

    @Test
    @DisplayName("PROD-03: the host code is the SellerSKU or the ASIN, as the store says")
    void codeFromSkuOrAsin() {
        assertEquals("MUG-01", HostCodes.of(CodeMapping.SELLER_SKU, "MUG-01", "B00MUG0001"));
        assertEquals("B00MUG0001", HostCodes.of(CodeMapping.ASIN, "MUG-01", "B00MUG0001"));
        assertEquals("", HostCodes.of(CodeMapping.ASIN, "MUG-01", null), "no ASIN known: no code");
        assertEquals("MUG-01", HostCodes.of(CodeMapping.SELLER_SKU, " MUG-01 ", ""));
    }

    @Test
    @DisplayName("PROD-05: a new product's description is the Amazon product name, else its code")
    void description() {
        assertEquals("Blue mug", HostCodes.description("  Blue mug ", "MUG-01"));
        assertEquals("MUG-01", HostCodes.description(" ", "MUG-01"));
        assertEquals("MUG-01", HostCodes.description(null, "MUG-01"));
    }
}
