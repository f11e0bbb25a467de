#!/usr/bin/env bash
# PDF/A-1b: Apache PDFBox Preflight (Debian's libpdfbox2-java) validates every archival sample:
# the certificates (PDF/A by default, one by one, merged, merged in two slices and the slices
# joined), then every other document made with --archive. A file made without --archive must
# fail, or the check would prove nothing.
# Usage: preflight.sh path/to/acquis
set -euo pipefail
acquis=$1
cd "$(dirname "$0")/.."
source scripts/sample-subjects.sh
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
j=/usr/share/java
classpath=$j/preflight.jar:$j/pdfbox2.jar:$j/fontbox2.jar:$j/xmpbox.jar:$j/commons-logging.jar
classpath=$classpath:$j/javax.activation.jar:$j/jaxb-api.jar

for doc in $("$acquis" documents | cut -d' ' -f1); do
  who=($(sample_subject "$doc"))
  archive=(--archive)
  [ "$doc" = attestation ] && archive=()  # archival by default
  for lang in fr-CA en-CA; do
    "$acquis" produire "$doc" --donnees samples "${who[@]}" "${archive[@]}" --langue "$lang" \
      -o "$out/$doc-$lang.pdf" >/dev/null
  done
done
"$acquis" lot attestation --donnees samples --sortie "$out/lot" --fusion "$out/attestations.pdf" \
  --silencieux
# The same batch in two slices, joined again by qpdf (acquis assembler): still PDF/A.
for k in 1 2; do
  "$acquis" lot attestation --donnees samples --fusion "$out/tranche-$k.pdf" \
    --tranche "$k/2" --silencieux 2>/dev/null
done
"$acquis" assembler -o "$out/attestations-assemblees.pdf" "$out"/tranche-*.pdf 2>/dev/null
mkdir "$out/plain"
"$acquis" produire guide-candidat --donnees samples -o "$out/plain/guide.pdf" >/dev/null

failed=0
for file in "$out"/*.pdf "$out"/lot/*.pdf; do
  report=$(java -cp "$classpath" org.apache.pdfbox.preflight.Validator_A1b "$file" 2>&1 || true)
  if ! grep -q "is a valid PDF/A-1b file" <<<"$report"; then
    echo "NOT PDF/A-1b: ${file#"$out"/}"
    echo "$report" | head -5
    failed=1
  fi
done
report=$(java -cp "$classpath" org.apache.pdfbox.preflight.Validator_A1b "$out/plain/guide.pdf" 2>&1 || true)
if grep -q "is a valid PDF/A-1b file" <<<"$report"; then
  echo "Preflight accepted a file made without --archive: the check proves nothing"
  failed=1
fi
echo "PDFBox Preflight: $(ls "$out"/*.pdf "$out"/lot/*.pdf | wc -l) archival files checked"
exit $failed
