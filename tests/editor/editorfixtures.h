// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/records.h"

#include <QString>

namespace QuoteDesk {
class Library;
}

// Records the editor tests need in a library.
namespace QuoteDesk::Test::EditorFixtures {

/// Imports a small PNG as an asset of @p library (its file lands in the media library);
/// an asset with id 0 when that fails, with the reason in @p error.
Asset importImage(Library &library, const QString &scratchFolder, QString *error);

} // namespace QuoteDesk::Test::EditorFixtures
