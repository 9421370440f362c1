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
# a private copy of the classpath: a build installing into the local Maven repository during a run must not swap
# jars under the campaign or its simulator
lib="bench/target/campaign-lib-$$"
mkdir -p "$lib"
cp -r bench/target/classes "$lib/classes"
classpath="$lib/classes"
i=0
for jar in $(tr ':' ' ' < bench/target/classpath.txt); do
  i=$((i + 1))
  cp "$jar" "$lib/$i-$(basename "$jar")"
  classpath="$classpath:$lib/$i-$(basename "$jar")"
done
trap 'rm -rf "$lib"' EXIT
java -Xmx512m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Dbench.target=bench/target \
  -cp "$classpath" org.ecomhub.bench.FaultCampaign "$@"
