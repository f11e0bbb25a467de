#!/usr/bin/env bash
# scripts/check-layers.sh on the tree (it must pass), then on copies of it with one wrong
# include planted at a time (each must fail, naming the file): the check can fail.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
check="$root/scripts/check-layers.sh"
bash "$check" "$root" || exit 1

failures=0
plant() {  # description, file, line to add
  local copy
  copy=$(mktemp -d)
  cp -r "$root/src" "$root/include" "$root/apps" "$copy/"
  { printf '%s\n' "$3"; cat "$copy/$2"; } >"$copy/planted" && mv "$copy/planted" "$copy/$2"
  if output=$(bash "$check" "$copy" 2>&1); then
    echo "FAIL not caught: $1"; failures=$((failures + 1))
  elif ! grep -q "$2" <<<"$output"; then
    echo "FAIL caught without naming $2: $1"; failures=$((failures + 1))
  else
    echo "ok   caught: $1"
  fi
  rm -rf "$copy"
}
plant "a lower stage includes a higher one" src/text/typography.cpp '#include "layout/cascade.hpp"'
plant "a stage includes the application layer" src/pdf/deflate.cpp '#include "app/file_names.hpp"'
plant "a stage includes a higher public header" src/data/csv.cpp '#include <acquis/app/workspace.hpp>'
plant "a public header includes a higher one" include/acquis/data.hpp '#include <acquis/acquis.hpp>'
plant "the command line includes the service" apps/cli/main.cpp '#include "../serve/renderer.hpp"'
plant "the service includes the command line" apps/serve/main.cpp '#include "session.hpp"'
plant "a program includes an internal header" apps/serve/routes.cpp '#include "core/utf8.hpp"'
plant "the same with angle brackets" apps/cli/main.cpp '#include <serve/renderer.hpp>'
plant "a stage with angle brackets" src/text/typography.cpp '#include <layout/cascade.hpp>'
plant "an indented include" src/text/shaper.cpp '  #  include "layout/cascade.hpp"'
plant "a way round through common/" apps/cli/main.cpp '#include "common/../serve/renderer.hpp"'
plant "libharu's structures outside haru.cpp" src/pdf/cid_font.cpp 'void f(HPDF_Doc doc) { (void)doc->mmgr; }'
plant "libharu's private functions outside haru.cpp" src/pdf/pdf_writer.cpp 'void g(HPDF_Dict d) { HPDF_Dict_AddName(d, "A", "B"); }'
[ $failures -eq 0 ]
