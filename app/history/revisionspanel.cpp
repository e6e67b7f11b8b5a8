// SPDX-License-Identifier: GPL-3.0-or-later
#include "revisionspanel.h"

#include "diffhtml.h"
#include "messagelook.h"
#include "model/fieldnames.h"
#include "store/library.h"
#include "store/revisions.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace QuoteDesk {
namespace {

constexpr int RevisionIdRole = Qt::UserRole;
constexpr int SavedAtRole = Qt::UserRole + 1;
constexpr int NumberRole = Qt::UserRole + 2;
// Unchanged lines kept around each change of a long text.
constexpr int DiffContext = 2;

QString savedAtText(const QDateTime &createdAt)
{
    return QLocale().toString(createdAt.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

RevisionsPanel::RevisionsPanel(Library *library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_pages(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_compareWith(new QComboBox(this))
    , m_legend(new QLabel(this))
    , m_view(new QTextBrowser(this))
    , m_restore(new QPushButton(tr("&Restore This Revision…"), this))
{
    setAccessibleName(tr("Revisions"));

    m_message->setObjectName(u"emptyState"_s);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_message->setMargin(12);

    m_list->setObjectName(u"revisionList"_s);
    m_list->setAccessibleName(tr("Revisions, newest first"));
    m_list->setAccessibleDescription(tr("Press Enter to restore the chosen revision."));
    m_list->setAlternatingRowColors(true);
    m_list->setUniformItemSizes(true);

    m_compareWith->setObjectName(u"compareWith"_s);
    m_compareWith->addItem(tr("Current version"), int(Comparison::Current));
    m_compareWith->addItem(tr("Previous revision"), int(Comparison::Previous));
    m_compareWith->setAccessibleName(tr("Compare the chosen revision with"));
    auto *compareLabel = new QLabel(tr("Compare &with:"), this);
    compareLabel->setBuddy(m_compareWith);

    m_legend->setObjectName(u"legend"_s);
    m_legend->setWordWrap(true);

    m_view->setObjectName(u"diffView"_s);
    m_view->setOpenLinks(false);
    m_view->setAccessibleName(tr("Differences"));

    m_restore->setObjectName(u"restoreButton"_s);
    m_restore->setToolTip(tr("Put this revision's content into the editor as one change you can undo."));

    auto *compareRow = new QHBoxLayout;
    compareRow->addWidget(compareLabel);
    compareRow->addWidget(m_compareWith, 1);
    auto *diffPart = new QWidget(this);
    auto *diffLayout = new QVBoxLayout(diffPart);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    diffLayout->addLayout(compareRow);
    diffLayout->addWidget(m_legend);
    diffLayout->addWidget(m_view, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_list);
    splitter->addWidget(diffPart);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);

    auto *history = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(splitter, 1);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_restore);
    historyLayout->addLayout(buttonRow);

    m_pages->addWidget(m_message);
    m_pages->addWidget(history);
    // Half the usual margins: the panel sits in a dock, which draws a frame of its own.
    auto *layout = new QVBoxLayout(this);
    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin, nullptr, this) / 2;
    layout->setContentsMargins(margin, margin, margin, margin);
    layout->addWidget(m_pages);
    setFocusProxy(m_list);
    setTabOrder(m_list, m_compareWith);
    setTabOrder(m_compareWith, m_view);
    setTabOrder(m_view, m_restore);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] { showDiff(); });
    // Enter (or a double click) on a revision restores it, after asking.
    connect(m_list, &QListWidget::activated, this, [this] { requestRestore(); });
    connect(m_compareWith, &QComboBox::currentIndexChanged, this,
            [this] { setComparison(Comparison(m_compareWith->currentData().toInt())); });
    connect(m_restore, &QPushButton::clicked, this, &RevisionsPanel::requestRestore);

    setRecord(RecordType::Quote, 0);
}

void RevisionsPanel::setRecord(RecordType type, qint64 id)
{
    m_type = type;
    m_recordId = RevisionStore::keepsRevisions(type) ? id : 0;
    m_list->clear();
    if (!RevisionStore::keepsRevisions(type)) {
        showMessage(tr("Only quotes, speakers and essays keep revisions."), false);
        return;
    }
    if (id == 0) {
        showMessage(tr("Choose a quote, speaker or essay to see its revisions."), false);
        return;
    }
    refresh();
}

void RevisionsPanel::refresh()
{
    if (m_recordId == 0 || !m_library)
        return;
    const qint64 selected = selectedRevisionId();
    QString error;
    const QList<RevisionInfo> revisions = RevisionStore(*m_library).list(m_type, m_recordId, &error);
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    if (!error.isEmpty()) {
        showMessage(tr("The revisions of this %1 could not be read: %2 Close and open the library again, "
                       "then choose the record again.")
                        .arg(recordTypeDisplayName(m_type), error),
                    true);
        return;
    }
    if (revisions.isEmpty()) {
        showMessage(tr("This %1 has no revisions yet. One is kept each time it is saved.")
                        .arg(recordTypeDisplayName(m_type)),
                    false);
        return;
    }
    int row = 0;
    for (qsizetype i = 0; i < revisions.size(); ++i) {
        const RevisionInfo &revision = revisions.at(i);
        const int number = int(revisions.size() - i);
        const QString savedAt = savedAtText(revision.createdAt);
        const QString label = revision.label.isEmpty() ? tr("(untitled)") : revision.label;
        auto *item = new QListWidgetItem(tr("Revision %1 · %2\n%3").arg(number).arg(savedAt, label), m_list);
        item->setData(RevisionIdRole, revision.id);
        item->setData(SavedAtRole, savedAt);
        item->setData(NumberRole, number);
        item->setData(Qt::AccessibleTextRole,
                      tr("Revision %1, saved %2: %3").arg(number).arg(savedAt, label));
        item->setToolTip(i == 0 ? tr("The newest revision, saved %1").arg(savedAt)
                                : tr("Saved %1").arg(savedAt));
        if (revision.id == selected)
            row = int(i);
    }
    m_list->setCurrentRow(row);
    m_pages->setCurrentIndex(1);
    showDiff();
}

void RevisionsPanel::setComparison(Comparison comparison)
{
    if (comparison == m_comparison)
        return;
    m_comparison = comparison;
    m_compareWith->setCurrentIndex(m_compareWith->findData(int(comparison)));
    showDiff();
}

QList<qint64> RevisionsPanel::revisionIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_list->count(); ++row)
        ids.append(m_list->item(row)->data(RevisionIdRole).toLongLong());
    return ids;
}

qint64 RevisionsPanel::selectedRevisionId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(RevisionIdRole).toLongLong() : 0;
}

void RevisionsPanel::selectRevision(qint64 revisionId)
{
    const int row = int(revisionIds().indexOf(revisionId));
    if (row >= 0)
        m_list->setCurrentRow(row);
}

QString RevisionsPanel::diffHtml() const
{
    return m_view->toHtml();
}

void RevisionsPanel::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    markProblem(m_message, problem);
    m_pages->setCurrentIndex(0);
    m_view->clear();
    m_restore->setEnabled(false);
}

void RevisionsPanel::showDiff()
{
    const qint64 revisionId = selectedRevisionId();
    m_legend->setText(m_comparison == Comparison::Current
                          ? tr("Struck through: only in this revision. Underlined: in the current version.")
                          : tr("Struck through: before this save. Underlined: written by this save."));
    m_restore->setEnabled(revisionId != 0);
    if (revisionId == 0 || !m_library) {
        m_view->setHtml(DiffHtml::mutedParagraph(tr("Choose a revision to see what changed."), palette()));
        return;
    }
    QString error;
    const RevisionStore store(*m_library);
    const auto changes = m_comparison == Comparison::Current ? store.diffWithCurrent(revisionId, &error)
                                                             : store.diffWithPrevious(revisionId, &error);
    if (!changes) {
        m_restore->setEnabled(false);
        m_view->setHtml(u"<p>"_s + tr("The revision cannot be compared: %1").arg(error).toHtmlEscaped()
                        + u"</p>"_s);
        return;
    }
    if (changes->isEmpty()) {
        m_view->setHtml(DiffHtml::mutedParagraph(m_comparison == Comparison::Current
                                                     ? tr("This revision is the same as the current version.")
                                                     : tr("This save changed nothing."),
                                                 palette()));
        return;
    }
    m_view->setHtml(DiffHtml::fromFieldChanges(
        *changes, palette(), [](const QString &key) { return fieldDisplayName(key); }, DiffContext));
}

void RevisionsPanel::requestRestore()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || !m_library)
        return;
    const qint64 revisionId = item->data(RevisionIdRole).toLongLong();
    const RecordType type = m_type;
    const qint64 recordId = m_recordId;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Restore Revision"),
                                tr("Put this %1 back as it was in revision %2, saved %3?")
                                    .arg(recordTypeDisplayName(type))
                                    .arg(item->data(NumberRole).toInt())
                                    .arg(item->data(SavedAtRole).toString()),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"confirmRestore"_s);
    box->setInformativeText(
        tr("The revision's content goes into the editor as one change, which Undo takes back. "
           "Nothing is saved until you save."));
    QPushButton *yes = box->addButton(tr("&Restore"), QMessageBox::AcceptRole);
    yes->setObjectName(u"confirmRestoreButton"_s);
    box->addButton(QMessageBox::Cancel)->setObjectName(u"cancelRestoreButton"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, yes, revisionId, type, recordId] {
        if (box->clickedButton() != yes)
            return;
        QString error;
        const auto snapshot = RevisionStore(*m_library).snapshot(revisionId, &error);
        if (!snapshot) {
            auto *failed = new QMessageBox(QMessageBox::Warning, tr("Restore Revision"),
                                           tr("The revision cannot be restored: %1 Choose another revision, "
                                              "or refresh the list after saving.")
                                               .arg(error),
                                           QMessageBox::Ok, this);
            failed->setAttribute(Qt::WA_DeleteOnClose);
            failed->open();
            return;
        }
        Q_EMIT restoreRequested(type, recordId, *snapshot);
    });
    box->open();
}

void RevisionsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_pages->currentIndex() == 1)
        showDiff();
    QWidget::changeEvent(event);
}

} // namespace QuoteDesk
