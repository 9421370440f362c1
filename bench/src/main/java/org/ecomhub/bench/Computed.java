package org.ecomhub.bench;

/**
 * Figures for patterns the plugin does not use, computed from Amazon's published default usage plans with a token
 * bucket (n calls at rate r and burst b take (n - b) / r seconds at best). The simulator does not serve Orders v0
 * getOrders/getOrderItems, and 50,000 single patches would hold the machine for minutes to show what arithmetic
 * shows; these rows say "computed".
 */
final class Computed {
    private Computed() {
    }

    /** (b) Orders v0: getOrders pages of 100 (0.0167/s, burst 20) plus one getOrderItems per order (0.5/s, burst 30). */
    static Row naiveV0(int orders) {
        long pages = (orders + 99) / 100;
        double pageSeconds = bucketSeconds(pages, 0.0167, 20);
        double itemSeconds = bucketSeconds(orders, 0.5, 30);
        double sim = Math.max(pageSeconds, itemSeconds) / 60; // separate buckets overlap
        return new Row("order back-fill " + orders, "(b) naive: Orders v0, one getOrderItems per order", 0,
                pages + orders, sim, -1, pages + " getOrders + " + orders + " getOrderItems", "-", "computed",
                "published plans getOrders 0.0167/s burst 20, getOrderItems 0.5/s burst 30");
    }

    /** One patchListingsItem per SKU (5/s, burst 5). */
    static Row patchPerSku(int skus) {
        return new Row("stock push " + skus + " SKUs", "one patchListingsItem per SKU", 0, skus,
                bucketSeconds(skus, 5, 5) / 60, -1, skus + " patches", "-", "computed",
                "published plan patchListingsItem 5/s burst 5");
    }

    static double bucketSeconds(long calls, double rate, double burst) {
        return Math.max(0, (calls - burst) / rate);
    }
}
