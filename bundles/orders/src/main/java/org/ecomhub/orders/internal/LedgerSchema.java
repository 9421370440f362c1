package org.ecomhub.orders.internal;

import java.util.List;
import org.ecomhub.schema.Migration;

/**
 * The orders bundle's tables. The ledger is unique on seller + Amazon order id and is never deleted with a store
 * (STORE-05, ORD-10). No column holds buyer data (ORD-09). Times are epoch milliseconds on the Clock.
 */
final class LedgerSchema {

    static final String COMPONENT = "org.ecomhub.orders";

    private LedgerSchema() {
    }

    static List<Migration> migrations() {
        return List.of(Migration.of("order ledger, reserve, coverage, item cancellations, manual batches",
                "CREATE TABLE IF NOT EXISTS AMZ_ORDER_LEDGER ("
                        + "SELLER_ID VARCHAR(32) NOT NULL, ORDER_ID VARCHAR(64) NOT NULL, STORE_ALIAS VARCHAR(8) NOT NULL, "
                        + "REGION VARCHAR(4) NOT NULL, CHANNEL VARCHAR(3) NOT NULL, STATE VARCHAR(10) NOT NULL, "
                        + "AMAZON_STATUS VARCHAR(32), HOST_ORDER VARCHAR(200), HOST_REFERENCE VARCHAR(200), "
                        + "LAST_ERROR VARCHAR(1000), ATTEMPTS INTEGER DEFAULT 0 NOT NULL, "
                        + "CANCEL_DONE BOOLEAN DEFAULT FALSE NOT NULL, CREATED_AT BIGINT, UPDATED_AT BIGINT NOT NULL, "
                        + "PRIMARY KEY (SELLER_ID, ORDER_ID))",
                "CREATE INDEX IF NOT EXISTS AMZ_ORDER_LEDGER_STATE ON AMZ_ORDER_LEDGER (SELLER_ID, REGION, STATE)",
                "CREATE TABLE IF NOT EXISTS AMZ_ORDER_RESERVE ("
                        + "SELLER_ID VARCHAR(32) NOT NULL, REGION VARCHAR(4) NOT NULL, ORDER_ID VARCHAR(64) NOT NULL, "
                        + "SKU VARCHAR(200) NOT NULL, QUANTITY DECIMAL(18,6) NOT NULL, "
                        + "PRIMARY KEY (SELLER_ID, ORDER_ID, SKU))",
                "CREATE TABLE IF NOT EXISTS AMZ_ORDER_ITEM_CANCEL ("
                        + "SELLER_ID VARCHAR(32) NOT NULL, ORDER_ID VARCHAR(64) NOT NULL, ITEM_ID VARCHAR(64) NOT NULL, "
                        + "PRIMARY KEY (SELLER_ID, ORDER_ID, ITEM_ID))",
                "CREATE TABLE IF NOT EXISTS AMZ_ORDER_COVERAGE ("
                        + "SELLER_ID VARCHAR(32) NOT NULL, STORE_ALIAS VARCHAR(8) NOT NULL, COVERED_UNTIL BIGINT NOT NULL, "
                        + "PRIMARY KEY (SELLER_ID, STORE_ALIAS))",
                "CREATE TABLE IF NOT EXISTS AMZ_ORDER_IMPORT_BATCH ("
                        + "STORE_ALIAS VARCHAR(8) NOT NULL PRIMARY KEY, LAST_FULL_BATCH BIGINT NOT NULL)"),
                Migration.of("shipment confirmations (SHIP-01) and the host dispatch cursor per poll group",
                        "CREATE TABLE IF NOT EXISTS AMZ_SHIPMENT ("
                                + "SELLER_ID VARCHAR(32) NOT NULL, DISPATCH_ID VARCHAR(200) NOT NULL, "
                                + "ORDER_ID VARCHAR(64) NOT NULL, STATE VARCHAR(10) NOT NULL, UPDATED_AT BIGINT NOT NULL, "
                                + "PRIMARY KEY (SELLER_ID, DISPATCH_ID, ORDER_ID))",
                        "CREATE TABLE IF NOT EXISTS AMZ_DISPATCH_CURSOR ("
                                + "SELLER_ID VARCHAR(32) NOT NULL, REGION VARCHAR(4) NOT NULL, CURSOR_SEQ BIGINT NOT NULL, "
                                + "PRIMARY KEY (SELLER_ID, REGION))"),
                Migration.of("orders report line keys mapped to item ids (ORD-10, FACTS 12)",
                        "CREATE TABLE IF NOT EXISTS AMZ_REPORT_LINE ("
                                + "SELLER_ID VARCHAR(32) NOT NULL, ORDER_ID VARCHAR(64) NOT NULL, "
                                + "REPORT_KEY VARCHAR(250) NOT NULL, ITEM_ID VARCHAR(64), "
                                + "PRIMARY KEY (SELLER_ID, ORDER_ID, REPORT_KEY))"),
                Migration.of("dispatches waiting for their shipment confirmation (SHIP-01), kept while a store is OFF",
                        "CREATE TABLE IF NOT EXISTS AMZ_SHIPMENT_QUEUE ("
                                + "SELLER_ID VARCHAR(32) NOT NULL, REGION VARCHAR(4) NOT NULL, "
                                + "DISPATCH_ID VARCHAR(200) NOT NULL, ORDER_ID VARCHAR(64) NOT NULL, "
                                + "STORE_ALIAS VARCHAR(8) NOT NULL, HOST_ORDER VARCHAR(200) NOT NULL, "
                                + "CARRIER VARCHAR(200) NOT NULL, TRACKING VARCHAR(200), SHIP_DATE VARCHAR(10) NOT NULL, "
                                + "RECORDED_AT BIGINT NOT NULL, SEQ BIGINT NOT NULL, LINES VARCHAR(8000) NOT NULL, "
                                + "PRIMARY KEY (SELLER_ID, DISPATCH_ID, ORDER_ID))"));
    }
}
