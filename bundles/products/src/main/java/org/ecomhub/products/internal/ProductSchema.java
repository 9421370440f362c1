package org.ecomhub.products.internal;

import java.util.List;
import org.ecomhub.schema.Migration;

/** The product mapping table, migrated with SchemaMigrator under the component name {@value #COMPONENT}. */
final class ProductSchema {

    static final String COMPONENT = "org.ecomhub.products";
    static final String MAPPING = "ECOMHUB_PRODUCT_MAPPING";
    /** What each store's last product import found (STK-02 asks whether it found an FBM listing). */
    static final String LAST_IMPORT = "ECOMHUB_PRODUCT_LAST_IMPORT";

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
                    "CREATE INDEX IF NOT EXISTS " + MAPPING + "_HOST ON " + MAPPING + " (HOST_PRODUCT_CODE)"),
            Migration.of("the last product import of each store",
                    "CREATE TABLE IF NOT EXISTS " + LAST_IMPORT + " ("
                            + "STORE_ALIAS VARCHAR(8) NOT NULL PRIMARY KEY, "
                            + "LISTINGS INT NOT NULL, "
                            + "FBM_LISTINGS INT NOT NULL)"));

    private ProductSchema() {
    }
}
