package org.ecomhub.orders.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ecomhub.host.api.SalesOrder;
import org.ecomhub.orders.internal.LedgerEntry.State;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ORD-10 crash points for real: the importer runs in a child JVM that halts ({@code Runtime.halt}) at a named point
 * between two side effects; this JVM then opens the same database files, runs the next poll, and finds every order
 * once in the host, invoiced once, and imported in the ledger.
 */
class CrashInChildJvmTest {

    @TempDir
    Path dir;

    private int child(String... args) throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<String> cmd = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                CrashChild.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child-" + args[0] + ".log").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "child finished");
        return p.exitValue();
    }

    @ParameterizedTest(name = "ORD-10: child JVM halted {0} (consolidated={1}); restarted, nothing lost or doubled")
    @CsvSource({
            CrashPoints.AFTER_HOST_CREATE + ", false",
            CrashPoints.AFTER_INVOICE + ", false",
            CrashPoints.AFTER_LEDGER_WRITE + ", false",
            CrashPoints.BEFORE_WATERMARK + ", false",
            CrashPoints.AFTER_HOST_CREATE + ", true",
            CrashPoints.AFTER_APPEND + ", true"})
    void haltAndRestart(String point, boolean consolidated) throws Exception {
        assertEquals(0, child("seed", dir.toString()));
        assertEquals(CrashChild.HALTED, child("run", dir.toString(), point, String.valueOf(consolidated)),
                "the child halted at " + point);

        Harness h = new Harness(dir, false);
        CrashChild.orders(h);
        TestStore store = CrashChild.store(consolidated);
        h.poll(store);
        h.clock.step(Duration.ofMinutes(5));
        h.poll(store);
        for (String id : CrashChild.ids()) {
            assertEquals(State.IMPORTED, h.ledger(id).state(), id);
        }
        List<SalesOrder> orders = h.hostOrders();
        if (consolidated) {
            assertEquals(1, orders.size());
            assertEquals(6, orders.get(0).lines().size(), "two lines per Amazon order, once each");
            assertEquals(new java.math.BigDecimal("96.00"), orders.get(0).total().amount());
        } else {
            assertEquals(CrashChild.ids(), orders.stream().map(SalesOrder::externalReference).sorted().toList());
            for (SalesOrder o : orders) {
                assertTrue(h.accounting.findInvoice(o.orderNumber()).isPresent(), "PROD-06 invoiced " + o.orderNumber());
            }
        }
    }
}
