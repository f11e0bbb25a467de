#!/usr/bin/env bash
# Accessibility of every built-in document: each is rendered from the samples in fr-CA and
# en-CA, then read by three independent readers:
# check_pdfua.py (pikepdf: the Matterhorn conditions), test_checker.py (the checker catches each
# condition on a file broken on purpose) and test_reading.py (poppler's reading order, pdf.js's
# roles). Usage: run.sh path/to/acquis
set -euo pipefail
acquis=$1
cd "$(dirname "$0")/../.."
source scripts/sample-subjects.sh
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
python=/usr/bin/python3  # Debian's, with python3-pikepdf

for doc in $("$acquis" documents | cut -d' ' -f1); do
  who=($(sample_subject "$doc"))
  for lang in fr-CA en-CA; do
    "$acquis" produire "$doc" --donnees samples "${who[@]}" --langue "$lang" --deterministe \
      -o "$out/$doc-$lang.pdf" >/dev/null
  done
done
"$acquis" produire fiche-inscription --donnees samples --deterministe -o "$out/fiche-inscription-vierge.pdf" >/dev/null
echo "$(ls "$out"/*.pdf | wc -l) documents rendered"

# A merged batch is a print job: untagged by design (Metadata::tagged), so it must not claim
# PDF/UA either; the separate files of the same batch are tagged and pass like the others.
mkdir "$out/print"
"$acquis" lot attestation --donnees samples --deterministe --sortie "$out/lot" \
  --fusion "$out/print/attestations.pdf" --silencieux >/dev/null
pdfinfo "$out/print/attestations.pdf" | grep -q "^Tagged: *no" || { echo "a merged batch is tagged"; exit 1; }
if $python -c 'import pikepdf,sys; sys.exit(b"pdfuaid:part" not in pikepdf.open(sys.argv[1]).Root.Metadata.read_bytes())' \
  "$out/print/attestations.pdf"; then echo "a merged batch claims PDF/UA"; exit 1; fi
cp "$out"/lot/*.pdf "$out/"
echo "a merged print batch: untagged, claims nothing; its $(ls "$out"/lot/*.pdf | wc -l) separate files are checked below"

echo "== the Matterhorn conditions (pikepdf) =="
$python tests/accessibility/check_pdfua.py "$out"/*.pdf
echo "every document passes"
echo "== the checker catches each condition =="
$python tests/accessibility/test_checker.py "$out/guide-candidat-fr-CA.pdf" \
  "$out/fiche-inscription-fr-CA.pdf" "$out/cahier-autoevaluation-fr-CA.pdf"
echo "== reading order (poppler) and roles (pdf.js) =="
$python tests/accessibility/test_reading.py "$out"
