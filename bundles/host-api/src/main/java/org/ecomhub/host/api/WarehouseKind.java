package org.ecomhub.host.api;

/** Whose warehouse it is (STK-02): the seller's own, or Amazon's (FBA), whose stock is never exported. */
public enum WarehouseKind {
    OWN, FBA
}
