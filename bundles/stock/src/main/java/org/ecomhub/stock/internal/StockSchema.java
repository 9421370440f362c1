package org.ecomhub.stock.internal;

import java.util.List;
import org.ecomhub.schema.Migration;

/** The stock export's tables, migrated with SchemaMigrator under the component name {@value #COMPONENT}. */
final class StockSchema {

    static final String COMPONENT = "org.ecomhub.stock";
    /** The last quantity Amazon accepted per SKU of a seller and region (STK-06, STK-07). */
    static final String ACCEPTED = "ECOMHUB_STOCK_ACCEPTED";
    /** SKUs Amazon rejected, sent again on the next run. */
    static final String RETRY = "ECOMHUB_STOCK_RETRY";
    /** Per seller and region: the host's stock event cursor of the last finished export, and the settings it used. */
    static final String CURSOR = "ECOMHUB_STOCK_CURSOR";

    static final List<Migration> MIGRATIONS = List.of(
            Migration.of("accepted quantities, rejected SKUs and event cursors per seller and region",
                    "CREATE TABLE IF NOT EXISTS " + ACCEPTED + " ("
                            + "SELLER_ID VARCHAR(20) NOT NULL, "
                            + "REGION VARCHAR(2) NOT NULL, "
                            + "SELLER_SKU VARCHAR(200) NOT NULL, "
                            + "QUANTITY BIGINT NOT NULL, "
                            + "ACCEPTED_AT TIMESTAMP WITH TIME ZONE NOT NULL, "
                            + "PRIMARY KEY (SELLER_ID, REGION, SELLER_SKU))",
                    "CREATE TABLE IF NOT EXISTS " + RETRY + " ("
                            + "SELLER_ID VARCHAR(20) NOT NULL, "
                            + "REGION VARCHAR(2) NOT NULL, "
                            + "SELLER_SKU VARCHAR(200) NOT NULL, "
                            + "PRIMARY KEY (SELLER_ID, REGION, SELLER_SKU))",
                    "CREATE TABLE IF NOT EXISTS " + CURSOR + " ("
                            + "SELLER_ID VARCHAR(20) NOT NULL, "
                            + "REGION VARCHAR(2) NOT NULL, "
                            + "EVENT_CURSOR BIGINT NOT NULL, "
                            + "SETTINGS_KEY VARCHAR(4000) NOT NULL, "
                            + "PRIMARY KEY (SELLER_ID, REGION))"));

    private StockSchema() {
    }
}
