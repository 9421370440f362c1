package org.ecomhub.amazon.api.products;

/**
 * An order line names a SKU the host has no product for, and the store may not create one (PROD-01 off): the
 * order cannot import until the product exists or creation is switched on (ORD-11).
 */
public class UnknownSkuException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String store;
    private final String sellerSku;

    public UnknownSkuException(String store, String sellerSku, String hostCode) {
        super("store " + store + ": no host product '" + hostCode + "' for SKU " + sellerSku
                + " and creating products on import is off");
        this.store = store;
        this.sellerSku = sellerSku;
    }

    public String store() {
        return store;
    }

    public String sellerSku() {
        return sellerSku;
    }
}
