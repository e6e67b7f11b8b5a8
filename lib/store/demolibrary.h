// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace QuoteDesk {

class Library;

/// The demo content: the posts of the firm's "China" archive page as linked records (seven
/// quote posts, their six speakers, three context essays, an infographic essay, categories
/// and tags), kept as a JSON resource (store/demolibrary.json).
class DemoLibrary final
{
public:
    DemoLibrary() = delete;

    /// The title a quote post gets from the default template, "Quote: {speaker}, {role}".
    static QString quoteTitle(const QString &speaker, const QString &role);
    /// A URL slug made of the lower-case letters and digits of @p text, joined by hyphens.
    static QString slugFor(const QString &text);

    /// Fills @p library with the demo records in one transaction: all of them or none.
    /// Refused, with a message saying so in @p error, when the library already holds any
    /// record (the trash included) or cannot be written.
    static bool populate(Library &library, QString *error);
};

} // namespace QuoteDesk
