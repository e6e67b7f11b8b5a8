#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Looks at the static export for real: exports the demo-like library of the tests and takes
# screenshots of the archive page, a category archive and a post in headless Chromium.
#
#   screenshot-export.sh EXPORTER ARTIFACTS_DIR
#
# EXPORTER is the export-demo-site test tool. The PNGs and the exported site are kept in
# ARTIFACTS_DIR (export-archive.png, export-category.png, export-post.png, export-site/).
# Exits 77 (skipped), saying why, when Chromium is not installed.
set -euo pipefail

exporter=${1:?usage: screenshot-export.sh EXPORTER ARTIFACTS_DIR}
artifacts=${2:?usage: screenshot-export.sh EXPORTER ARTIFACTS_DIR}

browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
    echo "screenshot-export: skipped: Chromium is not installed (packaging/install-deps.sh installs it)."
    exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$exporter" "$work/site" >"$work/files"
mkdir -p "$artifacts"
rm -rf "$artifacts/export-site"
cp -r "$work/site" "$artifacts/export-site"

shoot() {
    local name=$1 page=$2
    local png=$artifacts/$name.png profile
    [ -f "$page" ] || { echo "screenshot-export: the export has no $page" >&2; exit 1; }
    profile=$(mktemp -d "$work/profile-XXXXXX")
    rm -f "$png"
    # A fresh profile, and nothing that would reach the network: the export is all local.
    if ! timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --hide-scrollbars \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$profile" --screenshot="$png" --window-size=1280,2000 \
        "file://$page" >"$work/$name.log" 2>&1; then
        echo "screenshot-export: Chromium failed on $page:" >&2
        cat "$work/$name.log" >&2
        exit 1
    fi
    if [ ! -s "$png" ] || [ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')" != "89504e470d0a1a0a" ]; then
        echo "screenshot-export: no PNG screenshot of $page" >&2
        cat "$work/$name.log" >&2
        exit 1
    fi
    echo "screenshot-export: $png ($(stat -c %s "$png") bytes)"
}

shoot export-archive "$artifacts/export-site/index.html"
shoot export-category "$artifacts/export-site/category/china.html"
shoot export-post "$artifacts/export-site/posts/quote-jensen-huang-nvidia-ceo.html"
shoot export-infographic "$artifacts/export-site/posts/infographic-four-critical-deepseek-enablers.html"
