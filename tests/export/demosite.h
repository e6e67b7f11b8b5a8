// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/exportfolder.h"
#include "store/library.h"

#include <QString>
#include <QStringList>

namespace QuoteDesk::Test {

/// A library shaped like the demo content (the firm's "China" archive): quote posts with
/// their speakers and context essays, an infographic essay, nested categories, posts in
/// every workflow state, and asset files (a portrait, an infographic, a brochure, an image
/// no post uses) in its media library. Every record's creation time is fixed, so the
/// archive's order is known.
class DemoSite final
{
public:
    /// Fills the empty @p library, its asset files imported into its media library.
    static bool populate(Library &library, QString *error);

    /// The titles of the posts the export shows by default (published or ready), newest
    /// first.
    static QStringList exportedTitles();
    /// The titles of the posts in the category with slug @p slug (and its subcategories),
    /// newest first.
    static QStringList titlesInCategory(const QString &slug);
    /// Titles of records that exist but are no posts by default (drafts, ideas, context essays).
    static QStringList hiddenTitles();
};

} // namespace QuoteDesk::Test
