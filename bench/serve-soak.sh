#!/usr/bin/env bash
# Memory under a long mixed load (issue 15): starts acquis serve on the samples and runs
# bench-soak against it for 600 s (or $1), printing the server's memory and rate every 30 s,
# then at start, middle and end.
# Usage: bash bench/serve-soak.sh [seconds] [server binary]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
server=${2:-build/release/apps/acquis-serve}
log=$(mktemp)
"$server" --donnees samples --port 0 2>"$log" &
pid=$!
trap 'kill $pid 2>/dev/null; rm -f "$log"' EXIT
port=""
for _ in $(seq 100); do
  port=$(grep -o 'http://127.0.0.1:[0-9]*/' "$log" | head -1 | cut -d: -f3 | tr -d / || true)
  [ -n "$port" ] && break
  sleep 0.05
done
[ -n "$port" ] || { cat "$log" >&2; exit 1; }
every=30
[ "$seconds" -lt 120 ] && every=10
build/release/bench/bench-soak --port "$port" --pid "$pid" --seconds "$seconds" --every "$every"
