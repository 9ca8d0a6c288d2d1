#!/usr/bin/env bash
# Tilltro developer entry point: installs what is missing (Debian 12 / Ubuntu packages), builds,
# and either starts the application or runs every test.
#
#   ./dev.sh run    build and start Tilltro on your default database
#   ./dev.sh test   build with warnings as errors and run the whole test suite, then the core
#                   tests and the fuzz targets once more under AddressSanitizer + UBSan
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libqt6opengl6-dev libgl-dev
  nlohmann-json3-dev libsqlite3-dev
  qt6-qpa-plugins
)
TEST_PACKAGES=(poppler-utils qpdf sqlite3 xvfb xauth dbus-daemon python3-pyatspi at-spi2-core postgresql postgresql-client openssl libqt6sql6-psql)

install_missing() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

jobs=$(nproc 2>/dev/null || echo 2)

case "${1:-}" in
  run)
    install_missing "${PACKAGES[@]}"
    cmake --preset release >/dev/null
    cmake --build --preset release -j "$jobs"
    shift
    exec ./build/release/src/app/tilltro "$@"
    ;;
  test)
    install_missing "${PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    cmake --preset ci
    cmake --build --preset ci -j "$jobs"
    ctest --preset ci -j "$jobs"
    # The sanitizer pass (docs/fuzzing.md): only what the core and fuzz tests need is built.
    cmake --preset asan
    cmake --build --preset asan -j "$jobs"
    ctest --preset asan -j "$jobs"
    ;;
  *)
    echo "usage: $0 run | test" >&2
    exit 1
    ;;
esac
