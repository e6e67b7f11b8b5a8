// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QPushButton;
class QTreeWidget;

namespace QuoteDesk {

class Library;

/// The records in the trash, newest first: restore them, or delete them for ever after a
/// confirmation.
class TrashView final : public QWidget
{
    Q_OBJECT
public:
    using Confirm = std::function<bool(QWidget *parent, const QString &title, const QString &text)>;

    TrashView(Library &library, QWidget *parent = nullptr);

    void setConfirm(const Confirm &confirm) { m_confirm = confirm; }
    QTreeWidget *list() const { return m_list; }
    void reload();

public Q_SLOTS:
    void restoreSelected();
    void purgeSelected();
    void emptyTrash();

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    Library &m_library;
    Confirm m_confirm;
    QTreeWidget *m_list;
    QPushButton *m_restore;
    QPushButton *m_purge;
    QPushButton *m_empty;
};

} // namespace QuoteDesk
