# Sourced by the scripts that render every built-in document from samples/: whom each document
# is made for, a person at the step the document belongs to (or nobody, for the guides, the
# register and the summary). Usage: who=($(sample_subject DOCUMENT))
sample_subject() {
  case $1 in
    attestation) echo --candidat COTE12345678 ;;
    registre | guide-* | synthese-*) ;;
    avis-entrevue) echo --candidat DIAA15569905 ;;
    declaration-*) echo --candidat THIN22628507 ;;
    *) echo --candidat LAVS09579608 ;;
  esac
}
