package org.ecomhub.host.api;

/** A sales order group (ORD-04). */
public record SalesOrderGroup(String code, String name) {
    public SalesOrderGroup {
        Checks.code(code, "sales order group code");
        name = name == null ? code : name;
    }
}
