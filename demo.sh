#!/usr/bin/env bash
# Runs the demo: the Felix application with the reference ERP host, the SP-API simulator and store DEMO,
# set up by bndrun/demo/etc/demo.script, on a clock 60 times faster than real time (ECOMHUB_DEMO_SPEED).
# State is kept in ./demo-data (delete it to start again). Every port is on 127.0.0.1.
set -euo pipefail
root=$(cd "$(dirname "$0")" && pwd)
jar="$root/bndrun/target/ecomhub-demo.jar"
run="$root/demo-data"

if [ ! -f "$jar" ] || [ -n "$(find "$root/bundles" "$root/bndrun" -path '*/target' -prune -o -type f -newer "$jar" -print | head -1)" ]; then
    echo "Building the demo application (a few minutes the first time) ..."
    (cd "$root" && mvn -B -q -DskipTests package -pl bndrun -am)
fi

mkdir -p "$run/conf" "$run/etc"
cp -n "$root"/bndrun/demo/conf/*.cfg "$root"/bndrun/demo/simulator/*.cfg "$run/conf/"
cp "$root"/bndrun/demo/etc/* "$run/etc/"

cd "$run"
exec java \
    -Dkaraf.home=. -Dkaraf.etc=etc -Dkaraf.startLocalConsole=true -Dkaraf.shell.init.script=demo.script \
    -Decomhub.clock.speed="${ECOMHUB_DEMO_SPEED:-60}" \
    -Decomhub.secrets.keyfile="$run/secrets/secrets.key" \
    -jar "$jar"
