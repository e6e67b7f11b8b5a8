#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The real WordPress for the render integration tests, as a ctest fixture.
#
#   wp-fixture.sh start STATE_DIR   start tests/integration/wordpress/wp-site.sh and keep what
#                                   it prints (WP_ROOT, WP_URL, …) in STATE_DIR/site.env; where
#                                   its packages are missing, write WP_SKIP=<reason> there instead
#   wp-fixture.sh stop STATE_DIR    stop it
set -euo pipefail

command=${1:?usage: wp-fixture.sh start|stop STATE_DIR}
state=${2:?usage: wp-fixture.sh start|stop STATE_DIR}
site=$(cd "$(dirname "$0")/../wordpress" && pwd)/wp-site.sh

case "$command" in
start)
    mkdir -p "$state"
    rm -f "$state/site.env"
    missing=()
    command -v php >/dev/null || missing+=(php-cli)
    [ -d /usr/share/wordpress ] || missing+=(wordpress)
    [ -x /usr/sbin/mariadbd ] || [ -x /usr/sbin/mysqld ] || missing+=(mariadb-server)
    if command -v php >/dev/null && ! php -m | grep -qi '^mysqli$'; then
        missing+=(php-mysql)
    fi
    if [ ${#missing[@]} -gt 0 ]; then
        reason="the real WordPress needs ${missing[*]} (packaging/install-deps.sh --wordpress)"
        echo "WP_SKIP=$reason" >"$state/site.env"
        echo "wp-fixture: not started: $reason"
        exit 0
    fi
    bash "$site" start "$state" >"$state/site.env.part"
    mv "$state/site.env.part" "$state/site.env"
    grep '^WP_URL=' "$state/site.env"
    ;;
stop)
    bash "$site" stop "$state"
    ;;
*)
    echo "wp-fixture: unknown command '$command' (start or stop)" >&2
    exit 2
    ;;
esac
