package org.ecomhub.amazon.api.settings;

/** Whether restricted buyer data is asked of Amazon for a store's orders (ORD-09). */
public enum BuyerDetails {
    /** Nothing restricted is asked for: no buyer, no delivery address; orders go to guest customers. */
    NONE,
    /** Buyer and recipient are read with the order, used for the host order only, never stored by the plugin. */
    RESTRICTED
}
