// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/fieldaccess.h"

#include <QObject>
#include <QSet>

#include <optional>

class QUndoStack;

namespace QuoteDesk {

class Library;

/// One open quote, speaker, essay, category or tag: owns the record value and the QUndoStack of its edits.
/// Every change goes through setField(), which pushes an undoable command (consecutive typing
/// in one text field merges into one command); widgets observe fieldsChanged() and never
/// change the record themselves. save() writes the record to the library.
///
/// A quote's title follows the title template (see titleTemplate()) until it is edited by
/// hand, and the slug of a quote or essay follows its title (of a category or tag, its name)
/// until it is edited by hand or, for a quote or essay, until it has been published: the
/// post's address on the site never moves unless the user edits the slug.
class RecordDocument final : public QObject
{
    Q_OBJECT
public:
    RecordDocument(Library &library, const EditableRecord &record, QObject *parent = nullptr);
    ~RecordDocument() override;

    /// Reads a record of @p type from the library; null with a message in @p error when it
    /// cannot be read or @p type cannot be edited.
    static RecordDocument *open(Library &library, RecordType type, qint64 id, QString *error,
                                QObject *parent = nullptr);
    /// A new, unsaved record of @p type (quote, speaker, essay, category or tag).
    static EditableRecord newRecord(RecordType type);

    Library &library() const { return m_library; }
    const EditableRecord &record() const { return m_record; }
    RecordType type() const;
    qint64 id() const;
    /// Title or name, for tabs and lists.
    QString label() const;
    QUndoStack *undoStack() const { return m_undoStack; }
    /// True while there are edits that are not saved (the undo stack is not clean).
    bool isModified() const;

    /// The default title template, "Quote: {speaker}, {role}".
    static QString defaultTitleTemplate();
    QString titleTemplate() const { return m_titleTemplate; }
    void setTitleTemplate(const QString &titleTemplate);
    /// The title @p quote gets from the template: {speaker} is the speaker's name, {role} the
    /// role at the time.
    QString templateTitle(const Quote &quote) const;
    /// templateTitle() with the names the library holds now.
    static QString templateTitle(const Library &library, const QString &titleTemplate, const Quote &quote);
    /// Gives a quote whose title follows the template the title the names of the library
    /// make now (a speaker was renamed), and its slug unless that is fixed, as one undo step.
    /// False when nothing changed.
    bool followTitleTemplate();
    /// Saves the quotes of the speakers @p speakerIds whose titles follow @p titleTemplate
    /// with the titles the speakers' names make now (and their slugs, unless edited or
    /// published), but for those @p skip names (they are open in an editor). The number of
    /// quotes saved; -1 with @p error set when the library could not be read or written.
    static int followTitleTemplate(Library &library, const QString &titleTemplate,
                                   const QList<qint64> &speakerIds, const QSet<qint64> &skip, QString *error);

    /// The value of the field @p key (see FieldAccess::get()).
    QVariant field(const QString &key) const;
    /// Changes a field as one undoable command; nothing when the value is the same. False
    /// for an unknown key or a value of the wrong type.
    bool setField(const QString &key, const QVariant &value);

    /// Changes a field as an undo step of its own, named @p undoText: one formatting action,
    /// which neither merges with the typing before it nor with the typing after it.
    bool setFieldAsStep(const QString &key, const QVariant &value, const QString &undoText);
    /// Replaces every field of the record as one undo step named @p undoText (a restored
    /// revision, a recovered draft). The record keeps its id, uuid and times. False when
    /// @p record is of another type.
    bool replaceRecord(const EditableRecord &record, const QString &undoText);

    /// Writes the record to the library and marks the undo stack clean.
    bool save(QString *error);

    /// Replaces the record without an undo step (used by the undo commands).
    void applyRecord(const EditableRecord &record, const QStringList &changedKeys);

Q_SIGNALS:
    /// Fields (by key) that changed through an edit, undo or redo; empty: any may have.
    void fieldsChanged(const QStringList &keys);
    void labelChanged(const QString &label);
    void modifiedChanged(bool modified);
    void saved();

private:
    void deriveFields(EditableRecord &record, const QString &key) const;
    /// True when a quote or essay of this library has been published on a site: its slug
    /// stays as it is.
    static bool isPublished(const Library &library, RecordType type, qint64 id);
    /// isPublished() for this record, kept until a publication changes.
    bool published() const;
    template<typename T>
    void followSlug(T &record, const QString &key, QStringView nameKey, QString T::*name) const;

    Library &m_library;
    EditableRecord m_record;
    QUndoStack *m_undoStack;
    QString m_titleTemplate;
    mutable std::optional<bool> m_published; ///< see published()
};

} // namespace QuoteDesk
