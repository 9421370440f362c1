package org.ecomhub.amazon.api.settings;

/** Who fulfils an order: the merchant (Amazon MERCHANT / MFN) or Amazon (AMAZON / AFN). */
public enum FulfilmentChannel {
    FBM("org.ecomhub.amazon.orders.fbm"),
    FBA("org.ecomhub.amazon.orders.fba");

    private final String ordersPid;

    FulfilmentChannel(String ordersPid) {
        this.ordersPid = ordersPid;
    }

    /** The factory PID of this channel's order settings. */
    public String ordersPid() {
        return ordersPid;
    }
}
