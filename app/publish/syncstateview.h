// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "publish/syncstate.h"

#include <QIcon>
#include <QString>

// How a sync state looks in a list column and in the editor header.
namespace QuoteDesk {

/// A small icon for the state: from the icon theme when it has one, else a drawn badge.
/// Never colour alone: each state has its own shape too.
QIcon syncStateIcon(SyncState state);
/// The state's short name, translated ("changed on the site").
QString syncStateText(SyncState state);
/// A sentence saying what the state means and what to do, translated, for tooltips.
QString syncStateToolTip(SyncState state);

} // namespace QuoteDesk
