package org.ecomhub.amazon.api.stock;

import java.util.List;
import org.ecomhub.amazon.api.settings.StoreConfiguration;
import org.ecomhub.amazon.api.spapi.SellingPartnerClient;
import org.osgi.annotation.versioning.ProviderType;

/** FBA-01: Amazon's fulfillable FBA stock beside the host's FBA warehouse stock. Read only. */
@ProviderType
public interface FbaStock {

    /**
     * One line per FBA SKU Amazon reports for the store's marketplace, or that the store maps as FBA, ordered by
     * SKU.
     */
    List<FbaStockLine> compare(StoreConfiguration store, SellingPartnerClient client);
}
