// SPDX-License-Identifier: GPL-3.0-or-later
#include "trashview.h"

#include "store/library.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

namespace {
constexpr int IdRole = Qt::UserRole;
constexpr int TypeRole = Qt::UserRole + 1;
} // namespace

TrashView::TrashView(Library &library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_list(new QTreeWidget(this))
    , m_restore(new QPushButton(tr("&Restore"), this))
    , m_purge(new QPushButton(tr("&Delete for Ever…"), this))
    , m_empty(new QPushButton(tr("&Empty Trash…"), this))
{
    m_list->setObjectName(u"trashList"_s);
    m_list->setAccessibleName(tr("Records in the trash"));
    m_list->setHeaderLabels({ tr("Record"), tr("Type") });
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_restore->setObjectName(u"restoreButton"_s);
    m_purge->setObjectName(u"purgeButton"_s);
    m_empty->setObjectName(u"emptyTrashButton"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_restore);
    buttons->addWidget(m_purge);
    buttons->addStretch();
    buttons->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    connect(m_restore, &QPushButton::clicked, this, &TrashView::restoreSelected);
    connect(m_purge, &QPushButton::clicked, this, &TrashView::purgeSelected);
    connect(m_empty, &QPushButton::clicked, this, &TrashView::emptyTrash);
    m_confirm = [](QWidget *, const QString &, const QString &) {
        return false;
    };
    // The list follows the library, whoever changed it; a burst of changes (emptying the
    // trash) makes one reload.
    auto *pending = new QTimer(this);
    pending->setSingleShot(true);
    pending->setInterval(0);
    connect(pending, &QTimer::timeout, this, &TrashView::reload);
    connect(library.events(), &LibraryEvents::recordsChanged, pending, qOverload<>(&QTimer::start));
    reload();
}

void TrashView::reload()
{
    m_list->clear();
    QString error;
    const QList<RecordRef> records = m_library.trashed(&error);
    if (!error.isEmpty())
        Q_EMIT errorOccurred(error);
    for (const RecordRef &ref : records) {
        auto *item = new QTreeWidgetItem(m_list, { ref.label, recordTypeDisplayName(ref.type) });
        item->setData(0, IdRole, ref.id);
        item->setData(0, TypeRole, int(ref.type));
    }
    const bool readOnly = m_library.isReadOnly();
    m_restore->setEnabled(!readOnly && !records.isEmpty());
    m_purge->setEnabled(!readOnly && !records.isEmpty());
    m_empty->setEnabled(!readOnly && !records.isEmpty());
}

void TrashView::restoreSelected()
{
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    for (QTreeWidgetItem *item : items) {
        QString error;
        if (!m_library.restore(RecordType(item->data(0, TypeRole).toInt()),
                               item->data(0, IdRole).toLongLong(), &error))
            Q_EMIT errorOccurred(error);
    }
}

void TrashView::purgeSelected()
{
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    if (items.isEmpty())
        return;
    if (!m_confirm(this, tr("Delete for Ever"),
                   tr("Delete %n record(s) for ever? Their revisions go with them; this cannot be undone.",
                      nullptr, int(items.size()))))
        return;
    for (QTreeWidgetItem *item : items) {
        QString error;
        QList<RecordRef> users;
        if (!m_library.purge(RecordType(item->data(0, TypeRole).toInt()), item->data(0, IdRole).toLongLong(),
                             &error, &users))
            Q_EMIT errorOccurred(error);
    }
}

void TrashView::emptyTrash()
{
    if (m_list->topLevelItemCount() == 0
        || !m_confirm(this, tr("Empty Trash"),
                      tr("Delete every record in the trash for ever? This cannot be undone.")))
        return;
    QString error;
    if (!m_library.emptyTrash(&error))
        Q_EMIT errorOccurred(error);
}

} // namespace QuoteDesk
