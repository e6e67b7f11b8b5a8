#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets of tests/fuzz/ with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer (build/fuzz), then runs each for SECONDS (default 60).
#
#   packaging/run-fuzz.sh [SECONDS]
#
# The kept corpus (tests/data/fuzz/NAME/) is only read; new inputs go to build/fuzz/corpus/NAME,
# findings (crash-*, leak-*, timeout-*) to build/fuzz/findings/NAME. Add an input worth keeping
# to the kept corpus by hand. Exits non-zero when a target finds anything.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
build=build/fuzz
logs=${QUOTEDESK_LOGS:-build/logs}
mkdir -p "$logs"

launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
echo "run-fuzz: configuring $build with clang (log: $logs/fuzz-configure.log)"
if ! CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DQUOTEDESK_SANITIZE=ON -DQUOTEDESK_BUILD_FUZZERS=ON -DQUOTEDESK_BUILD_BENCH=OFF "${launcher[@]}" \
    >"$logs/fuzz-configure.log" 2>&1; then
    tail -n 40 "$logs/fuzz-configure.log" >&2
    echo "run-fuzz: configuring FAILED; see $logs/fuzz-configure.log" >&2
    exit 1
fi

targets=()
for source in tests/fuzz/fuzz_*.cpp; do
    targets+=("$(basename "$source" .cpp)")
done
echo "run-fuzz: building ${targets[*]} (log: $logs/fuzz-build.log)"
build_args=()
for target in "${targets[@]}"; do
    build_args+=(--target "$target")
done
if ! nice cmake --build "$build" "${build_args[@]}" -- -k 0 >"$logs/fuzz-build.log" 2>&1; then
    grep -E -A8 'error:|FAILED:' "$logs/fuzz-build.log" | head -n 120 >&2
    echo "run-fuzz: building FAILED; see $logs/fuzz-build.log" >&2
    exit 1
fi

status=0
for target in "${targets[@]}"; do
    name=${target#fuzz_}
    kept=tests/data/fuzz/$name
    scratch=$build/corpus/$name
    findings=$build/findings/$name
    mkdir -p "$scratch" "$findings"
    log=$logs/$target.log
    echo "run-fuzz: running $target for $seconds s over $kept (log: $log)"
    if ! ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp \
        "$build/tests/fuzz/$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
        -print_final_stats=1 -artifact_prefix="$findings/" "$scratch" "$kept" >"$log" 2>&1; then
        tail -n 60 "$log" >&2
        echo "run-fuzz: $target FOUND A PROBLEM; the input is in $findings, the report in $log" >&2
        status=1
        continue
    fi
    grep -E '^(#[0-9]+.*DONE|stat::number_of_executed_units|stat::peak_rss_mb)' "$log" || tail -n 3 "$log"
done
exit "$status"
