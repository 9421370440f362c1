package org.ecomhub.stock.internal;

/** A quantity to send for a SKU, through the marketplace of the store that owns it. */
record QuantityUpdate(String sku, long quantity, String marketplaceId) {
}
