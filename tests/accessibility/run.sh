#!/usr/bin/env bash
# Accessibility of every built-in document: each is rendered from the samples in fr-CA and
# en-CA (with a merged batch of certificates), then read by three independent readers:
# check_pdfua.py (pikepdf: the Matterhorn conditions), test_checker.py (the checker catches each
# condition on a file broken on purpose) and test_reading.py (poppler's reading order, pdf.js's
# roles). Usage: run.sh path/to/acquis
set -euo pipefail
acquis=$1
cd "$(dirname "$0")/../.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
python=/usr/bin/python3  # Debian's, with python3-pikepdf

for doc in $("$acquis" documents | cut -d' ' -f1); do
  case $doc in
    attestation) who=(--candidat COTE12345678) ;;
    registre | guide-* | synthese-*) who=() ;;
    avis-entrevue) who=(--candidat DIAA15569905) ;;
    declaration-*) who=(--candidat THIN22628507) ;;
    *) who=(--candidat LAVS09579608) ;;
  esac
  for lang in fr-CA en-CA; do
    "$acquis" produire "$doc" --donnees samples "${who[@]}" --langue "$lang" --deterministe \
      -o "$out/$doc-$lang.pdf" >/dev/null
  done
done
"$acquis" produire fiche-inscription --donnees samples --deterministe -o "$out/fiche-inscription-vierge.pdf" >/dev/null
"$acquis" lot attestation --donnees samples --deterministe --sortie "$out/lot" \
  --fusion "$out/attestations-lot.pdf" --silencieux
echo "$(ls "$out"/*.pdf | wc -l) documents rendered"

echo "== the Matterhorn conditions (pikepdf) =="
$python tests/accessibility/check_pdfua.py "$out"/*.pdf
echo "every document passes"
echo "== the checker catches each condition =="
$python tests/accessibility/test_checker.py "$out/guide-candidat-fr-CA.pdf" \
  "$out/fiche-inscription-fr-CA.pdf" "$out/cahier-autoevaluation-fr-CA.pdf"
echo "== reading order (poppler) and roles (pdf.js) =="
$python tests/accessibility/test_reading.py "$out"
