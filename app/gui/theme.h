// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings.h"

namespace QuoteDesk {

/// Applies a theme to the running application: the system's palette, or the Fusion style
/// with a light or dark palette.
void applyTheme(Settings::Theme theme);

} // namespace QuoteDesk
