package org.ecomhub.host.api;

import java.util.List;
import java.util.Optional;

/**
 * A product as the host holds it.
 *
 * @param code          the unique product code (the plugin maps it from the Seller SKU or ASIN, PROD-03)
 * @param description   the product's description (PROD-05: the Amazon product name for new products)
 * @param details       further details the plugin may overwrite (PROD-04)
 * @param batchTracked  stock is held in batches; completing an order needs batch numbers (ORD-07)
 * @param serialised    every unit has a serial number; completing an order needs serial numbers (ORD-07)
 * @param autoAssemble  the product has a bill of materials marked "can auto assemble" (STK-03)
 * @param sellPrices    the prices the product has, one per tier at most
 */
public record Product(String code, String description, ProductDetails details, boolean batchTracked,
                      boolean serialised, boolean autoAssemble, List<SellPrice> sellPrices) {

    public Product {
        Checks.code(code, "product code");
        Checks.code(description, "description");
        details = details == null ? ProductDetails.NONE : details;
        sellPrices = Checks.list(sellPrices, "sell prices");
    }

    /** The product's price in a tier, if it has one. */
    public Optional<Money> sellPrice(String tierCode) {
        return sellPrices.stream().filter(p -> p.tierCode().equals(tierCode)).map(SellPrice::price).findFirst();
    }
}
