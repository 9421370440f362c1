package org.ecomhub.amazon.api.products;

import java.util.Objects;
import org.ecomhub.amazon.api.settings.FulfilmentChannel;

/**
 * What an Amazon order line says about its product: enough to find or create the host product.
 *
 * @param sellerSku the line's SellerSKU
 * @param asin      the line's ASIN
 * @param title     Amazon's product name, the description of a new host product (PROD-05)
 * @param channel   how the order is fulfilled
 */
public record OrderedProduct(String sellerSku, String asin, String title, FulfilmentChannel channel) {

    public OrderedProduct {
        Objects.requireNonNull(sellerSku, "sellerSku");
        asin = asin == null ? "" : asin;
        title = title == null ? "" : title;
        Objects.requireNonNull(channel, "channel");
    }
}
