package org.ecomhub.amazon.api.spapi;

import java.net.URI;

/** An SP-API region: one production host and one sandbox host (FACTS §1). */
public enum Region {
    NA("https://sellingpartnerapi-na.amazon.com", "https://sandbox.sellingpartnerapi-na.amazon.com"),
    EU("https://sellingpartnerapi-eu.amazon.com", "https://sandbox.sellingpartnerapi-eu.amazon.com"),
    FE("https://sellingpartnerapi-fe.amazon.com", "https://sandbox.sellingpartnerapi-fe.amazon.com");

    private final URI production;
    private final URI sandbox;

    Region(String production, String sandbox) {
        this.production = URI.create(production);
        this.sandbox = URI.create(sandbox);
    }

    /** Amazon's production host for this region. */
    public URI endpoint() {
        return production;
    }

    /** Amazon's static sandbox host for this region. */
    public URI sandboxEndpoint() {
        return sandbox;
    }
}
