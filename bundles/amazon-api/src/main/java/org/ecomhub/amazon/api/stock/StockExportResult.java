package org.ecomhub.amazon.api.stock;

import java.util.List;

/**
 * What a stock export did.
 *
 * @param considered SKUs whose quantity was computed
 * @param sent       SKUs sent to Amazon (those whose quantity differed from the last accepted, or all on a full run)
 * @param accepted   SKUs Amazon accepted; their quantity is recorded
 * @param rejected   SKUs Amazon refused; sent again next time
 * @param feedIds    the JSON_LISTINGS_FEEDs submitted; empty when single patches were used or nothing was sent
 */
public record StockExportResult(int considered, int sent, int accepted, int rejected, List<String> feedIds) {

    public StockExportResult {
        feedIds = List.copyOf(feedIds);
    }

    public String summary() {
        return sent + " of " + considered + " SKUs sent" + (feedIds.isEmpty() ? "" : " in feed " + String.join(", ", feedIds))
                + ": " + accepted + " accepted, " + rejected + " rejected";
    }
}
