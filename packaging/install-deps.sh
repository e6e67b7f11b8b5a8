#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian packages that building, testing and benchmarking QuoteDesk need.
# Works on Debian 12 (bookworm) and Debian 13 (trixie); idempotent: installs only what is
# missing and says what that is.
#
#   packaging/install-deps.sh            build + test + benchmark packages
#   packaging/install-deps.sh --wordpress  also the packages of the real-WordPress test site
set -euo pipefail

want_wordpress=0
for arg in "$@"; do
    case "$arg" in
    --wordpress) want_wordpress=1 ;;
    -h | --help)
        sed -n '3,9p' "$0"
        exit 0
        ;;
    *)
        echo "install-deps.sh: unknown option '$arg' (see --help)" >&2
        exit 2
        ;;
    esac
done

. /etc/os-release
codename=${VERSION_CODENAME:-unknown}

packages=(
    # toolchain
    g++ clang cmake ninja-build pkg-config git clang-format ccache mold
    # Qt 6 and the libraries the core links
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-pdf-dev qt6-svg-dev qt6-image-formats-plugins qt6-httpserver-dev qt6-websockets-dev
    libgl-dev
    libmd4c-dev libmd4c-html0-dev qtkeychain-qt6-dev libssl-dev libsqlite3-dev zlib1g-dev
    # running and looking at the GUI headless, tests and benchmarks
    xvfb xauth sqlite3 openssl procps fonts-dejavu-core qpdf
    # the static export: an HTML5 parser for its pages, a browser to look at them
    python3 python3-html5lib chromium
    # CI: the fuzzer's runtime, the Debian 13 root, checks of the desktop entry and metainfo
    libclang-rt-dev debootstrap desktop-file-utils appstream libxml2-utils
    # the package: man pages from the programs' help, checks of the .deb
    help2man lintian dpkg-dev fakeroot file strace
)
case "$codename" in
trixie | forky | sid) packages+=(libkf6syntaxhighlighting-dev) ;;
esac
if [ "$want_wordpress" = 1 ]; then
    packages+=(wordpress wordpress-theme-twentytwentythree mariadb-server php-cli php-mysql curl)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages already installed ($codename)."
    exit 0
fi

echo "install-deps: installing on $codename: ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
    sudo=sudo
else
    sudo=
fi
export DEBIAN_FRONTEND=noninteractive
# Keep apt from starting services (apache, mariadb) on the system ports while installing.
blocker=/usr/sbin/policy-rc.d
added_blocker=0
if [ ! -e "$blocker" ]; then
    printf '#!/bin/sh\nexit 101\n' | $sudo tee "$blocker" >/dev/null
    $sudo chmod +x "$blocker"
    added_blocker=1
fi
# The EXIT trap's last status becomes the script's: it must be 0 when there was nothing to undo.
cleanup() {
    if [ "$added_blocker" = 1 ]; then
        $sudo rm -f "$blocker"
    fi
    return 0
}
trap cleanup EXIT

if ! $sudo apt-get install -y --no-install-recommends "${missing[@]}"; then
    $sudo apt-get update -qq
    $sudo apt-get install -y --no-install-recommends "${missing[@]}"
fi
echo "install-deps: done."
