#!/usr/bin/env bash
# Renders every document of templates/ from samples/ in deterministic mode: blank for each
# program, and for each candidate of the candidates file, in fr-CA and en-CA; then prints one
# line per attempt with the exit status and the SHA-256 of the file. Two runs of this script
# (say, before and after a refactoring) are compared with diff: same lines, same bytes.
#   bash scripts/render-all.sh [BINARY] [OUT_DIR] > sums.txt
set -uo pipefail
cd "$(dirname "$0")/.."
A=${1:-./build/release/apps/acquis}
out=${2:-$(mktemp -d)}
mkdir -p "$out"
programs=$($A programmes --donnees samples 2>/dev/null | cut -d' ' -f1)
people=$(tail -n +2 samples/candidats.csv | cut -d';' -f3)
render() {  # name, then the options
  local name=$1; shift
  $A produire "$@" --donnees samples --deterministe -o "$out/$name.pdf" >/dev/null 2>&1
  local status=$?
  local sum=-
  [ -f "$out/$name.pdf" ] && sum=$(sha256sum "$out/$name.pdf" | cut -c1-16)
  echo "$name $status $sum"
}
for doc in $($A documents | cut -d' ' -f1); do
  for lang in fr-CA en-CA; do
    render "$doc-$lang" "$doc" --langue "$lang"
    for p in $programs; do render "$doc-$p-$lang" "$doc" --programme "$p" --langue "$lang"; done
    for c in $people; do render "$doc-$c-$lang" "$doc" --candidat "$c" --langue "$lang"; done
  done
done
