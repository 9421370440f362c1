package org.ecomhub.amazon.api.stock;

import java.math.BigDecimal;

/**
 * One SKU of FBA-01.
 *
 * @param sellerSku       Amazon's SellerSKU
 * @param asin            the ASIN, empty when unknown
 * @param hostProductCode the mapped host product, empty when the SKU is not mapped
 * @param amazonFulfillable what Amazon can ship now
 * @param hostFbaStock    on hand − allocated in the host's FBA warehouses (the store's FBA order warehouse, else all)
 * @param difference      host − Amazon: positive when the host believes in more units than Amazon has
 */
public record FbaStockLine(String sellerSku, String asin, String hostProductCode, long amazonFulfillable,
        BigDecimal hostFbaStock, BigDecimal difference) {
}
