package org.ecomhub.host.api;

/**
 * What the plugin asks the host to create (PROD-01). New products are neither batch-tracked nor serialised and
 * have no bill of materials: those are the host's own decisions, taken by people.
 *
 * @param code        the unique product code
 * @param description the description, not blank
 * @param details     further details, {@link ProductDetails#NONE} when none
 */
public record NewProduct(String code, String description, ProductDetails details) {
    public NewProduct {
        Checks.code(code, "product code");
        Checks.code(description, "description");
        details = details == null ? ProductDetails.NONE : details;
    }
}
