#!/usr/bin/env bash
# The Debian packages of a release build (cmake/Package.cmake), made, checked, installed, used
# and purged: cpack, lintian (no error), dpkg -i, the files where they belong, a certificate
# from the installed acquis run away from the source tree, the systemd unit verified, the
# service started as the user `acquis` with the installed configuration, then dpkg --purge and
# nothing left behind. As root on Debian 12: it installs and removes packages.
#   bash tests/package/test_package.sh BUILD_DIR
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "$1" && pwd)
[ "$(id -u)" = 0 ] || { echo "FAIL run as root: the test installs packages"; exit 1; }
work=$(mktemp -d)
chmod 755 "$work"  # the user acquis reaches its temporary folder inside
server=""
installed=""
cleanup() {
  local status=$?
  if [ -n "$server" ]; then
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  if [ -n "$installed" ]; then dpkg --purge libacquis-dev acquis >/dev/null 2>&1 || true; fi
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT
fail() { echo "FAIL $*"; exit 1; }

# The tools: lintian, dpkg-shlibdeps (CPack), systemd-analyze, man, pdftotext.
tools=()
command -v lintian >/dev/null || tools+=(lintian)
command -v dpkg-shlibdeps >/dev/null || tools+=(dpkg-dev)
command -v systemd-analyze >/dev/null || tools+=(systemd)
command -v man >/dev/null || tools+=(man-db)
command -v pdftotext >/dev/null || tools+=(poppler-utils)
install_packages() {
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}
if [ ${#tools[@]} -gt 0 ]; then install_packages "${tools[@]}"; fi

# A package left by an earlier run that was killed would spoil the comparison below.
for p in libacquis-dev acquis; do
  if dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null | grep -qv '^not-installed$'; then
    echo "note: purging $p, left installed by an earlier run"
    dpkg --purge "$p" >/dev/null
  fi
done

# Configured again so that CPackConfig.cmake is there and current (the cache keeps the options).
cmake "$build" >/dev/null
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/deb" >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log"; fail "cpack"; }
debs=("$work"/deb/acquis_*.deb "$work"/deb/libacquis-dev_*.deb)
for deb in "${debs[@]}"; do [ -f "$deb" ] || fail "cpack made no ${deb##*/}"; done
echo "ok   cpack made ${debs[*]##*/}"

# lintian: no error. Every warning and override is shown; informational tags are counted.
lintian --tag-display-limit 0 --display-info --show-overrides --fail-on none "${debs[@]}" \
  >"$work/lintian.txt" 2>&1
grep -E '^(E|W|O): ' "$work/lintian.txt" | sed 's/^/     lintian: /' || true
echo "     lintian: $(grep -c '^I: ' "$work/lintian.txt" || true) informational tags"
if grep -q '^E: ' "$work/lintian.txt"; then fail "lintian found errors"; fi
echo "ok   lintian: no error"

# What the packages depend on is installed first: dpkg -i does not fetch, and what apt would
# bring in must not show up as left behind by the packages.
depends=()
for deb in "${debs[@]}"; do
  for d in $(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/|.*//; s/(.*)//' | tr -d ' '); do
    case $d in acquis | libacquis-dev) ;; *) dpkg -s "$d" >/dev/null 2>&1 || depends+=("$d") ;; esac
  done
done
if [ ${#depends[@]} -gt 0 ]; then install_packages "${depends[@]}"; fi

# The file system before. Left out, as they change whatever a package does: /var/log (dpkg's
# and apt's logs), /var/cache (man-db's index, updated by its trigger; debconf's cache),
# /var/lib/dpkg (dpkg's own database: status, the packages' file lists and scripts) and
# /var/tmp (scratch space of other programs running meanwhile; the package never writes there).
# /lib is a link to /usr/lib on Debian 12; /tmp holds this test's own folder.
snapshot() {
  find /etc /usr /var /opt /lib -xdev \( -path /var/log -o -path /var/cache -o \
    -path /var/lib/dpkg -o -path /var/tmp \) -prune -o -print | LC_ALL=C sort
}
accounts() { cat /etc/passwd /etc/group /etc/shadow /etc/gshadow | sha256sum; }
snapshot >"$work/before.txt"
accounts >"$work/accounts-before.txt"

installed=1
dpkg -i "${debs[@]}" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "dpkg -i"; }
echo "ok   installed with dpkg -i"

for f in /usr/bin/acquis /usr/bin/acquis-serve /usr/lib/acquis/acquis-formulaires.so \
  /usr/share/acquis/templates/attestation.xml /usr/share/acquis/locales/fr-CA.xml \
  /usr/share/acquis/web/index.html /usr/share/acquis/fonts/fonts.xml /etc/acquis/acquis.json \
  /lib/systemd/system/acquis.service /usr/share/doc/acquis/copyright \
  /usr/share/doc/acquis/changelog.Debian.gz /usr/share/man/man1/acquis.1.gz \
  /usr/share/man/fr/man1/acquis.1.gz /usr/share/bash-completion/completions/acquis \
  /usr/include/acquis/acquis.hpp /usr/lib/libacquis_core.a /usr/lib/pkgconfig/acquis.pc \
  /usr/lib/cmake/Acquis/AcquisConfig.cmake /usr/share/doc/libacquis-dev/copyright; do
  [ -e "$f" ] || fail "not installed: $f"
done
dpkg-query -W -f='${Conffiles}' acquis | grep -q '^ /etc/acquis/acquis.json ' ||
  fail "/etc/acquis/acquis.json is not a conffile"
echo "ok   files in place; /etc/acquis/acquis.json a conffile"

getent passwd acquis | grep -q ':/var/lib/acquis:/usr/sbin/nologin$' ||
  fail "no system user acquis (home /var/lib/acquis, no shell): $(getent passwd acquis || true)"
[ "$(stat -c %U:%G /var/lib/acquis)" = acquis:acquis ] || fail "/var/lib/acquis is not acquis's"
[ "$(stat -c '%U:%G %a' /etc/acquis/acquis.json)" = "root:acquis 640" ] ||
  fail "/etc/acquis/acquis.json is not root:acquis 640"
[ -L /etc/systemd/system/multi-user.target.wants/acquis.service ] || fail "unit not enabled"
echo "ok   user acquis owns /var/lib/acquis; the configuration readable by it alone; unit enabled"

for page in /usr/share/man/man1/acquis.1.gz /usr/share/man/fr/man1/acquis.1.gz; do
  warnings=$(man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null)
  [ -z "$warnings" ] || fail "groff warnings in $page: $warnings"
done
[ "$(man -L fr -w acquis)" = /usr/share/man/fr/man1/acquis.1.gz ] || fail "man -L fr acquis"
echo "ok   manual pages in English and French, without groff warnings"

completed=$(bash -c 'source /usr/share/bash-completion/completions/acquis
  COMP_WORDS=(acquis produire att); COMP_CWORD=2; _acquis; echo "${COMPREPLY[*]}"')
[ "$completed" = attestation ] || fail "bash completion of a document name gave \"$completed\""
echo "ok   bash completion names the installed documents"

# The installed acquis, run from a folder far from the source tree. Its resources are found
# beside it (/usr/share/acquis): a template only that folder has is listed.
mkdir "$work/ailleurs"
cd "$work/ailleurs"
/usr/bin/acquis produire attestation --donnees "$root/samples" --candidat COTE12345678 -o x.pdf \
  >/dev/null 2>&1 || fail "the installed acquis did not make the certificate"
pdftotext x.pdf - | tr -s ' \n' '  ' | grep -q "Éloïse Côté-Bérubé" ||
  fail "the installed acquis's certificate lacks the person's name"
cp /usr/share/acquis/templates/attestation.xml /usr/share/acquis/templates/installe.xml
listed=$(/usr/bin/acquis documents | grep -c '^installe ' || true)
rm /usr/share/acquis/templates/installe.xml
[ "$listed" = 1 ] || fail "the installed acquis does not read /usr/share/acquis/templates"
echo "ok   the installed acquis made a certificate with the person's name, from /usr/share/acquis"

# The form reader: the module the package installed is the one loaded (ld.so says which).
/usr/bin/acquis produire cahier-autoevaluation --donnees "$root/samples" --programme 5195 \
  -o imprime.pdf >/dev/null 2>&1
LD_DEBUG=files /usr/bin/acquis lire imprime.pdf --donnees "$root/samples" >"$work/lire.txt" 2>&1 ||
  true
grep -q "aucun champ" "$work/lire.txt" || fail "the installed acquis cannot read a form"
grep -q "file=/usr/lib/acquis/acquis-formulaires.so" "$work/lire.txt" ||
  fail "the form reader was not loaded from /usr/lib/acquis"
echo "ok   the installed acquis reads forms with /usr/lib/acquis/acquis-formulaires.so"

# libacquis-dev: tests/install/consumer built with find_package(Acquis) from /usr, making a
# certificate with the resources of the acquis package.
cmake -S "$root/tests/install/consumer" -B "$work/consumer" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  >/dev/null
cmake --build "$work/consumer" >/dev/null
[ "$(cat "$work/consumer/data_dir.txt")" = /usr/share/acquis ] ||
  fail "libacquis-dev's ACQUIS_DATA_DIR is not /usr/share/acquis"
"$work/consumer/consumer" "$root/samples" /usr/share/acquis COTE12345678 consumer.pdf
pdftotext consumer.pdf - | tr -s ' \n' '  ' | grep -q "Éloïse Côté-Bérubé" ||
  fail "the program built on libacquis-dev made a certificate without the name"
echo "ok   a program built on libacquis-dev (find_package) made a certificate"

# systemd-analyze verify: no word about our unit. Without a running systemd it may complain
# of the system's own units and generators; only lines naming acquis are ours.
analysis=$(systemd-analyze verify /lib/systemd/system/acquis.service 2>&1 || true)
if grep -i acquis <<<"$analysis"; then fail "systemd-analyze verify complains of acquis.service"; fi
echo "ok   systemd-analyze verify accepts acquis.service"

# The service as the unit starts it: user acquis, the installed configuration (data folder
# /var/lib/acquis and its starting profile), any free port instead of 8080, its temporary
# folder in the test's folder rather than /tmp.
install -d -o acquis -g acquis -m 0700 "$work/tmp-service"
setpriv --reuid=acquis --regid=acquis --init-groups env -i PATH=/usr/bin:/bin \
  TMPDIR="$work/tmp-service" /usr/bin/acquis-serve --config /etc/acquis/acquis.json --port 0 \
  2>"$work/serve.log" &
server=$!
port=""
for _ in $(seq 100); do
  port=$(sed -n 's|.*http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$work/serve.log" | head -1)
  if [ -n "$port" ] || ! kill -0 "$server" 2>/dev/null; then break; fi
  sleep 0.1
done
[ -n "$port" ] || { cat "$work/serve.log"; fail "acquis-serve did not start as acquis"; }
exec 3<>"/dev/tcp/127.0.0.1/$port"
printf 'GET / HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nConnection: close\r\n\r\n' "$port" >&3
IFS= read -r answer <&3 || true
exec 3<&-
[[ $answer == "HTTP/1.1 200"* ]] || fail "GET / answered \"$answer\""
kill -TERM "$server"
wait "$server" || { cat "$work/serve.log"; fail "acquis-serve did not stop cleanly"; }
server=""
echo "ok   acquis-serve ran as acquis with /etc/acquis/acquis.json: GET / answered 200"

cd "$work"
dpkg --purge libacquis-dev acquis >"$work/dpkg.log" 2>&1 ||
  { cat "$work/dpkg.log"; fail "dpkg --purge"; }
installed=""
snapshot >"$work/after.txt"
if ! diff "$work/before.txt" "$work/after.txt" >"$work/left.txt"; then
  cat "$work/left.txt"
  fail "the purge left the file system otherwise than it was"
fi
! getent passwd acquis >/dev/null || fail "the user acquis is still there"
! getent group acquis >/dev/null || fail "the group acquis is still there"
accounts | cmp -s - "$work/accounts-before.txt" || fail "passwd, group or shadow files changed"
! dpkg-statoverride --list /etc/acquis/acquis.json >/dev/null || fail "a statoverride is left"
echo "ok   dpkg --purge left nothing: no file, no user or group acquis, accounts as before"
