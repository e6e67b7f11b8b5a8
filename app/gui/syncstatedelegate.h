// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "publish/syncstate.h"

#include <QStyledItemDelegate>

#include <optional>

namespace QuoteDesk {

/// Draws the sync column of a RecordListModel (see RecordListModel::syncColumn()) as the
/// state's icon and name, with a tooltip saying what to do; other cells as usual.
class SyncStateDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /// The sync state shown at @p index; nothing outside the sync column.
    static std::optional<SyncState> stateAt(const QModelIndex &index);
    /// The text the cell shows.
    static QString cellText(SyncState state);

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace QuoteDesk
