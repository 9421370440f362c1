package org.ecomhub.host.api;

import java.util.Objects;

/** A host warehouse; {@code code} is unique. */
public record Warehouse(String code, String name, WarehouseKind kind) {
    public Warehouse {
        Checks.code(code, "warehouse code");
        Checks.code(name, "warehouse name");
        Objects.requireNonNull(kind, "kind");
    }
}
