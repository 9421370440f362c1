package org.ecomhub.amazon.api.stock;

import org.ecomhub.amazon.api.spapi.SellingPartnerClient;
import org.ecomhub.amazon.api.store.Progress;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Sends the quantities of a seller and region to Amazon: one feed (or a handful of single patches) for every store
 * of the group, each SKU exported by the store that owns it (STK-07). Calls Amazon, so it runs in jobs.
 */
@ProviderType
public interface StockExporter {

    /**
     * Computes and sends quantities (STK-01/02/03/04/08): a full run sends every mapped merchant-fulfilled SKU
     * (DATA-02); a scheduled run sends only SKUs whose quantity differs from the last accepted one, found through
     * the host's stock change events and earlier rejections (STK-06). Reads the processing report: accepted
     * quantities are recorded, rejected SKUs go to the connection log and are sent again next time.
     *
     * @throws org.ecomhub.amazon.api.spapi.SpApiException       when Amazon fails; nothing is recorded as accepted
     * @throws org.ecomhub.amazon.api.store.JobCancelledException when the progress says stop
     */
    StockExportResult export(StockExportRequest request, SellingPartnerClient client, Progress progress);
}
