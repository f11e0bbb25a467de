# Sourced by the service benches: starts "$server" on the samples on a free port, sets $pid and
# $port, and stops it on exit. SERVE_CONFIG=file.json: a server configuration.
log=$(mktemp)
"$server" --donnees samples --port 0 ${SERVE_CONFIG:+--config "$SERVE_CONFIG"} 2>"$log" &
pid=$!
trap 'kill $pid 2>/dev/null; rm -f "$log"' EXIT
port=""
for _ in $(seq 100); do
  port=$(grep -o 'http://127.0.0.1:[0-9]*/' "$log" | head -1 | cut -d: -f3 | tr -d / || true)
  [ -n "$port" ] && break
  sleep 0.05
done
[ -n "$port" ] || { cat "$log" >&2; exit 1; }
