#!/usr/bin/env bash
# Renders every built-in document from the samples, in French and in English, into
# out/documents/, and the sample candidates' attestations as separate files and merged.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/sample-subjects.sh
A=./build/release/apps/acquis
out=out/documents
mkdir -p "$out"
for doc in $($A documents | cut -d' ' -f1); do
  who=($(sample_subject "$doc"))
  for lang in fr-CA en-CA; do
    $A produire "$doc" --donnees samples "${who[@]}" --langue "$lang" -o "$out/$doc-$lang.pdf"
  done
done
$A produire cahier-autoevaluation --donnees samples --programme 5195 -o "$out/cahier-autoevaluation-vierge-fr-CA.pdf"
$A lot attestation --donnees samples --sortie out/attestations --fusion out/attestations.pdf --silencieux
$A registre --donnees samples -o out/registre.csv
$A synthese --donnees samples -o out/synthese.csv
$A declarations --donnees samples -o out/declarations.csv
