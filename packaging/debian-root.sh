# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by check-debian13.sh, check-fresh.sh and check-package.sh (sourced, as root): Debian
# roots made with debootstrap and kept in a cache folder, with the mounts a build inside one
# needs. The caller sets `say_name` (its name in messages) before sourcing.
#
#   QUOTEDESK_DEBIAN_MIRROR  the Debian mirror (default: the first one in this machine's apt
#                            sources)

root_cache=${XDG_CACHE_HOME:-$HOME/.cache}/quotedesk

say() { printf '%s: %s\n' "$say_name" "$*"; }
die() {
    printf '%s: %s\n' "$say_name" "$*" >&2
    exit 1
}

[ "$(id -u)" -eq 0 ] || die "needs root (debootstrap, chroot and mounts); run it as root or with sudo."

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

debian_mirror() {
    local mirror=${QUOTEDESK_DEBIAN_MIRROR:-$(find_mirror | grep -v -- '-security' | grep -m1 '/debian/\?$' || true)}
    [ -n "$mirror" ] || die "found no Debian mirror in /etc/apt/sources.list*; set QUOTEDESK_DEBIAN_MIRROR to one (e.g. http://deb.debian.org/debian)."
    echo "$mirror"
}

# make_root SUITE ROOT: debootstrap --variant=minbase SUITE into ROOT, once; kept for the next run.
make_root() {
    local suite=$1 root=$2
    if [ -e "$root/.quotedesk-debootstrap-done" ]; then
        say "reusing the Debian $suite root in $root"
        return
    fi
    command -v debootstrap >/dev/null || die "debootstrap is missing; install it with 'apt-get install debootstrap'."
    local mirror log
    mirror=$(debian_mirror)
    log=$(dirname "$root")/$(basename "$root")-debootstrap.log
    say "creating the Debian $suite root in $root from $mirror (log: $log)"
    mkdir -p "$(dirname "$root")"
    rm -rf "$root.partial"
    debootstrap --variant=minbase "$suite" "$root.partial" "$mirror" >"$log" 2>&1 ||
        die "debootstrap failed; see $log"
    rm -rf "$root"
    mv "$root.partial" "$root"
    touch "$root/.quotedesk-debootstrap-done"
}

# remove_root ROOT: deletes a work root, never through a mount left in it by a killed run.
remove_root() {
    local target
    for target in $(findmnt -rn -o TARGET | grep -F "$1/" | sort -r); do
        umount "$target" 2>/dev/null || umount -l "$target" || true
    done
    if findmnt -rn -o TARGET | grep -qF "$1/"; then
        die "something is still mounted below $1; unmount it before running again"
    fi
    rm -rf --one-file-system "$1"
}

# copy_root FROM TO: a fresh copy of a root, to change without touching the cached one.
copy_root() {
    remove_root "$2"
    cp -a "$1" "$2"
}

# Mounts, undone by unmount_all (the callers trap it on EXIT).
mounted=()
unmount_all() {
    local i
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount "${mounted[$i]}" 2>/dev/null || umount -l "${mounted[$i]}" || true
    done
    mounted=()
}
bind_into() { # bind_into ROOT SOURCE TARGET-INSIDE-ROOT
    mkdir -p "$1$3"
    mount --bind "$2" "$1$3"
    mounted+=("$1$3")
}
# mount_root ROOT: /proc, /dev, /sys and the name servers, for apt and builds inside.
mount_root() {
    local root=$1
    mkdir -p "$root/proc"
    mount -t proc proc "$root/proc"
    mounted+=("$root/proc")
    bind_into "$root" /dev /dev
    bind_into "$root" /dev/pts /dev/pts
    [ -d /dev/shm ] && bind_into "$root" /dev/shm /dev/shm
    bind_into "$root" /sys /sys
    cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
}

# chroot_run ROOT COMMAND…: runs COMMAND in ROOT with a clean environment.
chroot_run() {
    local root=$1
    shift
    chroot "$root" /usr/bin/env -i HOME=/root TERM=dumb LANG=C.UTF-8 TMPDIR=/tmp \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        CCACHE_DIR=/var/cache/quotedesk-ccache "$@"
}

# copy_checkout CHECKOUT ROOT: the tracked and new files of CHECKOUT (not the build folders)
# into ROOT/src, stamped with the time of the copy (-m), so a build kept in the root from the
# last run rebuilds every file (from ccache where it can).
copy_checkout() {
    rm -rf "$2/src"
    mkdir -p "$2/src"
    (cd "$1" && git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf -) |
        tar -xmf - -C "$2/src"
}
