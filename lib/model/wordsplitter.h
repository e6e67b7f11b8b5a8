// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>

namespace QuoteDesk::WordSplitter {

/// Splits a line into the units a word diff compares: words (letters, digits and "_" of
/// any script), runs of white space, and every other character on its own; Chinese and
/// Japanese characters, written without spaces, count one by one. Never splits inside a
/// surrogate pair or before a combining mark. The pieces view @p line and together are
/// all of it.
QList<QStringView> split(QStringView line);

} // namespace QuoteDesk::WordSplitter
