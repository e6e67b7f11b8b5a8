#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# wp-site.sh start must fail, with the web server's log, when the site never answers, instead
# of going on as if it had: a `curl` that always fails stands in for a site that does not
# answer, with a short QUOTEDESK_WP_START_TIMEOUT.
set -euo pipefail
site=$(cd "$(dirname "$0")" && pwd)/wp-site.sh
state=$(mktemp -d)
shim=$(mktemp -d)
cleanup() {
    "$site" stop "$state" >/dev/null 2>&1 || true
    rm -rf "$state" "$shim"
}
trap cleanup EXIT
printf '#!/bin/sh\nexit 7\n' >"$shim/curl"
chmod +x "$shim/curl"

status=0
out=$(PATH=$shim:$PATH QUOTEDESK_WP_START_TIMEOUT=3 QUOTEDESK_WP_DB_START_TIMEOUT=180 "$site" start "$state" 2>&1) || status=$?
printf '%s\n' "$out"
if [ "$status" -eq 0 ]; then
    echo "FAIL: wp-site.sh start exited 0 for a site that never answered" >&2
    exit 1
fi
if printf '%s\n' "$out" | grep -q '^WP_URL='; then
    echo "FAIL: wp-site.sh start printed the site's settings for a site that never answered" >&2
    exit 1
fi
printf '%s\n' "$out" | grep -q "did not answer within 3 s" || {
    echo "FAIL: wp-site.sh start did not say that the site did not answer in time" >&2
    exit 1
}
printf '%s\n' "$out" | grep -q "Development Server" || {
    echo "FAIL: wp-site.sh start did not show the web server's log" >&2
    exit 1
}
echo "PASS: wp-site.sh start failed with the log after 3 s"
