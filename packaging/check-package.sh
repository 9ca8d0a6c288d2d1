#!/usr/bin/env bash
# Builds the Debian package from the release build and checks it (docs/packaging.md):
#
#   packaging/check-package.sh [--no-build]
#
# 1. installs what packaging needs and dev.sh does not (dpkg-dev for dpkg-shlibdeps, lintian,
#    desktop-file-utils, appstream, groff-base, man-db), as root or with sudo;
# 2. configures and builds the release preset (holding /tmp/tilltro-build.lock, like every build
#    in this checkout) unless --no-build, and runs `cpack -G DEB` in build/release;
# 3. runs lintian on the .deb (fails on any error), desktop-file-validate, appstreamcli validate
#    and `groff -ww` on the files as packaged, and prints the package's fields and files.
#
# The .deb is build/release/tilltro_<version>_<arch>.deb. Installing it on a minimal Debian 12:
# tools/fresh-machine-check.sh --deb build/release/tilltro_<version>_<arch>.deb
set -euo pipefail
cd "$(dirname "$0")/.."

build=1
case "${1:-}" in
  --no-build) build=0 ;;
  "") ;;
  *) echo "usage: $0 [--no-build]" >&2; exit 1 ;;
esac

TOOLS=(dpkg-dev lintian desktop-file-utils appstream groff-base man-db file)
missing=()
for p in "${TOOLS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing: ${missing[*]}"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if [ "$build" -eq 1 ]; then
  flock /tmp/tilltro-build.lock sh -c 'cmake --preset release >/dev/null && cmake --build --preset release'
fi
rm -f build/release/tilltro_*.deb
(cd build/release && cpack -G DEB)
deb=$(ls build/release/tilltro_*.deb)

echo
echo "== $deb"
dpkg-deb --field "$deb"
echo "($(du -k "$deb" | cut -f1) KiB)"
dpkg-deb --contents "$deb" | awk '{print $1, $6}'

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dpkg-deb -x "$deb" "$tmp"
status=0
echo
echo "== desktop-file-validate"
desktop-file-validate "$tmp"/usr/share/applications/*.desktop || status=1
echo "== appstreamcli validate --no-net"
appstreamcli validate --no-net "$tmp"/usr/share/metainfo/*.metainfo.xml || status=1
echo "== groff -man -ww -z"
warnings=$(zcat "$tmp/usr/share/man/man1/tilltro.1.gz" | groff -man -ww -z 2>&1)
[ -z "$warnings" ] || { echo "$warnings"; status=1; }
echo "== lintian"
# Errors fail; warnings and the rest are listed (the remaining ones are explained in
# docs/packaging.md).
lintian --display-info --pedantic --fail-on error "$deb" || { echo "lintian reports errors" >&2; status=1; }
[ "$status" -eq 0 ] && echo "package checks passed: $deb"
exit "$status"
