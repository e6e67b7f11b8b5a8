#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the benchmarks of tests/bench/ in the `release` preset and runs them all, printing
# their figures next to the budgets of DESIGN.md §6. A figure over its budget is printed, never
# a failure; a benchmark that cannot run (crash, missing WordPress) fails the script.
#
#   packaging/run-benchmarks.sh [NAME…]      e.g. library render; default: all of them
#
# bench_assets hashes QUOTEDESK_BENCH_ASSETS_MB megabytes of generated media (default 1024).
# bench_publish runs against a loopback WordPress that this script starts and stops (packages:
# packaging/install-deps.sh --wordpress).
set -euo pipefail
cd "$(dirname "$0")/.."
. packaging/build-steps.sh

names=("$@")
if [ ${#names[@]} -eq 0 ]; then
    for dir in tests/bench/*/; do
        names+=("$(basename "$dir")")
    done
fi
targets=()
for name in "${names[@]}"; do
    targets+=("bench_$name")
done
configure_and_build release "${targets[@]}"

# bench_publish gets a WordPress started here, with its state in the build folder (a private
# temporary folder would keep the database server, which runs as its own user, out).
wp_state=$PWD/build/release/bench-wordpress
wp_site=tests/integration/wordpress/wp-site.sh
wp_started=0
stop_wordpress() { [ "$wp_started" = 0 ] || "$wp_site" stop "$wp_state" >/dev/null 2>&1 || true; }
trap stop_wordpress EXIT

failed=()
for name in "${names[@]}"; do
    exe=build/release/tests/bench/$name/bench_$name
    args=()
    case "$name" in
    assets) args=("${QUOTEDESK_BENCH_ASSETS_MB:-1024}") ;;
    publish)
        if [ "$wp_started" = 0 ]; then
            wp_started=1
            if ! "$wp_site" start "$wp_state" >"$wp_state.env" 2>"$QUOTEDESK_LOGS/bench-wordpress.log"; then
                tail -n 20 "$QUOTEDESK_LOGS/bench-wordpress.log" >&2
                echo "== bench_publish: could not start WordPress; see $QUOTEDESK_LOGS/bench-wordpress.log" >&2
                failed+=(bench_publish)
                continue
            fi
        fi
        args=(100 "$wp_state.env")
        ;;
    esac
    log=$QUOTEDESK_LOGS/bench_$name.log
    echo
    echo "== bench_$name ${args[*]} (log: $log)"
    start=$SECONDS
    if QT_QPA_PLATFORM=offscreen nice "$exe" "${args[@]}" 2>&1 | tee "$log"; then
        echo "== bench_$name took $((SECONDS - start)) s"
    else
        echo "== bench_$name FAILED after $((SECONDS - start)) s; see $log" >&2
        failed+=("bench_$name")
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "run-benchmarks: these benchmarks did not run to the end: ${failed[*]}" >&2
    exit 1
fi
