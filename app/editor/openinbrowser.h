// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/records.h"

#include <QString>
#include <QUrl>

#include <functional>

namespace QuoteDesk {

class Library;

/// "Open in browser": the standalone page of a post, draft or saved, with its style sheet
/// and image files, written to a fresh folder inside a temporary folder that lives until the
/// application exits, then opened in the system's browser.
namespace OpenInBrowser {

/// Opens a URL; QDesktopServices::openUrl unless a test gives its own.
using UrlOpener = std::function<bool(const QUrl &url)>;

/// Writes and opens the page of @p draft. Returns false with a message in @p error when the
/// page cannot be written (a linked record cannot be read, the disk is full) or no browser
/// opens it. The page's path is put in @p pagePath when that is given.
bool openQuote(const Library &library, const Quote &draft, QString *error, const UrlOpener &open = {},
               QString *pagePath = nullptr);
bool openEssay(const Library &library, const Essay &draft, QString *error, const UrlOpener &open = {},
               QString *pagePath = nullptr);

/// The temporary folder the pages of this run are written into; empty if it cannot be made.
QString sessionFolder();

} // namespace OpenInBrowser

} // namespace QuoteDesk
