#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb and proves that it installs and runs like any other desktop app. Run as root
# on a Debian 12 machine with the packages of packaging/install-deps.sh.
#
#   packaging/check-package.sh
#
#   1. The release build without tests and benchmarks in build/package, and its `package`
#      target: build/package/quotedesk_VERSION_ARCH.deb. lintian on it must report no error.
#   2. `cmake --install` of that build into a temporary prefix: the programs run from there and
#      the German catalogue is found under PREFIX/share/quotedesk/translations.
#   3. `apt-get install ./quotedesk_*.deb` into a copy of the clean Debian 12 root of
#      check-fresh.sh (nothing installed but the package and what it depends on), then from
#      the installed paths: quotedesk --version, quotedesk-cli --version and demo, the man
#      pages, the .qdlib file type, and the app started under Xvfb on a .qdlib file as the
#      desktop entry starts it.
# Logs: build/logs/package-*.log.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
say_name=check-package
. "$here/packaging/debian-root.sh"
. packaging/build-steps.sh
base=${QUOTEDESK_DEBIAN12_ROOT:-$root_cache/debian12-root}
work=$root_cache/package-root
archives=$root_cache/apt-archives
logs=$QUOTEDESK_LOGS
build=build/package
mkdir -p "$logs" "$archives/partial"

step() {
    say "$1 (${SECONDS}s so far)"
}

# 1. The package.
step "building the package in $build (log: $logs/package-build.log)"
set_launcher
{ cmake --preset release -B "$build" -DQUOTEDESK_BUILD_TESTS=OFF -DQUOTEDESK_BUILD_BENCH=OFF "${launcher[@]}" &&
    nice cmake --build "$build" --target package; } >"$logs/package-build.log" 2>&1 || {
    grep -E -A8 'error:|FAILED:|CPack Error' "$logs/package-build.log" | head -n 80 >&2
    die "building the package failed; see $logs/package-build.log"
}
deb=$(find "$build" -maxdepth 1 -name 'quotedesk_*.deb' -newer "$build/CMakeCache.txt" | head -n 1)
[ -n "$deb" ] || die "the package target wrote no quotedesk_*.deb in $build"
say "built $deb"
dpkg-deb --info "$deb" | grep -E '^ (Package|Version|Architecture|Depends):' | cut -c1-400

step "lintian $deb (log: $logs/package-lintian.log)"
lintian_status=0
lintian --tag-display-limit 0 "$deb" >"$logs/package-lintian.log" 2>&1 || lintian_status=$?
[ "$lintian_status" -le 1 ] || die "lintian could not check the package (status $lintian_status); see $logs/package-lintian.log"
cat "$logs/package-lintian.log"
if grep -q '^E: ' "$logs/package-lintian.log"; then
    die "lintian reports errors in the package (above)"
fi

# 2. An install into a prefix of one's own.
prefix=$(mktemp -d)
cleanup() {
    unmount_all
    remove_root "$work"
    rm -rf "$prefix"
}
trap cleanup EXIT
step "cmake --install $build --prefix $prefix"
cmake --install "$build" --prefix "$prefix" >"$logs/package-install.log" 2>&1 ||
    die "cmake --install failed; see $logs/package-install.log"
for file in bin/quotedesk bin/quotedesk-cli share/quotedesk/translations/quotedesk_de.qm \
    share/man/man1/quotedesk.1.gz share/man/man1/quotedesk-cli.1.gz share/applications/quotedesk.desktop \
    share/metainfo/io.quotedesk.QuoteDesk.metainfo.xml share/mime/packages/io.quotedesk.QuoteDesk.xml \
    share/icons/hicolor/scalable/apps/io.quotedesk.QuoteDesk.svg \
    share/icons/hicolor/16x16/apps/io.quotedesk.QuoteDesk.png \
    share/icons/hicolor/512x512/apps/io.quotedesk.QuoteDesk.png; do
    [ -e "$prefix/$file" ] || die "cmake --install left out $file"
done
"$prefix/bin/quotedesk" --version
# The catalogue the installed tool loads: with the built-in one taken away, German must still
# come from PREFIX/share/quotedesk/translations (strace shows the file opened).
opened=$(LANG=de_DE.UTF-8 LANGUAGE=de strace -f -e trace=openat -o /dev/stdout "$prefix/bin/quotedesk-cli" --help 2>/dev/null |
    grep -c "$prefix/share/quotedesk/translations/quotedesk_de.qm" || true)
[ "$opened" -gt 0 ] || die "$prefix/bin/quotedesk-cli did not read its catalogue from $prefix/share/quotedesk/translations"
LANG=de_DE.UTF-8 LANGUAGE=de "$prefix/bin/quotedesk-cli" --help | grep -q 'Befehle' ||
    die "$prefix/bin/quotedesk-cli --help is not in German with LANG=de_DE.UTF-8"
say "the prefix install runs and reads its catalogue from the prefix"

# 3. The package in a clean root.
make_root bookworm "$base"
step "apt-get install ./$(basename "$deb") into a clean Debian 12 root"
copy_root "$base" "$work"
mount_root "$work"
bind_into "$work" "$archives" /var/cache/apt/archives
cp "$deb" "$work/tmp/"
log=$logs/package-apt.log
if ! { chroot_run "$work" apt-get update &&
    chroot_run "$work" apt-get install -y --no-install-recommends "/tmp/$(basename "$deb")"; } >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    die "apt-get install of the package failed in the clean root; see $log"
fi
grep -E '^(Setting up quotedesk|[0-9]+ upgraded)' "$log" || true

step "running the installed programs"
chroot_run "$work" quotedesk --version
chroot_run "$work" quotedesk-cli --version
chroot_run "$work" quotedesk-cli --library /tmp/installed.qdlib demo
chroot_run "$work" quotedesk-cli --library /tmp/installed.qdlib search "Jensen Huang" | grep -q 'Jensen Huang' ||
    die "the installed quotedesk-cli did not find the demo library's speaker"
for page in quotedesk quotedesk-cli; do
    zcat "$work/usr/share/man/man1/$page.1.gz" | grep -q '^\.SH OPTIONS' ||
        die "the man page $page.1 is not installed or has no options"
done
grep -q 'application/x-quotedesk-library:\*\.qdlib' "$work/usr/share/mime/globs2" ||
    die "the .qdlib file type is not in the root's shared-mime-info database"

# The app, under Xvfb (installed for this check only), on a .qdlib file as its desktop entry's
# Exec=quotedesk %f starts it.
chroot_run "$work" apt-get install -y --no-install-recommends xvfb xauth >>"$log" 2>&1 ||
    die "could not install xvfb in the root for the start check; see $log"
exec_line=$(grep '^Exec=' "$work/usr/share/applications/quotedesk.desktop")
[ "$exec_line" = "Exec=quotedesk %f" ] || die "the desktop entry says '$exec_line', not 'Exec=quotedesk %f'"
chroot_run "$work" xvfb-run -a quotedesk /tmp/installed.qdlib --quit-after-start >"$logs/package-app.log" 2>&1 || {
    cat "$logs/package-app.log" >&2
    die "the installed app did not start under Xvfb; see $logs/package-app.log"
}
grep -q '^quotedesk: started on /tmp/installed.qdlib$' "$logs/package-app.log" ||
    die "the installed app did not open the .qdlib file it was given; see $logs/package-app.log"
say "passed in ${SECONDS} s"
