package org.ecomhub.host.api;

/** A code or number the host does not know: a product, customer, warehouse, order, tax code and so on. */
public class UnknownReferenceException extends HostException {

    private static final long serialVersionUID = 1L;

    /** What kind of thing was referred to. */
    public enum Kind {
        PRODUCT, CUSTOMER, WAREHOUSE, SALES_ORDER, ORDER_LINE, TAX_CODE, SALES_ORDER_GROUP, SALES_ACCOUNT,
        SELL_PRICE_TIER, CURRENCY, BATCH, SERIAL_NUMBER
    }

    private final Kind kind;
    private final String reference;

    public UnknownReferenceException(Kind kind, String reference) {
        super("unknown " + kind.name().toLowerCase().replace('_', ' ') + " '" + reference + "'");
        this.kind = kind;
        this.reference = reference;
    }

    public Kind kind() {
        return kind;
    }

    /** The code or number that is unknown, as the caller gave it. */
    public String reference() {
        return reference;
    }
}
