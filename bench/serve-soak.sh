#!/usr/bin/env bash
# Memory under a long mixed load (issue 15): starts acquis serve on the samples and runs
# bench-soak against it for 600 s (or $1), printing the server's memory and rate every 30 s,
# then at start, middle and end.
# Usage: bash bench/serve-soak.sh [seconds] [server binary]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
server=${2:-build/release/apps/acquis-serve}
. bench/start-server.sh
every=30
[ "$seconds" -lt 120 ] && every=10
build/release/bench/bench-soak --port "$port" --pid "$pid" --seconds "$seconds" --every "$every"
