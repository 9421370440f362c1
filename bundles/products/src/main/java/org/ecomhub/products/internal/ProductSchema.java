package org.ecomhub.products.internal;

import java.util.List;
import org.ecomhub.schema.Migration;

/** The product mapping table, migrated with SchemaMigrator under the component name {@value #COMPONENT}. */
final class ProductSchema {

    static final String COMPONENT = "org.ecomhub.products";
    static final String MAPPING = "ECOMHUB_PRODUCT_MAPPING";

    static final List<Migration> MIGRATIONS = List.of(
            Migration.of("product mappings per store: SKU, ASIN, host product, marketplace, channel, lead time",
                    "CREATE TABLE IF NOT EXISTS " + MAPPING + " ("
                            + "STORE_ALIAS VARCHAR(8) NOT NULL, "
                            + "SELLER_SKU VARCHAR(200) NOT NULL, "
                            + "ASIN VARCHAR(20) NOT NULL, "
                            + "HOST_PRODUCT_CODE VARCHAR(200) NOT NULL, "
                            + "MARKETPLACE_ID VARCHAR(20) NOT NULL, "
                            + "CHANNEL VARCHAR(3) NOT NULL, "
                            + "LEAD_TIME_DAYS INT NOT NULL, "
                            + "PRIMARY KEY (STORE_ALIAS, SELLER_SKU))",
                    "CREATE INDEX IF NOT EXISTS " + MAPPING + "_ASIN ON " + MAPPING + " (ASIN)",
                    "CREATE INDEX IF NOT EXISTS " + MAPPING + "_HOST ON " + MAPPING + " (HOST_PRODUCT_CODE)"));

    private ProductSchema() {
    }
}
