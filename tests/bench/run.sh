#!/usr/bin/env bash
# Runs every Trellis benchmark and prints medians and ratios against references measured in the
# same run. Usage: tests/bench/run.sh [SIZES...]   (default: 10000 100000 1000000)
set -euo pipefail
cd "$(dirname "$0")/../.."
exec /usr/bin/python3 tests/bench/bench.py "$@"
