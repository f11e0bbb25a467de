#!/usr/bin/env bash
# Installs every Debian package Acquis needs (Debian 12, as root), builds in release mode and
# renders the sample documents into out/. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake ninja-build pkg-config git
  libhpdf-dev libharfbuzz-dev libicu-dev libpugixml-dev libhyphen-dev zlib1g-dev libpng-dev
  libjpeg-dev libqpdf-dev
  hyphen-fr hyphen-en-us
  fonts-noto-core fonts-lato fonts-dejavu-core fonts-dejavu-extra
  libdeflate-dev nlohmann-json3-dev libcpp-httplib-dev libgoogle-perftools-dev catch2
  poppler-utils qpdf unzip wrk
  icc-profiles-free
)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installation des paquets : ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release -DACQUIS_TESTS=OFF -DACQUIS_STATIC_DEPS=ON
cmake --build build/release
./build/release/apps/acquis-samples out
bash scripts/documents.sh
