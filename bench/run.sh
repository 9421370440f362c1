#!/usr/bin/env bash
# Runs the benchmarks side by side: prints the table, writes bench/target/bench-results.json and bench-table.md.
# Options go to the benchmark: --orders 10000 --skus 50000 --speed 60 --paging-speed 600 --pipeline-orders 2000 --polls 5
# Set BENCH_NO_BUILD=1 to reuse the bundles already installed in the local Maven repository.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${BENCH_NO_BUILD:-}" != "1" ]; then
  mvn -B -q -Pbench install -DskipTests -pl bench -am
else
  mvn -B -q -o package -f bench/pom.xml
fi
rm -rf bench/target/work # the databases of the previous run (up to a few GB)
exec java -Xmx1g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Dbench.target=bench/target \
  -cp "bench/target/classes:$(cat bench/target/classpath.txt)" org.ecomhub.bench.Bench "$@"
