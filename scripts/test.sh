#!/usr/bin/env bash
# Runs the whole test suite: the include graph's check, a dev build (warnings as errors) and an
# AddressSanitizer + UndefinedBehaviorSanitizer build, each with every unit and PDF test, the
# installed package used by a small program, the Debian packages of a release build (lintian,
# installed, the service started, purged without a trace), a short run of every fuzz target
# (long runs: scripts/fuzz.sh), the web page driven in headless Chromium, the tagged PDFs read by
# pikepdf, poppler and pdf.js (a ctest), PDFBox Preflight on every archival sample, plus a format
# check.
set -euo pipefail
cd "$(dirname "$0")/.."

# The page's end-to-end test: Debian's Chromium, Node and playwright-core (from npm; it
# downloads no browser).
if ! command -v chromium >/dev/null || ! command -v npm >/dev/null; then
  apt-get update -qq
  pkgs=(chromium)
  command -v npm >/dev/null || pkgs+=(nodejs npm)
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${pkgs[@]}"
fi
(cd tests/e2e && npm install --no-audit --no-fund --silent)
# The tagged-PDF checks: Debian's pikepdf; PDF/A: PDFBox Preflight on Java.
checkers=(python3-pikepdf libpdfbox2-java libactivation-java libjaxb-api-java default-jre-headless)
missing=()
for p in "${checkers[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

echo "== include graph (scripts/check-layers.sh, and that it catches planted mistakes) =="
bash tests/architecture/test_layers.sh

build_and_test() {
  local dir=$1; shift
  cmake -S . -B "$dir" -G Ninja "$@" >/dev/null
  cmake --build "$dir"
  ctest --test-dir "$dir" --output-on-failure -j 2
}

echo "== dev build (-Werror) =="
build_and_test build/dev -DCMAKE_BUILD_TYPE=Debug -DACQUIS_WERROR=ON
echo "== PDF/A-1b: PDFBox Preflight on every archival sample =="
bash scripts/preflight.sh build/dev/apps/acquis
echo "== the installed package, used by a small program =="
bash tests/install/test_install.sh build/dev
echo "== the Debian packages: cpack, lintian, dpkg -i, the service, dpkg --purge =="
# From a release build, configured as scripts/setup.sh does (incremental when already built).
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release -DACQUIS_TESTS=OFF \
  -DACQUIS_STATIC_DEPS=ON >/dev/null
cmake --build build/release
bash tests/package/test_package.sh build/release
echo "== ASan + UBSan build =="
ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  build_and_test build/sanitize -DCMAKE_BUILD_TYPE=Debug -DACQUIS_WERROR=ON -DACQUIS_SANITIZE=ON -DACQUIS_BENCH=OFF

if command -v clang++ >/dev/null && dpkg -s libclang-rt-14-dev >/dev/null 2>&1; then
  echo "== fuzz targets, 20 s each =="
  bash scripts/fuzz.sh 20
fi

if command -v clang-format >/dev/null; then
  echo "== format check =="
  git ls-files '*.cpp' '*.hpp' | xargs clang-format --dry-run --Werror
fi
