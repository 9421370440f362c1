#!/usr/bin/env bash
# The availability micro-benchmark (issue 6): 100,000 products x 5 warehouses, 10 % kits with 2-level bills.
# JMH options may follow, e.g. bench/jmh.sh -wi 1 -i 3. Set BENCH_NO_BUILD=1 to reuse the installed bundles.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${BENCH_NO_BUILD:-}" != "1" ]; then
  mvn -B -q -Pbench install -DskipTests -pl bench -am
else
  mvn -B -q -o package -f bench/pom.xml
fi
exec java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" org.openjdk.jmh.Main AvailabilityBenchmark \
  -rf json -rff bench/target/jmh-availability.json "$@"
