// SPDX-License-Identifier: GPL-3.0-or-later
#include "quickopendialog.h"

#include "store/library.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QSqlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

QuickOpenDialog::QuickOpenDialog(Library &library, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_field(new QLineEdit(this))
    , m_results(new QListWidget(this))
{
    setWindowTitle(tr("Open Record"));
    m_field->setObjectName(u"quickOpenField"_s);
    m_field->setPlaceholderText(tr("Title or name"));
    m_field->setAccessibleName(tr("Title or name to open"));
    m_results->setObjectName(u"quickOpenResults"_s);
    m_results->setAccessibleName(tr("Matching records"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_field);
    layout->addWidget(m_results);
    resize(480, 360);
    m_field->installEventFilter(this);
    connect(m_field, &QLineEdit::textChanged, this, &QuickOpenDialog::updateResults);
    connect(m_field, &QLineEdit::returnPressed, this, &QuickOpenDialog::choose);
    connect(m_results, &QListWidget::itemActivated, this, &QuickOpenDialog::choose);
    updateResults();
}

void QuickOpenDialog::updateResults()
{
    m_results->clear();
    // Titles and names only, and at most a screenful: this stays fast on any library size.
    QSqlQuery query(m_library.database());
    const QString pattern = u'%' + m_field->text().trimmed().replace(u'%', u' ').replace(u'_', u' ') + u'%';
    query.prepare(u"SELECT 3, id, title FROM quotes WHERE deleted_at IS NULL AND title LIKE :p "
                  "UNION ALL SELECT 1, id, name FROM speakers WHERE deleted_at IS NULL AND name LIKE :p "
                  "UNION ALL SELECT 2, id, title FROM essays WHERE deleted_at IS NULL AND title LIKE :p "
                  "UNION ALL SELECT 5, id, name FROM categories WHERE deleted_at IS NULL AND name LIKE :p "
                  "UNION ALL SELECT 6, id, name FROM tags WHERE deleted_at IS NULL AND name LIKE :p "
                  "ORDER BY 3 COLLATE NOCASE LIMIT 50"_s);
    query.bindValue(u":p"_s, pattern);
    if (!query.exec())
        return;
    while (query.next()) {
        const auto type = RecordType(query.value(0).toInt());
        auto *item = new QListWidgetItem(
            tr("%1 — %2").arg(query.value(2).toString(), recordTypeDisplayName(type)), m_results);
        item->setData(Qt::UserRole, query.value(1));
        item->setData(Qt::UserRole + 1, int(type));
    }
    m_results->setCurrentRow(0);
}

void QuickOpenDialog::choose()
{
    QListWidgetItem *item = m_results->currentItem();
    if (!item)
        return;
    Q_EMIT recordChosen(RecordType(item->data(Qt::UserRole + 1).toInt()),
                        item->data(Qt::UserRole).toLongLong());
    accept();
}

bool QuickOpenDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down in the field move through the results.
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            const int row = m_results->currentRow() + (key == Qt::Key_Down ? 1 : -1);
            if (row >= 0 && row < m_results->count())
                m_results->setCurrentRow(row);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace QuoteDesk
