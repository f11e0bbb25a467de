#!/usr/bin/env bash
# Load test of `acquis serve` on loopback (issue 6): wrk renders attestations with 32
# connections for 30 s (or $1 seconds) and prints requests per second, p50/p99 latency, errors,
# and the server's memory (RSS): at start, after 5 s of load, at its peak and at the end.
# Every request is for a different person (bench/serve_request.lua).
# Usage: bash bench/serve-load.sh [seconds] [server binary]
#   WRK_THREADS=2: wrk's threads (default 1: the client takes less of the 2 cores);
#   SERVE_CONFIG=file.json: a server configuration (for instance more renders at once).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
server=${2:-build/release/apps/acquis-serve}
command -v wrk >/dev/null || { echo "wrk manque : apt-get install wrk" >&2; exit 2; }
. bench/start-server.sh
rss() { awk '/VmRSS/ {print $2}' /proc/$pid/status; }
start=$(rss); peak=$start
(while kill -0 $pid 2>/dev/null; do r=$(rss); echo "$r"; sleep 0.5; done) > "$log.rss" &
sampler=$!
result=$(wrk -t${WRK_THREADS:-1} -c32 -d"${seconds}s" --latency -s bench/serve_request.lua "http://127.0.0.1:$port/api/rendu" | grep '^RESULT')
kill $sampler 2>/dev/null || true
peak=$(sort -n "$log.rss" | tail -1); warm=$(sed -n 11p "$log.rss"); end=$(rss); rm -f "$log.rss"
slots=$(grep -o '([0-9]* rendus\? à la fois' "$log" | tr -dc 0-9)
read -r _ _ requests _ secs _ rps _ p50 _ p99 _ max _ errors _ non2xx <<<"$result"
printf 'acquis serve, attestations, 32 connections, %s s on loopback (%s, %s render(s) at once)\n' \
  "$secs" "$server" "$slots"
printf '  %s requests   %s requests/s   p50 %s ms   p99 %s ms   max %s ms\n' "$requests" "$rps" "$p50" "$p99" "$max"
printf '  errors %s (of which non-2xx %s)   target: 0 errors, p99 <= 25 ms\n' "$errors" "$non2xx"
printf '  server memory (RSS): start %d MB, after 5 s %d MB, peak %d MB, end %d MB\n' \
  $((start / 1024)) $((${warm:-0} / 1024)) $((peak / 1024)) $((end / 1024))
