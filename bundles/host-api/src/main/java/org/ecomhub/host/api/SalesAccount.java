package org.ecomhub.host.api;

/** A sales account of the host's chart of accounts (TAX-04). */
public record SalesAccount(String code, String name) {
    public SalesAccount {
        Checks.code(code, "sales account code");
        name = name == null ? code : name;
    }
}
