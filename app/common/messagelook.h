// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QLabel;

namespace QuoteDesk {

/// Shows a message label as a problem (a red that reads on light and dark windows alike, and
/// the dynamic property "problem" for style sheets) or as an ordinary message.
void markProblem(QLabel *label, bool problem);

} // namespace QuoteDesk
