// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/recordtype.h"

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace QuoteDesk {

class Library;

/// The revisions of one quote, speaker or essay, newest first; what changed between the
/// chosen revision and the saved record (or the revision before it), field by field; and
/// "Restore this revision", which asks first.
///
/// Only reads the library: a restore is handed to the record's editor through
/// restoreRequested(), which applies it to the open document as one undoable change. Call
/// refresh() after the record was saved.
class RevisionsPanel final : public QWidget
{
    Q_OBJECT
public:
    /// What the chosen revision is compared with.
    enum class Comparison {
        Current, ///< the record as it is saved now: what changed since the revision
        Previous, ///< the revision before it: what that save changed
    };
    Q_ENUM(Comparison)

    explicit RevisionsPanel(Library *library, QWidget *parent = nullptr);

    /// Shows the revisions of a record; a type that keeps none or id 0 clears the panel.
    void setRecord(RecordType type, qint64 id);
    RecordType recordType() const { return m_type; }
    qint64 recordId() const { return m_recordId; }

    /// Lists the revisions again (after a save), keeping the chosen one where it still exists.
    void refresh();

    Comparison comparison() const { return m_comparison; }
    void setComparison(Comparison comparison);

    /// The revision ids as listed, newest first.
    QList<qint64> revisionIds() const;
    /// The chosen revision; 0 when there is none.
    qint64 selectedRevisionId() const;
    void selectRevision(qint64 revisionId);

    /// The comparison as shown (HTML), for tests and screenshots.
    QString diffHtml() const;

    /// Asks whether to restore the chosen revision; on yes emits restoreRequested().
    void requestRestore();

Q_SIGNALS:
    /// The person confirmed restoring a revision. @p snapshot is the record as the revision
    /// keeps it (RecordJson keys). Its bookkeeping fields (id, uuid, times) are those of that
    /// time: keep the open record's. A link in it may name a record deleted since.
    void restoreRequested(QuoteDesk::RecordType type, qint64 recordId, const QJsonObject &snapshot);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showMessage(const QString &text, bool problem);
    void showDiff();

    Library *m_library;
    RecordType m_type = RecordType::Quote;
    qint64 m_recordId = 0;
    Comparison m_comparison = Comparison::Current;

    QStackedWidget *m_pages;
    QLabel *m_message;
    QListWidget *m_list;
    QComboBox *m_compareWith;
    QLabel *m_legend;
    QTextBrowser *m_view;
    QPushButton *m_restore;
};

} // namespace QuoteDesk
