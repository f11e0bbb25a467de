#!/usr/bin/env bash
# Reads the include graph and fails on any include that goes the wrong way:
# - a stage of src/ including a stage it does not depend on (the DEPENDS of its
#   acquis_stage(...) in src/STAGE/CMakeLists.txt, followed down), or a public header
#   (include/acquis/) of such a stage;
# - a public header including one of a stage above its own;
# - the programs (apps/) including anything but the public headers, their own folder's files
#   and apps/common: the command line never includes the service nor the other way round, and
#   neither includes the library's internals;
# - libharu's internals (its structures' fields, the functions it does not export) used
#   anywhere but src/pdf/haru.cpp and src/pdf/haru_stream.cpp.
#   bash scripts/check-layers.sh [ROOT]     (exit 1 and one line per bad include)
set -uo pipefail
root=${1:-$(cd "$(dirname "$0")/.." && pwd)}
cd "$root" || exit 2

declare -A depends owner closure
# Each stage's declared dependencies.
for file in src/*/CMakeLists.txt; do
  line=$(tr '\n' ' ' <"$file" | grep -o 'acquis_stage([^)]*)')
  [ -n "$line" ] || continue
  stage=$(sed -E 's/acquis_stage\(([a-z0-9_]+).*/\1/' <<<"$line")
  depends[$stage]=$(sed -nE 's/.*DEPENDS ([a-z0-9_ ]*)( EXTERNAL.*|\))/\1/p' <<<"$line" | xargs)
done
if [ ${#depends[@]} -eq 0 ]; then echo "check-layers: no acquis_stage() found under $root/src"; exit 2; fi

# The stages below a stage, itself included.
below() {
  local seen=" $1 " queue=($1) next
  while [ ${#queue[@]} -gt 0 ]; do
    next=${queue[0]}; queue=("${queue[@]:1}")
    for d in ${depends[$next]:-}; do
      [[ $seen == *" $d "* ]] && continue
      seen+="$d "; queue+=("$d")
    done
  done
  echo "$seen"
}
for stage in "${!depends[@]}"; do closure[$stage]=$(below "$stage"); done

# The stage that implements each public header.
for h in language messages diagnostic files; do owner[$h.hpp]=core; done
owner[style.hpp]=style
owner[blocks.hpp]=model; owner[document.hpp]=model
owner[data.hpp]=data; owner[loaders.hpp]=data
owner[text_checks.hpp]=xml
owner[templates.hpp]=template
owner[acquis.hpp]=api
for h in include/acquis/app/*.hpp; do owner[app/$(basename "$h")]=app; done

declare -A ours
for stage in "${!depends[@]}"; do ours[$stage]=1; done
for dir in apps/*/; do ours[$(basename "$dir")]=1; done

status=0
bad() { echo "$1: $2"; status=1; }

# Every include, however written: "#  include <a/b.hpp>" → <a/b.hpp>.
includes_of() {
  grep -E '^[[:space:]]*#[[:space:]]*include' "$1" |
    sed -E 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*//; s/[[:space:]]*(\/\/.*)?$//'
}
public_of() {  # <acquis/x.hpp> → x.hpp
  includes_of "$1" | sed -nE 's/^<acquis\/(.*)>$/\1/p'
}
# Our own headers other than the public ones: "x/y.hpp", and <x/y.hpp> when x is a stage of
# src/ or a folder of apps/ (both are on some include path).
internal_of() {
  includes_of "$1" | while read -r inc; do
    case $inc in
      \"*) inc=${inc#\"}; echo "${inc%\"}" ;;
      \<*) inc=${inc#<}; inc=${inc%>}
           [[ -n "${ours[${inc%%/*}]+x}" && $inc == */* ]] && echo "$inc" ;;
    esac
  done
}

check_public_includes() {  # file, stage
  local header
  for header in $(public_of "$1"); do
    local from=${owner[$header]:-}
    if [ -z "$from" ]; then bad "$1" "<acquis/$header> belongs to no stage (scripts/check-layers.sh)"
    elif [[ ${closure[$2]} != *" $from "* ]]; then
      bad "$1" "<acquis/$header> is of stage $from, which $2 does not depend on"
    fi
  done
}

# The library's stages.
for dir in src/*/; do
  stage=$(basename "$dir")
  [ -n "${depends[$stage]+x}" ] || { bad "$dir" "a folder of src/ without acquis_stage()"; continue; }
  for file in "$dir"*.cpp "$dir"*.hpp; do
    [ -f "$file" ] || continue
    for inc in $(internal_of "$file"); do
      [[ $inc == *..* ]] && { bad "$file" "\"$inc\": no .. in an include"; continue; }
      target=${inc%%/*}
      [ "$target" = "$inc" ] && { bad "$file" "\"$inc\": include internal headers as \"stage/file.hpp\""; continue; }
      [[ ${closure[$stage]} == *" $target "* ]] ||
        bad "$file" "\"$inc\" is of stage $target, which $stage does not depend on"
    done
    check_public_includes "$file" "$stage"
  done
done

# The public headers.
for file in include/acquis/*.hpp include/acquis/app/*.hpp; do
  rel=${file#include/acquis/}
  stage=${owner[$rel]:-}
  [ -n "$stage" ] || { bad "$file" "a public header that belongs to no stage (scripts/check-layers.sh)"; continue; }
  check_public_includes "$file" "$stage"
  [ -z "$(internal_of "$file")" ] || bad "$file" "a public header includes an internal one"
done

# The programs.
for dir in apps/*/; do
  folder=$(basename "$dir")
  for file in "$dir"*.cpp "$dir"*.hpp; do
    [ -f "$file" ] || continue
    for inc in $(internal_of "$file"); do
      [[ $inc == *..* ]] && { bad "$file" "\"$inc\": no .. in an include"; continue; }
      case $inc in
        */*) [[ $inc == common/* && -f apps/$inc ]] ||
               bad "$file" "\"$inc\": apps/$folder may include only its own files, apps/common and <acquis/...>" ;;
        *) [ -f "$dir$inc" ] || bad "$file" "\"$inc\" is not a file of apps/$folder" ;;
      esac
    done
  done
done
# libharu's internals.
haru_internals='(->(mmgr|xref|catalog|info|trailer|attr|filter|write_fn|header|stream)\b|_HPDF_[A-Za-z]+_Rec|HPDF_(Dict|Array|Stream|MemStream|Xref|String|Binary|Boolean|DictStream)_[A-Za-z]+\(|HPDF_Page_GetLocalFontName)'
while IFS= read -r hit; do
  bad "${hit%%:*}" "libharu's internals outside src/pdf/haru.cpp and haru_stream.cpp: ${hit#*:}"
done < <(grep -rnE "$haru_internals" src --include='*.cpp' --include='*.hpp' |
  grep -vE '^src/pdf/haru(_stream)?\.cpp:' | cut -d: -f1,3-)

[ $status -eq 0 ] && echo "check-layers: every include goes down (${#depends[@]} stages), libharu's internals in haru.cpp and haru_stream.cpp only"
exit $status
