#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the PDF fixtures of the asset tests (needs qpdf):
#   brochure.pdf   two A4 pages, title "Sovereign AI brochure", author "Strategy Desk"
#   protected.pdf  the same, encrypted with the user password "reader" (AES-256)
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
cat >"$tmp" <<'PDF'
%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 6 0 R >> >> >> endobj
4 0 obj << /Length 136 >> stream
0.1 0.3 0.6 rg 0 642 595 200 re f
BT /F1 36 Tf 1 1 1 rg 60 720 Td (Sovereign AI) Tj ET
BT /F1 14 Tf 0 0 0 rg 60 600 Td (Brochure) Tj ET
endstream endobj
5 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
6 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj
7 0 obj << /Title (Sovereign AI brochure) /Author (Strategy Desk) >> endobj
trailer << /Size 8 /Root 1 0 R /Info 7 0 R >>
%%EOF
PDF
# qpdf rebuilds the cross-reference table and stream lengths.
qpdf --deterministic-id "$tmp" brochure.pdf || [ $? -eq 3 ]
qpdf --deterministic-id --encrypt reader owner-secret 256 -- brochure.pdf protected.pdf 2>/dev/null \
    || qpdf --static-aes-iv --static-id --encrypt reader owner-secret 256 -- brochure.pdf protected.pdf
