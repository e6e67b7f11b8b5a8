// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/recordtype.h"

#include <QWidget>

#include <functional>
#include <optional>

class QFormLayout;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTimer;

namespace QuoteDesk {

class RecordDocument;
class Settings;

/// What "New speaker…" and "New essay…" of a form call on; the window provides them.
struct RecordCreation
{
    /// Creates a record of @p type named @p name, asking for a name when it is empty: its id,
    /// or nothing when the user cancelled or saving failed (which it reports).
    std::function<std::optional<qint64>(RecordType type, const QString &name)> create;
    /// Takes a record so created back (undo): true when it went to the trash, false when it
    /// stays (it is used or being edited; the user is told). reinstate() puts it back (redo).
    std::function<bool(RecordType type, qint64 id)> withdraw;
    std::function<void(RecordType type, qint64 id)> reinstate;
};

/// The form of one open quote, speaker, essay, category or tag: one control per field of the record, each
/// named by the field's key (objectName), bound to the RecordDocument: a control's edit
/// becomes an undoable change of the document, and every change of the document (edit, undo,
/// redo, save) shows in the controls. Saves the document after the autosave interval idle.
class RecordEditor final : public QWidget
{
    Q_OBJECT
public:
    RecordEditor(RecordDocument *document, Settings &settings, QWidget *parent = nullptr);
    ~RecordEditor() override;

    RecordDocument *document() const { return m_document; }
    /// The control of the field @p key, or null.
    QWidget *fieldWidget(const QString &key) const;
    /// Gives the focus to the first field of the form.
    void focusFirstField();
    /// The "used by" list of a speaker, essay, category or tag; null for a quote.
    QListWidget *usedByList() const { return m_usedBy; }
    /// Re-reads what the library holds about other records: the "used by" list and the names
    /// of the records this one links to.
    void refreshUsedBy();
    /// The heading of the Markdown section the cursor was last in (empty: none).
    QString headingAtCursor() const { return m_headingAtCursor; }
    /// How the form's "New…" buttons create records. Without it they create none.
    void setRecordCreation(const RecordCreation &creation) { m_creation = creation; }

Q_SIGNALS:
    void openRecordRequested(QuoteDesk::RecordType type, qint64 id);
    void errorOccurred(const QString &message);
    /// The document was saved (by hand or autosave).
    void documentSaved();
    /// The cursor of a Markdown field moved into the section under @p heading (empty: none).
    void headingAtCursorChanged(const QString &heading);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildQuote(QFormLayout *form);
    void buildSpeaker(QFormLayout *form);
    void buildEssay(QFormLayout *form);
    /// A category or tag: name, slug, a category's parent, and what uses the term.
    void buildTerm(QFormLayout *form);
    /// True when @p categoryId is this category or one below it: it cannot be its parent.
    bool isOwnSubcategory(qint64 categoryId) const;
    QLineEdit *addLine(QFormLayout *form, const QString &key, const QString &label);
    QPlainTextEdit *addMarkdown(QFormLayout *form, const QString &key, const QString &label);
    void addDate(QFormLayout *form, const QString &key, const QString &label);
    void addChoice(QFormLayout *form, const QString &key, const QString &label, const QStringList &names,
                   const QStringList &displayNames);
    void addFollowBox(QFormLayout *form, const QString &key, const QString &label);
    void addLines(QFormLayout *form, const QString &key, const QString &label);
    void addReference(QFormLayout *form, const QString &key, const QString &label, RecordType type);
    /// Creates a record named @p name for the reference field @p key and chooses it, as one
    /// undoable step.
    void createReferenced(const QString &key, RecordType type, const QString &name);
    void addTerms(QFormLayout *form, const QString &key, const QString &label, RecordType type);
    void addUsedBy(QFormLayout *form);
    void addRow(QFormLayout *form, const QString &key, const QString &label, QWidget *control);
    void refresh();
    void autosave();
    void markdownCursorMoved();

    RecordDocument *m_document;
    Settings &m_settings;
    QList<std::function<void()>> m_refreshers;
    QListWidget *m_usedBy = nullptr;
    QTimer *m_autosave;
    bool m_refreshing = false;
    QString m_headingAtCursor;
    RecordCreation m_creation;
};

} // namespace QuoteDesk
