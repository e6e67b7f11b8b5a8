// SPDX-License-Identifier: GPL-3.0-or-later
#include "quickopendialog.h"

#include "store/library.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

QuickOpenDialog::QuickOpenDialog(Library &library, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_field(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_problem(new QLabel(this))
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
    m_problem->setObjectName(u"quickOpenProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);
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
    QString error;
    const QList<RecordRef> found = m_library.findByLabel(m_field->text().trimmed(), 50, &error);
    m_problem->setText(error.isEmpty()
                           ? QString()
                           : tr("Could not search the library: %1 Close this and try again; if it "
                                "keeps failing, reopen the library.")
                                 .arg(error));
    m_problem->setVisible(!error.isEmpty());
    for (const RecordRef &record : found) {
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(record.label, recordTypeDisplayName(record.type)),
                                         m_results);
        item->setData(Qt::UserRole, record.id);
        item->setData(Qt::UserRole + 1, int(record.type));
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
