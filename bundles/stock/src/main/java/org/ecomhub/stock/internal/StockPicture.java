package org.ecomhub.stock.internal;

import java.math.BigDecimal;
import java.util.Optional;
import org.ecomhub.host.api.BillOfMaterials;

/** The host's stock as the availability maths sees it: one consistent read, no calls behind it. */
interface StockPicture {

    /** On hand − allocated of a product in a warehouse; negative when over-allocated, zero when never stocked. */
    BigDecimal available(String productCode, String warehouseCode);

    /** The product's bill of materials, if it has one. */
    Optional<BillOfMaterials> bill(String productCode);
}
