package org.ecomhub.amazon.api.spapi.model;

/** Restricted buyer data (includedData=BUYER). Never logged: {@link #toString()} hides every value. */
public record Buyer(String name, String email, String companyName, String purchaseOrderNumber) {
    @Override
    public String toString() {
        return "Buyer[<restricted>]";
    }
}
