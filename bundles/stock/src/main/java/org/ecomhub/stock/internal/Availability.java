package org.ecomhub.stock.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ecomhub.host.api.BillOfMaterials;

/**
 * The quantity a store offers on Amazon for one host product (STK-01, STK-03, STK-08). Pure: everything comes from
 * the arguments.
 */
final class Availability {

    /** Amazon takes an int; nobody sells more, and it bounds the search for what a bill can build. */
    static final long MAX_QUANTITY = 1_000_000_000L;

    private Availability() {
    }

    /**
     * STK-01/03/08: Σ over the warehouses of (on hand − allocated), over-allocated warehouses counting negative,
     * plus per warehouse what the product's auto-assemble bill can build when {@code includeCanAssemble}, minus
     * the units Amazon holds for orders the host has not allocated yet; whole units, never below 0.
     *
     * @param warehouses the store's stock warehouses, FBA warehouses already left out (STK-02)
     * @param reserve    STK-08's units, not negative
     */
    static long quantity(String productCode, StockPicture picture, Collection<String> warehouses,
            boolean includeCanAssemble, long reserve) {
        BigDecimal total = BigDecimal.ZERO;
        for (String warehouse : new HashSet<>(warehouses)) {
            total = total.add(picture.available(productCode, warehouse));
            if (includeCanAssemble) {
                total = total.add(BigDecimal.valueOf(canAssemble(productCode, warehouse, picture)));
            }
        }
        long units = total.setScale(0, RoundingMode.FLOOR).min(BigDecimal.valueOf(MAX_QUANTITY)).longValueExact();
        return Math.max(0, units - Math.max(0, reserve));
    }

    /**
     * STK-03: the most units of the product that one warehouse's available stock can build with its auto-assemble
     * bill. Components in stock are used before building them; an auto-assemble component may be built from its
     * own components, in whole units; each unit of stock is used once, however many lines or levels name it.
     *
     * @return 0 when the product has no auto-assemble bill
     */
    static long canAssemble(String productCode, String warehouse, StockPicture picture) {
        Optional<BillOfMaterials> bill = picture.bill(productCode);
        if (bill.isEmpty() || !bill.get().autoAssemble() || bill.get().components().isEmpty()) {
            return 0;
        }
        List<String> order = parentsFirst(productCode, picture);
        if (!canBuild(1, productCode, warehouse, order, picture)) {
            return 0;
        }
        long low = 1; // feasible
        long high = 2;
        while (high < MAX_QUANTITY && canBuild(high, productCode, warehouse, order, picture)) {
            low = high;
            high = Math.min(MAX_QUANTITY, high * 2);
        }
        if (high == MAX_QUANTITY && canBuild(high, productCode, warehouse, order, picture)) {
            return MAX_QUANTITY;
        }
        while (high - low > 1) { // low feasible, high not
            long mid = low + (high - low) / 2;
            if (canBuild(mid, productCode, warehouse, order, picture)) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /**
     * Whether {@code units} of the root can be built: demand flows down the bill in an order where every product
     * comes after all products that use it, so a component's whole demand (from every line and level) is known
     * before its stock is spent, and its stock is spent once.
     */
    private static boolean canBuild(long units, String root, String warehouse, List<String> parentsFirst,
            StockPicture picture) {
        Map<String, BigDecimal> demand = new HashMap<>();
        demand.put(root, BigDecimal.valueOf(units));
        for (String product : parentsFirst) {
            BigDecimal needed = demand.getOrDefault(product, BigDecimal.ZERO);
            if (needed.signum() == 0) {
                continue;
            }
            BigDecimal toBuild;
            if (product.equals(root)) {
                toBuild = needed; // the root's own stock is counted by STK-01 already
            } else {
                BigDecimal inStock = picture.available(product, warehouse).max(BigDecimal.ZERO);
                BigDecimal shortfall = needed.subtract(inStock);
                if (shortfall.signum() <= 0) {
                    continue;
                }
                if (!buildable(product, picture)) {
                    return false;
                }
                toBuild = shortfall.setScale(0, RoundingMode.CEILING); // assemblies come in whole units
            }
            for (BillOfMaterials.Component c : picture.bill(product).orElseThrow().components()) {
                demand.merge(c.productCode(), toBuild.multiply(c.quantity()), BigDecimal::add);
            }
        }
        return true;
    }

    private static boolean buildable(String product, StockPicture picture) {
        return picture.bill(product).map(b -> b.autoAssemble() && !b.components().isEmpty()).orElse(false);
    }

    /** The root and every product reachable through auto-assemble bills, each after all products that use it. */
    private static List<String> parentsFirst(String root, StockPicture picture) {
        List<String> postOrder = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Deque<Object[]> stack = new ArrayDeque<>(); // {product, expanded?}
        stack.push(new Object[] {root, false});
        while (!stack.isEmpty()) {
            Object[] top = stack.pop();
            String product = (String) top[0];
            if ((Boolean) top[1]) {
                postOrder.add(product);
                continue;
            }
            if (!seen.add(product)) {
                continue;
            }
            stack.push(new Object[] {product, true});
            if (product.equals(root) || buildable(product, picture)) {
                for (BillOfMaterials.Component c : picture.bill(product).orElseThrow().components()) {
                    if (!seen.contains(c.productCode())) {
                        stack.push(new Object[] {c.productCode(), false});
                    }
                }
            }
        }
        List<String> order = new ArrayList<>(postOrder.size());
        for (int i = postOrder.size() - 1; i >= 0; i--) {
            order.add(postOrder.get(i));
        }
        return order;
    }
}
