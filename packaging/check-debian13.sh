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
# script changed. It builds the `debug` preset (no sanitizers: the dev preset's sanitizer run
# is the Debian 12 one): both programs and the tests of the parts whose libraries differ on
# Debian 13 — the editor (KF6 SyntaxHighlighting in place of the built-in highlighter), the
# renderer (md4c 0.5) and the store (SQLite 3.46), labels QUOTEDESK_DEBIAN13_LABELS (a ctest
# regular expression, default `editor|render|store`). The whole suite is built and run on
# Debian 12 by the tests step; building it twice would double the time of a CI run. The tests
# run offscreen, without the `integration` label (Debian 13's WordPress is not the version the
# integration tests check).
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
say_name=check-debian13
. "$here/packaging/debian-root.sh"
root=${QUOTEDESK_DEBIAN13_ROOT:-$root_cache/debian13-root}
suite=trixie
labels=${QUOTEDESK_DEBIAN13_LABELS:-editor|render|store}

step() {
    say "$1 (${SECONDS}s so far)"
}

# 1. The root, made once.
make_root "$suite" "$root"

# 2. Mounts, undone on every exit.
trap unmount_all EXIT
mount_root "$root"
in_root() { chroot_run "$root" "$@"; }

# 3. The checkout.
step "copying the checkout to /src in the root"
copy_checkout "$here" "$root"

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
in_root sh -c 'cd /src && cmake --preset debug -B /build/debug -DQUOTEDESK_BUILD_BENCH=OFF -DCMAKE_CXX_COMPILER_LAUNCHER=ccache' \
    >"$logs/configure.log" 2>&1 || {
    tail -n 50 "$logs/configure.log"
    die "configure failed; see $logs/configure.log"
}
if grep -iE 'kf6|editor highlighting' "$logs/configure.log"; then
    say "the configure log's highlighter lines are above"
else
    say "the configure log says nothing about KF6 (no editor highlighter choice in this build)"
fi

# The tests of those labels, by name: each is built by the target of the same name.
tests=$(in_root ctest --test-dir /build/debug -N -L "$labels" -LE integration |
    sed -n 's/^ *Test *#[0-9]*: *//p')
[ -n "$tests" ] || die "no tests carry the labels '$labels'; see QUOTEDESK_DEBIAN13_LABELS"
targets=(quotedesk quotedesk-cli)
for test in $tests; do
    targets+=("$test")
done
step "building the programs and $(echo "$tests" | wc -w) tests (labels $labels; log: $logs/build.log)"
in_root nice cmake --build /build/debug --target "${targets[@]}" -- -k 0 >"$logs/build.log" 2>&1 || {
    grep -E -A5 'error:|FAILED:' "$logs/build.log" | head -n 120
    die "build failed; see $logs/build.log"
}

step "testing the labels $labels, without integration (log: $logs/test.log)"
if ! in_root env QT_QPA_PLATFORM=offscreen ctest --test-dir /build/debug --output-on-failure -j 2 \
    -L "$labels" -LE integration >"$logs/test.log" 2>&1; then
    tail -n 80 "$logs/test.log"
    die "tests failed on Debian 13; see $logs/test.log"
fi
tail -n 3 "$logs/test.log"
say "passed in ${SECONDS} s"
