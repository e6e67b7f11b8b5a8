# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by the packaging/run-*.sh scripts (sourced, run from the top of the checkout):
# configures and builds a CMake preset with its output in build/logs/.

QUOTEDESK_LOGS=${QUOTEDESK_LOGS:-build/logs}
mkdir -p "$QUOTEDESK_LOGS"

# set_launcher: sets the array `launcher` to the configure flag that compiles through ccache,
# when it is installed.
set_launcher() {
    launcher=()
    if command -v ccache >/dev/null; then
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
        # Paths below the checkout count as relative: a copy of it elsewhere (a Debian root's
        # /src) reuses the same compiles.
        export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD}
    fi
}

# configure_and_build PRESET [TARGET…]: uses ccache when it is installed.
configure_and_build() {
    local preset=$1
    shift
    set_launcher
    local log=$QUOTEDESK_LOGS/$preset-configure.log
    echo "configuring the $preset preset (log: $log)"
    if ! cmake --preset "$preset" "${launcher[@]}" >"$log" 2>&1; then
        tail -n 40 "$log" >&2
        echo "configuring the $preset preset FAILED; see $log" >&2
        return 1
    fi
    log=$QUOTEDESK_LOGS/$preset-build.log
    local targets=()
    local target
    for target in "$@"; do
        targets+=(--target "$target")
    done
    echo "building the $preset preset${*:+ (targets: $*)} (log: $log)"
    local start=$SECONDS
    if ! nice cmake --build --preset "$preset" "${targets[@]}" -- -k 0 >"$log" 2>&1; then
        grep -E -A8 'error:|FAILED:' "$log" | head -n 120 >&2
        echo "building the $preset preset FAILED; see $log" >&2
        return 1
    fi
    echo "built the $preset preset in $((SECONDS - start)) s"
}
