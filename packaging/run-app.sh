#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick start (1): installs what is missing, builds the `dev` preset and starts the desktop app
# on the demo library (`quotedesk --demo`). The dev preset is a sanitizer build: a memory error
# stops the app with a report on the terminal. Leak reports are left to the tests (an
# interactive session ends with whatever Qt and the desktop's libraries still hold).
#
#   packaging/run-app.sh [APP-ARGUMENTS…]     default: --demo
#
# Needs a display (X11 or Wayland); headless, run it as `xvfb-run -a packaging/run-app.sh`.
set -euo pipefail
cd "$(dirname "$0")/.."
. packaging/build-steps.sh

packaging/install-deps.sh
configure_and_build dev quotedesk quotedesk-cli
app=$(find build/dev/app -maxdepth 2 -type f -name quotedesk -perm -u+x | head -n 1)
[ -n "$app" ] || {
    echo "run-app: built 'quotedesk' but found no executable under build/dev/app" >&2
    exit 1
}
[ $# -gt 0 ] || set -- --demo
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo "run-app: built $app, but there is no display (DISPLAY and WAYLAND_DISPLAY are empty);" >&2
    echo "run-app: run it in a desktop session, or headless as: xvfb-run -a packaging/run-app.sh" >&2
    exit 1
fi
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
echo "run-app: starting $app $*"
exec "$app" "$@"
