#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for N seconds (default 600)
# from the seeds in fuzz/corpus/, on a working copy so that the repository keeps only the seeds.
#   bash scripts/fuzz.sh [SECONDS] [TARGET...]      targets: csv xml_loaders expression template
#                                                  image request
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true
targets=("${@:-csv xml_loaders expression template image request}")
read -r -a targets <<<"${targets[*]}"

if ! command -v clang++ >/dev/null || ! dpkg -s libclang-rt-14-dev >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends clang libclang-rt-14-dev
fi
CC=clang CXX=clang++ cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DACQUIS_FUZZ=ON -DACQUIS_TESTS=OFF -DACQUIS_BENCH=OFF >/dev/null
cmake --build build/fuzz --target $(printf "fuzz-%s " "${targets[@]}")

for target in "${targets[@]}"; do
  seeds=fuzz/corpus/${target%_loaders}
  work=build/fuzz/corpus-$target
  mkdir -p "$work"
  cp -n "$seeds"/* "$work"/ 2>/dev/null || true
  echo "== fuzz-$target, ${seconds} s =="
  log=build/fuzz/fuzz-$target.log
  status=0
  ./build/fuzz/fuzz/fuzz-"$target" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
    -print_final_stats=1 "$work" >"$log" 2>&1 || status=$?
  grep -E "^(stat::number_of_executed_runs|stat::peak_rss_mb|SUMMARY|Done)|ERROR" "$log" || true
  if [ "$status" -ne 0 ]; then
    tail -n 40 "$log"
    exit "$status"
  fi
done
