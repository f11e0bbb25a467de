#!/usr/bin/env bash
# `cmake --install` of a build into a temporary prefix, then what others would do with it: a
# small program built against the installed package with find_package(Acquis) and with
# pkg-config, each making a certificate from the samples; and the installed `acquis` finding
# its resources from elsewhere than the source tree.
#   bash tests/install/test_install.sh BUILD_DIR
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix

cmake --install "$build" --prefix "$prefix" >/dev/null
for f in bin/acquis include/acquis/acquis.hpp include/acquis/app/workspace.hpp \
  lib/libacquis_core.a lib/libacquis_app.a lib/cmake/Acquis/AcquisConfig.cmake \
  lib/pkgconfig/acquis.pc share/acquis/templates/attestation.xml \
  share/acquis/locales/fr-CA.xml share/acquis/fonts/fonts.xml share/acquis/web/index.html; do
  [ -e "$prefix/$f" ] || { echo "FAIL not installed: $f"; exit 1; }
done
if find "$prefix/include" -name '*.hpp' | xargs grep -lE '#include "(core|text|layout|pdf|template|data)/'; then
  echo "FAIL an installed header includes an internal one"; exit 1
fi
echo "ok   installed: programs, archives, public headers, package files, resources"

check_certificate() {  # how, program
  local pdf=$work/$1.pdf
  "$2" "$root/samples" "$prefix/share/acquis" COTE12345678 "$pdf"
  qpdf --check "$pdf" >/dev/null
  pdftotext "$pdf" - | tr -s ' \n' '  ' | grep -q "Éloïse Côté-Bérubé" ||
    { echo "FAIL the $1 program's certificate lacks the name"; exit 1; }
  echo "ok   built with $1, made a certificate qpdf accepts, with the person's name"
}

cmake -S "$root/tests/install/consumer" -B "$work/consumer" -G Ninja \
  -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build "$work/consumer" >/dev/null
[ "$(cat "$work/consumer/data_dir.txt")" = "$prefix/share/acquis" ] ||
  { echo "FAIL ACQUIS_DATA_DIR is not the installed share/acquis"; exit 1; }
check_certificate find_package "$work/consumer/consumer"

export PKG_CONFIG_PATH=$prefix/lib/pkgconfig
# shellcheck disable=SC2046
g++ -std=c++20 "$root/tests/install/consumer/main.cpp" -o "$work/pkg-consumer" \
  $(pkg-config --cflags acquis) $(pkg-config --static --libs acquis)
check_certificate pkg-config "$work/pkg-consumer"

# A template only the installed folder has: listed only if that is where acquis looks.
cp "$prefix/share/acquis/templates/attestation.xml" "$prefix/share/acquis/templates/installe.xml"
(cd "$work" && "$prefix/bin/acquis" documents) | grep -q "^installe " ||
  { echo "FAIL the installed acquis does not find its templates"; exit 1; }
echo "ok   the installed acquis finds its resources beside it"

# The form reader, a module loaded on use: installed, and found by the installed acquis.
module=$(find "$prefix" -name acquis-formulaires.so | head -1)
[ -n "$module" ] || { echo "FAIL the form reader module is not installed"; exit 1; }
"$prefix/bin/acquis" produire cahier-autoevaluation --donnees "$root/samples" --programme 5195 \
  -o "$work/imprime.pdf" >/dev/null 2>&1
(cd "$work" && "$prefix/bin/acquis" lire imprime.pdf --donnees "$root/samples" 2>&1 || true) |
  grep -q "aucun champ" || { echo "FAIL the installed acquis cannot read a form"; exit 1; }
echo "ok   the installed acquis reads forms with its module ($module)"
