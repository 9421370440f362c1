package org.ecomhub.orders.internal;

import static org.ecomhub.orders.internal.AmazonOrders.item;
import static org.ecomhub.orders.internal.AmazonOrders.order;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.ecomhub.amazon.api.settings.FulfilmentChannel;
import org.ecomhub.amazon.api.settings.OrderSettings;
import org.ecomhub.amazon.api.settings.ProductSettings;
import org.ecomhub.amazon.api.spapi.Marketplace;
import org.ecomhub.host.api.IdempotencyKey;
import org.ecomhub.host.api.NewCustomer;

/**
 * The importer in a child JVM for {@link CrashInChildJvmTest}: {@code seed <dir>} prepares the databases,
 * {@code run <dir> <point> <consolidated>} polls and halts the JVM ({@code Runtime.halt}, no shutdown hooks, no
 * cleanup) when it reaches the point.
 */
public final class CrashChild {

    static final int HALTED = 77;

    private CrashChild() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[1]);
        if (args[0].equals("seed")) {
            Harness h = new Harness(dir, true);
            h.admin.setCompanySettings(true, true, true);
            h.customers.createCustomer(IdempotencyKey.of("seed"), new NewCustomer("AMZ", "Amazon", null, "GBP", null));
            System.exit(0);
        }
        Harness h = new Harness(dir, false);
        String point = args[2];
        h.importer = h.newImporter(reached -> {
            if (reached.equals(point)) {
                Runtime.getRuntime().halt(HALTED);
            }
        });
        orders(h);
        h.poll(store(Boolean.parseBoolean(args[3])));
        System.exit(0);
    }

    /** The same Amazon orders in every JVM. */
    static void orders(Harness h) {
        var t = Harness.T0.minus(Duration.ofMinutes(30));
        for (int i = 1; i <= 3; i++) {
            h.amazon.put(order("202-" + i, Marketplace.UK.id(), "UNSHIPPED", "MERCHANT", t, t.plusSeconds(i),
                    item("I1", "MUG", 1, "GBP", "10.00", "ITEM", "10.00").build(),
                    item("I2", "MUG", 2, "GBP", "10.00", "ITEM", "20.00", "SHIPPING", "2.00").build()));
        }
    }

    static TestStore store(boolean consolidated) {
        TestStore s = TestStore.of("SHOP1", Marketplace.UK, Harness.T0.minus(Duration.ofHours(12)))
                .products(Map.of(ProductSettings.ACCOUNTING_INVOICE, !consolidated));
        return consolidated ? s.orders(FulfilmentChannel.FBM, Map.of(OrderSettings.IMPORT_OPTION, "SINGLE_CUSTOMER",
                OrderSettings.SINGLE_CUSTOMER, "AMZ", OrderSettings.SINGLE_CUSTOMER_MODE, "DAILY_CONSOLIDATED")) : s;
    }

    static List<String> ids() {
        return List.of("202-1", "202-2", "202-3");
    }
}
