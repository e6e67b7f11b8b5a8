// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncstatedelegate.h"

#include "document/recordlistmodel.h"
#include "syncstateview.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

namespace QuoteDesk {

std::optional<SyncState> SyncStateDelegate::stateAt(const QModelIndex &index)
{
    const auto *model = qobject_cast<const RecordListModel *>(index.model());
    if (!model || index.column() != model->syncColumn())
        return std::nullopt;
    const QVariant state = index.data(RecordListModel::SyncStateRole);
    return state.isValid() ? std::optional(SyncState(state.toInt())) : std::nullopt;
}

QString SyncStateDelegate::cellText(SyncState state)
{
    // The name is lower case for use inside sentences; a cell starts with a capital.
    QString text = syncStateText(state);
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

bool SyncStateDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                  const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (const auto state = stateAt(index); state && event->type() == QEvent::ToolTip) {
        QToolTip::showText(event->globalPos(), syncStateToolTip(*state), view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

void SyncStateDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (const auto state = stateAt(index)) {
        option->text = cellText(*state);
        option->icon = syncStateIcon(*state);
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
}

} // namespace QuoteDesk
