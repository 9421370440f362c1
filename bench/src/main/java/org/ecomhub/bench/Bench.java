package org.ecomhub.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ecomhub.orders.internal.OrderBenchmarks;
import org.ecomhub.stock.internal.StockBenchmark;

/**
 * Runs the benchmarks side by side, prints a table and writes it as JSON and Markdown under bench/target.
 * Arguments: {@code --orders N --skus N --speed S --paging-speed S --pipeline-orders N --polls N}.
 */
public final class Bench {

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        int orders = intArg(args, "--orders", 10_000);
        int skus = intArg(args, "--skus", 50_000);
        double speed = intArg(args, "--speed", 60);
        double pagingSpeed = intArg(args, "--paging-speed", 600);
        int pipelineOrders = intArg(args, "--pipeline-orders", 2_000);
        int polls = intArg(args, "--polls", 5);
        Path target = Path.of(System.getProperty("bench.target", "bench/target"));
        Path work = Files.createDirectories(target.resolve("work"));
        List<Row> rows = new ArrayList<>();
        OrderBenchmarks o = new OrderBenchmarks(work);

        String only = stringArg(args, "--only", "backfill,paging,polling,stock,pipeline,demo");

        if (only.contains("backfill")) {
            progress("order back-fill, plugin");
            rows.add(o.backfillPlugin(orders, speed));
            rows.add(Computed.naiveV0(orders));
        }
        if (only.contains("paging")) {
            progress("order back-fill, searchOrders paging alone");
            rows.add(o.searchOrdersAlone(orders, pagingSpeed, false));
            progress("order back-fill, RESTRICTED (searchOrders with buyer details)");
            rows.add(o.searchOrdersAlone(orders, pagingSpeed, true));
        }
        if (only.contains("polling")) {
            progress("steady polling");
            rows.add(o.steadyPolling(speed, polls));
        }
        if (only.contains("stock")) {
            progress("stock push");
            rows.add(StockBenchmark.run(work, skus, speed));
            rows.add(Computed.patchPerSku(skus));
        }
        if (only.contains("pipeline")) {
            progress("host-side pipeline");
            rows.addAll(o.pipelineVsDirect(pipelineOrders));
        }

        if (only.contains("demo")) {
            progress("demo start vs bare Felix");
            rows.addAll(new DemoStart(Path.of("bndrun/target/ecomhub-demo.jar").toAbsolutePath(),
                    Path.of("bndrun/demo/conf").toAbsolutePath(), work.toAbsolutePath())
                    .run(intArg(args, "--start-rounds", 3)));
        }

        String settings = Sandbox.settingsText();
        String table = Report.table(rows, settings);
        System.out.println();
        System.out.println(table);
        Files.writeString(target.resolve("bench-results.json"), Report.json(rows, settings));
        Files.writeString(target.resolve("bench-table.md"), table);
        System.out.println("written: " + target.resolve("bench-results.json") + ", " + target.resolve("bench-table.md"));
    }

    private static void progress(String what) {
        System.out.println("[bench] " + what + " ...");
    }

    private static String stringArg(String[] args, String name, String dflt) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return dflt;
    }

    private static int intArg(String[] args, String name, int dflt) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return dflt;
    }
}
