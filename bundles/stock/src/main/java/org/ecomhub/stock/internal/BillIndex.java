package org.ecomhub.stock.internal;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecomhub.host.api.BillOfMaterials;

/** Which products' availability depends on which others through auto-assemble bills (STK-03 with STK-06). */
final class BillIndex {

    private final Map<String, BillOfMaterials> bills;
    private final Map<String, Set<String>> usedBy = new HashMap<>();

    BillIndex(Map<String, BillOfMaterials> bills) {
        this.bills = bills;
        for (BillOfMaterials bill : bills.values()) {
            if (bill.autoAssemble()) {
                for (BillOfMaterials.Component c : bill.components()) {
                    usedBy.computeIfAbsent(c.productCode(), k -> new HashSet<>()).add(bill.productCode());
                }
            }
        }
    }

    /** The changed products and every product that can be assembled from them, at any level. */
    Set<String> withAssembliesUsing(Collection<String> changed) {
        return walk(changed, p -> usedBy.getOrDefault(p, Set.of()));
    }

    /** The products and everything their auto-assemble bills are built from, at any level. */
    Set<String> withComponents(Collection<String> products) {
        return walk(products, p -> {
            BillOfMaterials bill = bills.get(p);
            return bill == null || !bill.autoAssemble() ? List.of()
                    : bill.components().stream().map(BillOfMaterials.Component::productCode).toList();
        });
    }

    private static Set<String> walk(Collection<String> start, java.util.function.Function<String, Collection<String>> next) {
        Set<String> seen = new HashSet<>(start);
        Deque<String> todo = new ArrayDeque<>(start);
        while (!todo.isEmpty()) {
            for (String n : next.apply(todo.pop())) {
                if (seen.add(n)) {
                    todo.push(n);
                }
            }
        }
        return seen;
    }
}
