package org.ecomhub.stock.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.ecomhub.host.api.BillOfMaterials;
import org.ecomhub.host.api.BillOfMaterials.Component;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 6's figure: the quantity of every product of a large catalogue, as one full stock export computes it —
 * 100,000 products in 5 warehouses, 10 % of them kits with 2-level auto-assemble bills (a kit of components and
 * of a sub-assembly that is itself built from components), can-assemble included. One operation = the whole
 * catalogue. Runs in this package to reach the exporter's package-private maths; the stock picture is in memory,
 * so the figure is the maths alone, not the host reads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
public class AvailabilityBenchmark {

    @Param("100000")
    int products;

    @Param("5")
    int warehouses;

    private List<String> codes;
    private List<String> warehouseCodes;
    private StockPicture picture;

    @Setup
    public void buildCatalogue() {
        Random random = new Random(42);
        codes = new ArrayList<>(products);
        for (int i = 0; i < products; i++) {
            codes.add(String.format("P%06d", i));
        }
        warehouseCodes = new ArrayList<>();
        for (int w = 0; w < warehouses; w++) {
            warehouseCodes.add("W" + w);
        }
        Map<String, BigDecimal> available = new HashMap<>();
        for (String code : codes) {
            for (String w : warehouseCodes) {
                // some over-allocated (negative), most a few dozen units
                available.put(code + "|" + w, BigDecimal.valueOf(random.nextInt(60) - 5));
            }
        }
        Map<String, BillOfMaterials> bills = new HashMap<>();
        int kits = products / 10;
        for (int k = 0; k < kits; k++) {
            String kit = codes.get(k);
            String subAssembly = codes.get(kits + k); // itself auto-assemble: the second level
            String shared = codes.get(2 * kits + random.nextInt(products - 2 * kits)); // on both levels
            bills.put(subAssembly, new BillOfMaterials(subAssembly, true, List.of(
                    new Component(shared, BigDecimal.ONE),
                    new Component(codes.get(2 * kits + random.nextInt(products - 2 * kits)), BigDecimal.valueOf(2)))));
            bills.put(kit, new BillOfMaterials(kit, true, List.of(
                    new Component(subAssembly, BigDecimal.ONE),
                    new Component(shared, BigDecimal.ONE),
                    new Component(codes.get(2 * kits + random.nextInt(products - 2 * kits)), BigDecimal.valueOf(3)))));
        }
        picture = new StockPicture() {
            @Override
            public BigDecimal available(String productCode, String warehouseCode) {
                return available.getOrDefault(productCode + "|" + warehouseCode, BigDecimal.ZERO);
            }

            @Override
            public Optional<BillOfMaterials> bill(String productCode) {
                return Optional.ofNullable(bills.get(productCode));
            }
        };
    }

    @Benchmark
    public long wholeCatalogue() {
        long sum = 0;
        for (String code : codes) {
            sum += Availability.quantity(code, picture, warehouseCodes, true, 0);
        }
        return sum;
    }
}
