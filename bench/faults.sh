#!/usr/bin/env bash
# The fault campaign (see bench/README.md). Needs bndrun/target/ecomhub-demo.jar (mvn -B -DskipTests package).
# Options: --orders N --kills N --updates N --speed S. Set BENCH_NO_BUILD=1 to reuse installed bundles.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${BENCH_NO_BUILD:-}" != "1" ]; then
  mvn -B -q -Pbench install -DskipTests -pl bench,bndrun -am
else
  mvn -B -q -o package -f bench/pom.xml
fi
exec java -Xmx512m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Dbench.target=bench/target \
  -cp "bench/target/classes:$(cat bench/target/classpath.txt)" org.ecomhub.bench.FaultCampaign "$@"
