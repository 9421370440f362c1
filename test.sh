#!/usr/bin/env bash
# Builds every bundle and runs every test: unit tests, the Karaf and Felix integration tests.
set -euo pipefail
cd "$(dirname "$0")"
exec mvn -B verify "$@"
