#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds and tests QuoteDesk in a Debian 13 (trixie) root made with debootstrap: Qt 6.8,
# GCC 14 and KF6 SyntaxHighlighting (DESIGN.md §5). Run as root on a Debian machine.
#
#   packaging/check-debian13.sh
#
# The root is kept outside the checkout and reused on the next run:
#   QUOTEDESK_DEBIAN13_ROOT  the root folder
#                            (default ${XDG_CACHE_HOME:-$HOME/.cache}/quotedesk/debian13-root)
#   QUOTEDESK_DEBIAN_MIRROR  the Debian mirror (default: the first one in this machine's apt
#                            sources)
# Packages are installed with packaging/install-deps.sh inside the root, again only when that
# script changed. The tests run offscreen, without the `integration` label (Debian 13's
# WordPress is not the version the integration tests check).
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
cache=${XDG_CACHE_HOME:-$HOME/.cache}/quotedesk
root=${QUOTEDESK_DEBIAN13_ROOT:-$cache/debian13-root}
suite=trixie

say() { printf 'check-debian13: %s\n' "$*"; }
die() {
    printf 'check-debian13: %s\n' "$*" >&2
    exit 1
}

[ "$(id -u)" -eq 0 ] || die "needs root (debootstrap, chroot and mounts); run it as root or with sudo."
command -v debootstrap >/dev/null || die "debootstrap is missing; install it with 'apt-get install debootstrap'."

# The Debian mirror of this machine's apt sources: one-line (sources.list) or deb822
# (*.sources) format; the security archive is skipped.
find_mirror() {
    local f
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [ -r "$f" ] || continue
        awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) { print $i; break } }' "$f"
    done
    for f in /etc/apt/sources.list.d/*.sources; do
        [ -r "$f" ] || continue
        awk 'tolower($1) == "uris:" { for (i = 2; i <= NF; i++) print $i }' "$f"
    done
}
mirror=${QUOTEDESK_DEBIAN_MIRROR:-$(find_mirror | grep -v -- '-security' | grep -m1 '/debian/\?$' || true)}
[ -n "$mirror" ] || die "found no Debian mirror in /etc/apt/sources.list*; set QUOTEDESK_DEBIAN_MIRROR to one (e.g. http://deb.debian.org/debian)."

step() {
    say "$1 (${SECONDS}s so far)"
}

# 1. The root, made once.
if [ ! -e "$root/.quotedesk-debootstrap-done" ]; then
    step "creating the Debian 13 root in $root from $mirror"
    mkdir -p "$(dirname "$root")"
    rm -rf "$root.partial"
    debootstrap --variant=minbase "$suite" "$root.partial" "$mirror" >"$(dirname "$root")/debootstrap.log" 2>&1 ||
        die "debootstrap failed; see $(dirname "$root")/debootstrap.log"
    rm -rf "$root"
    mv "$root.partial" "$root"
    touch "$root/.quotedesk-debootstrap-done"
else
    step "reusing the Debian 13 root in $root"
fi

# 2. Mounts, undone on every exit.
mounted=()
cleanup() {
    local i
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount "${mounted[$i]}" 2>/dev/null || umount -l "${mounted[$i]}" || true
    done
}
trap cleanup EXIT
bind() { # bind SOURCE TARGET-INSIDE-ROOT
    mkdir -p "$root$2"
    mount --bind "$1" "$root$2"
    mounted+=("$root$2")
}
mkdir -p "$root/proc"
mount -t proc proc "$root/proc"
mounted+=("$root/proc")
bind /dev /dev
bind /dev/pts /dev/pts
[ -d /dev/shm ] && bind /dev/shm /dev/shm
bind /sys /sys
cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true

in_root() {
    chroot "$root" /usr/bin/env -i HOME=/root TERM=dumb LANG=C.UTF-8 TMPDIR=/tmp \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        CCACHE_DIR=/var/cache/quotedesk-ccache "$@"
}

# 3. The checkout: tracked and new files, not the build folders. Stamped with the time of the
# copy (-m), so the build kept in the root from the last run rebuilds every file (from ccache
# where it can): a checkout's own times may be older than that build's objects.
step "copying the checkout to /src in the root"
rm -rf "$root/src"
mkdir -p "$root/src"
(cd "$here" && git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf -) |
    tar -xmf - -C "$root/src"

# 4. Packages, again only when install-deps.sh changed.
stamp=$(sha256sum "$here/packaging/install-deps.sh" | cut -d' ' -f1)
if [ "$(cat "$root/.quotedesk-deps-stamp" 2>/dev/null)" != "$stamp" ]; then
    apt_log=$(dirname "$root")/debian13-apt.log
    step "installing the packages with packaging/install-deps.sh (log: $apt_log)"
    if ! { in_root apt-get update -qq && in_root bash /src/packaging/install-deps.sh &&
        in_root apt-get install -y --no-install-recommends ccache; } >"$apt_log" 2>&1; then
        tail -n 30 "$apt_log"
        die "installing the packages in the root failed; see $apt_log"
    fi
    grep '^install-deps:' "$apt_log" || true
    echo "$stamp" >"$root/.quotedesk-deps-stamp"
else
    step "packages are up to date (install-deps.sh unchanged)"
fi
in_root sh -c 'echo "Debian $(cat /etc/debian_version), $(g++ --version | head -n1), Qt $(dpkg-query -W -f="\${Version}" qt6-base-dev)"'

# 5. Configure, build and test. The build folder stays in the root for the next run.
logs=$root/build/logs
mkdir -p "$logs"
step "configuring (log: $logs/configure.log)"
in_root sh -c 'cd /src && cmake --preset dev -B /build/dev -DCMAKE_CXX_COMPILER_LAUNCHER=ccache' \
    >"$logs/configure.log" 2>&1 || {
    tail -n 50 "$logs/configure.log"
    die "configure failed; see $logs/configure.log"
}
if grep -iE 'kf6|editor highlighting' "$logs/configure.log"; then
    say "the configure log's highlighter lines are above"
else
    say "the configure log says nothing about KF6 (no editor highlighter choice in this build)"
fi

step "building (log: $logs/build.log)"
in_root nice cmake --build /build/dev -- -k 0 >"$logs/build.log" 2>&1 || {
    grep -E -A5 'error:|FAILED:' "$logs/build.log" | head -n 120
    die "build failed; see $logs/build.log"
}

step "testing without the integration label (log: $logs/test.log)"
if ! in_root env QT_QPA_PLATFORM=offscreen ctest --test-dir /build/dev --output-on-failure -LE integration \
    >"$logs/test.log" 2>&1; then
    tail -n 80 "$logs/test.log"
    die "tests failed on Debian 13; see $logs/test.log"
fi
tail -n 3 "$logs/test.log"
say "passed in ${SECONDS} s"
