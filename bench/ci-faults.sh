#!/usr/bin/env bash
# The reduced fault campaign for CI: 1,000 live orders in 3 stores of 2 seller accounts, 5 % faults, expiring tokens,
# 1 SIGKILL of the app and 1 update of `orders` through the watched folder; exit code 1 on any lost or doubled order,
# total off by a cent, failed order not in the log or in find missing orders, or no fault fired (bench/README.md).
# The full size: bench/faults.sh --orders 10000 --kills 3 --updates 2
set -euo pipefail
cd "$(dirname "$0")/.."
exec bench/faults.sh --orders 1000 --kills 1 --updates 1 "$@"
