#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's Quick start on a machine where nothing is installed: a Debian 12 (bookworm)
# root made with debootstrap --variant=minbase. Run as root on a Debian machine.
#
#   packaging/check-fresh.sh
#
#   1. packaging/install-deps.sh --wordpress, from nothing installed, in a copy of the root with
#      /usr/sbin/policy-rc.d present (as container images have it) and in one without: both
#      must exit 0 and leave the blocker as they found it.
#   2. In the second copy, `xvfb-run -a packaging/run-app.sh --demo --quit-after-start`
#      (installs, builds and starts the app on the demo library, quitting once its window
#      is up), then the command-line tool's `demo` and `search`.
#   3. There too, `packaging/run-tests.sh`: the whole suite, with the real WordPress
#      only with QUOTEDESK_FRESH_TESTS=1.
#
# The root as debootstrap made it is kept and copied for each run:
#   QUOTEDESK_DEBIAN12_ROOT  the root folder
#                            (default ${XDG_CACHE_HOME:-$HOME/.cache}/quotedesk/debian12-root)
# Downloaded .deb files are kept in .../quotedesk/apt-archives, and the build in the root uses
# this machine's compiler cache (ccache, with paths relative to the checkout), so that it
# downloads and compiles less; nothing is installed in the root before install-deps.sh runs. Logs: build/logs/fresh-*.log.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
say_name=check-fresh
. "$here/packaging/debian-root.sh"
base=${QUOTEDESK_DEBIAN12_ROOT:-$root_cache/debian12-root}
work=$root_cache/fresh-root
archives=$root_cache/apt-archives
ccache_dir=${CCACHE_DIR:-$(ccache --get-config cache_dir 2>/dev/null || echo "$root_cache/fresh-ccache")}
logs=${QUOTEDESK_LOGS:-$here/build/logs}
mkdir -p "$logs" "$archives/partial" "$ccache_dir"

step() {
    say "$1 (${SECONDS}s so far)"
}

make_root bookworm "$base"
cleanup() {
    unmount_all
    remove_root "$work"
}
trap cleanup EXIT

# fresh_copy: the work root as debootstrap left it, mounted, with the checkout in /src.
fresh_copy() {
    unmount_all
    copy_root "$base" "$work"
    mount_root "$work"
    bind_into "$work" "$archives" /var/cache/apt/archives
    copy_checkout "$here" "$work"
}

blocker_state() { # what /usr/sbin/policy-rc.d in the work root is: its checksum, or "absent"
    if [ -e "$work/usr/sbin/policy-rc.d" ]; then
        sha256sum <"$work/usr/sbin/policy-rc.d" | cut -d' ' -f1
    else
        echo absent
    fi
}

# install_deps with|without: install-deps.sh --wordpress on a fresh copy, with or without a
# policy-rc.d of the root's own.
install_deps() {
    local variant=$1
    step "install-deps.sh --wordpress from nothing installed, $variant /usr/sbin/policy-rc.d"
    fresh_copy
    if [ "$variant" = with ]; then
        printf '#!/bin/sh\n# The image'"'"'s own: no service starts in a container.\nexit 101\n' \
            >"$work/usr/sbin/policy-rc.d"
        chmod 755 "$work/usr/sbin/policy-rc.d"
    else
        rm -f "$work/usr/sbin/policy-rc.d"
    fi
    local before status=0 log=$logs/fresh-install-deps-$variant.log
    before=$(blocker_state)
    chroot_run "$work" bash -c 'cd /src && packaging/install-deps.sh --wordpress' >"$log" 2>&1 || status=$?
    if [ "$status" -ne 0 ]; then
        tail -n 30 "$log" >&2
        die "install-deps.sh --wordpress exited with status $status $variant a policy-rc.d; see $log"
    fi
    grep '^install-deps:' "$log" | cut -c1-200
    [ "$(blocker_state)" = "$before" ] ||
        die "install-deps.sh left /usr/sbin/policy-rc.d changed ($before before, $(blocker_state) after) $variant one"
    say "install-deps.sh exited 0 and left policy-rc.d as it was ($variant one)"
}

install_deps with
install_deps without

# The compiler cache (install-deps.sh installs ccache) is this machine's: the checkout's
# compiles of the Quick start build are reused for the same files in /src.
bind_into "$work" "$ccache_dir" /var/cache/quotedesk-ccache

step "xvfb-run -a packaging/run-app.sh --demo --quit-after-start"
log=$logs/fresh-run-app.log
if ! chroot_run "$work" bash -c 'cd /src && xvfb-run -a packaging/run-app.sh --demo --quit-after-start' \
    >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    grep -E -A8 'error:|FAILED:' "$work/src/build/logs/dev-build.log" 2>/dev/null | head -n 60 >&2 || true
    die "the app did not build or start; see $log"
fi
grep -E '^(run-app|built|install-deps):' "$log" || true
[ -s "$work/root/.local/share/QuoteDesk/QuoteDesk/demo.qdlib" ] ||
    die "the app started but left no demo library in /root/.local/share/QuoteDesk/QuoteDesk"

step "quotedesk-cli demo and search"
cli=/src/build/dev/app/cli/quotedesk-cli
chroot_run "$work" "$cli" --library /tmp/fresh.qdlib demo >"$logs/fresh-cli.log" 2>&1 ||
    die "quotedesk-cli demo failed; see $logs/fresh-cli.log"
found=$(chroot_run "$work" "$cli" --library /tmp/fresh.qdlib search "Jensen Huang" 2>>"$logs/fresh-cli.log") ||
    die "quotedesk-cli search failed; see $logs/fresh-cli.log"
printf '%s\n' "$found" | head -n 5
printf '%s\n' "$found" | grep -q 'Jensen Huang' ||
    die "quotedesk-cli search \"Jensen Huang\" did not find the demo library's speaker"
if [ "${QUOTEDESK_FRESH_TESTS:-0}" = 1 ]; then
    step "packaging/run-tests.sh"
    log=$logs/fresh-run-tests.log
    if ! chroot_run "$work" bash -c 'cd /src && packaging/run-tests.sh' >"$log" 2>&1; then
        grep -E 'FAILED|Failed|\*\*\*|tests passed' "$log" | tail -n 30 >&2
        die "packaging/run-tests.sh failed in the fresh root; see $log"
    fi
    grep -E 'tests passed|Total Test time' "$log" || true
fi
say "passed in ${SECONDS} s"
