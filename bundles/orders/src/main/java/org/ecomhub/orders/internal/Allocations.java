package org.ecomhub.orders.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ecomhub.amazon.api.settings.OrderSettings.NumberAssignment;
import org.ecomhub.host.api.Batch;
import org.ecomhub.host.api.CompanySettings;
import org.ecomhub.host.api.Inventory;
import org.ecomhub.host.api.LineAllocation;
import org.ecomhub.host.api.NewOrderLine;
import org.ecomhub.host.api.Product;
import org.ecomhub.host.api.ProductCatalog;
import org.ecomhub.host.api.SerialNumber;

/**
 * ORD-07: the oldest batches (FIFO by batch date) and the oldest serial numbers held in the order's warehouse, for
 * the lines of batch-tracked or serialised products, when the store assigns them and the host has the feature on.
 * Where stock does not cover a line, it gets no allocation and the host refuses completion (then Backordered, ORD-05).
 */
final class Allocations {

    private Allocations() {
    }

    static List<LineAllocation> assign(NumberAssignment assign, CompanySettings company, ProductCatalog catalog,
            Inventory inventory, String warehouse, List<NewOrderLine> lines) {
        List<LineAllocation> out = new ArrayList<>();
        if (assign == NumberAssignment.DISABLED) {
            return out;
        }
        for (NewOrderLine line : lines) {
            Optional<Product> product = catalog.findProduct(line.productCode());
            if (product.isEmpty()) {
                continue;
            }
            List<LineAllocation.BatchQuantity> batches = List.of();
            List<String> serials = List.of();
            if (assign.batches() && company.batchTracking() && product.get().batchTracked()) {
                batches = oldestBatches(inventory.batches(line.productCode(), warehouse), line.quantity());
                if (batches.isEmpty()) {
                    continue;
                }
            }
            if (assign.serials() && company.serialisedProducts() && product.get().serialised()) {
                serials = oldestSerials(inventory.serialNumbers(line.productCode(), warehouse), line.quantity());
                if (serials.isEmpty()) {
                    continue;
                }
            }
            if (!batches.isEmpty() || !serials.isEmpty()) {
                out.add(new LineAllocation(line.externalReference(), batches, serials));
            }
        }
        return out;
    }

    /** Batches oldest first until the quantity is covered; empty if the warehouse has too little. */
    static List<LineAllocation.BatchQuantity> oldestBatches(List<Batch> held, BigDecimal needed) {
        List<LineAllocation.BatchQuantity> taken = new ArrayList<>();
        BigDecimal left = needed;
        List<Batch> sorted = new ArrayList<>(held);
        sorted.sort(Comparator.comparing(Batch::batchDate).thenComparing(Batch::batchNumber));
        for (Batch b : sorted) {
            if (left.signum() <= 0) {
                break;
            }
            if (b.quantity().signum() > 0) {
                BigDecimal take = b.quantity().min(left);
                taken.add(new LineAllocation.BatchQuantity(b.batchNumber(), take));
                left = left.subtract(take);
            }
        }
        return left.signum() > 0 ? List.of() : taken;
    }

    /** The first serial numbers in receipt order; empty if the warehouse has too few. */
    static List<String> oldestSerials(List<SerialNumber> held, BigDecimal needed) {
        List<SerialNumber> sorted = new ArrayList<>(held);
        sorted.sort(Comparator.comparing(SerialNumber::receivedAt));
        int n = needed.intValueExact();
        return sorted.size() < n ? List.of() : sorted.subList(0, n).stream().map(SerialNumber::serial).toList();
    }
}
