package org.ecomhub.amazon.api.orders;

import java.math.BigDecimal;
import java.util.Map;
import org.ecomhub.amazon.api.spapi.Region;
import org.osgi.annotation.versioning.ProviderType;

/**
 * STK-08: the units of a seller's FBM orders in a region that Amazon holds but the host has not allocated yet
 * (pending, below the import-from status, deferred, failed). The stock export subtracts them.
 */
@ProviderType
public interface OrderReserve {

    /** Units per SellerSKU; SKUs with nothing reserved are absent. */
    Map<String, BigDecimal> reserved(String sellerId, Region region);
}
