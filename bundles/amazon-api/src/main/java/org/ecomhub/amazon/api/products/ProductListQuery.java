package org.ecomhub.amazon.api.products;

/**
 * Which page of the product list to show (LIST-01/02).
 *
 * @param store  only this store's products; empty for every store
 * @param search only SKUs or ASINs containing this text, ignoring case; empty for all
 * @param offset rows to skip, not negative
 * @param limit  rows per page, 1..500
 */
public record ProductListQuery(String store, String search, int offset, int limit) {

    public static final int MAX_LIMIT = 500;

    public ProductListQuery {
        store = store == null ? "" : store.trim();
        search = search == null ? "" : search.trim();
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, got " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", got " + limit);
        }
    }

    /** The first page of every store's products. */
    public static ProductListQuery firstPage(int limit) {
        return new ProductListQuery("", "", 0, limit);
    }
}
