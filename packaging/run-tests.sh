#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick start (2): installs what is missing (with the packages of the real-WordPress
# integration tests), builds the `dev` preset (the sanitizer build: ASan + UBSan) and runs the
# whole test suite, every label.
#
#   packaging/run-tests.sh [CTEST-ARGUMENTS…]        e.g. -L store, -R tst_library
#
# The tests run two at a time (QUOTEDESK_TEST_JOBS, default 2).
#   QUOTEDESK_PRESET=debug packaging/run-tests.sh    the same without sanitizers
#
# Logs go to build/logs/PRESET-{configure,build,test}.log. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
. packaging/build-steps.sh

preset=${QUOTEDESK_PRESET:-dev}
packaging/install-deps.sh --wordpress
configure_and_build "$preset"

echo "run-tests: running the tests of the $preset preset (log: $QUOTEDESK_LOGS/$preset-test.log)"
if ! ctest --preset "$preset" -j "${QUOTEDESK_TEST_JOBS:-2}" "$@" 2>&1 | tee "$QUOTEDESK_LOGS/$preset-test.log"; then
    echo "run-tests: tests FAILED in the $preset preset; see $QUOTEDESK_LOGS/$preset-test.log" >&2
    exit 1
fi
