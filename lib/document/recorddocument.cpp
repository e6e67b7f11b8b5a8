// SPDX-License-Identifier: GPL-3.0-or-later
#include "recorddocument.h"

#include "store/demolibrary.h"
#include "store/library.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

namespace {

constexpr int SetFieldCommandId = 0x5144;

// Keeps the whole record before and after one edit, so that fields an edit derives (a
// quote's title and slug) undo together with it.
class SetFieldCommand final : public QUndoCommand
{
public:
    SetFieldCommand(RecordDocument *document, const QString &key, EditableRecord before, EditableRecord after,
                    bool mergeable = true)
        : m_document(document)
        , m_key(key)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
        setText(QCoreApplication::translate("QuoteDesk::RecordDocument", "Edit %1").arg(key));
        m_mergeable = mergeable && FieldAccess::get(m_after, key).typeId() == QMetaType::QString;
    }

    int id() const override { return SetFieldCommandId; }
    void undo() override { m_document->applyRecord(m_before, {}); }
    void redo() override { m_document->applyRecord(m_after, {}); }

    // Typing into one text field is one step to undo.
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const SetFieldCommand *>(other);
        if (!m_mergeable || !next->m_mergeable || next->m_key != m_key)
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    RecordDocument *m_document;
    QString m_key;
    EditableRecord m_before;
    EditableRecord m_after;
    bool m_mergeable = false;
};

// A slug follows a title or name while it still is the slug made of it.
bool followsName(const QString &slug, const QString &name)
{
    return slug.isEmpty() || slug == DemoLibrary::slugFor(name);
}

template<class T>
RecordDocument *openAs(Library &library, qint64 id, QString *error, QObject *parent)
{
    std::optional<T> record = library.get<T>(id, error);
    if (!record)
        return nullptr;
    return new RecordDocument(library, EditableRecord(std::move(*record)), parent);
}

} // namespace

RecordDocument::RecordDocument(Library &library, const EditableRecord &record, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_record(record)
    , m_undoStack(new QUndoStack(this))
    , m_titleTemplate(defaultTitleTemplate())
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

RecordDocument::~RecordDocument() = default;

RecordDocument *RecordDocument::open(Library &library, RecordType type, qint64 id, QString *error,
                                     QObject *parent)
{
    switch (type) {
    case RecordType::Quote:
        return openAs<Quote>(library, id, error, parent);
    case RecordType::Speaker:
        return openAs<Speaker>(library, id, error, parent);
    case RecordType::Essay:
        return openAs<Essay>(library, id, error, parent);
    case RecordType::Category:
        return openAs<Category>(library, id, error, parent);
    case RecordType::Tag:
        return openAs<Tag>(library, id, error, parent);
    default:
        break;
    }
    if (error)
        *error =
            tr("A %1 cannot be opened in an editor. Open a quote, speaker, essay, category or tag instead.")
                .arg(recordTypeDisplayName(type));
    return nullptr;
}

EditableRecord RecordDocument::newRecord(RecordType type)
{
    switch (type) {
    case RecordType::Speaker:
        return Speaker {};
    case RecordType::Essay:
        return Essay {};
    case RecordType::Category:
        return Category {};
    case RecordType::Tag:
        return Tag {};
    default:
        return Quote {};
    }
}

RecordType RecordDocument::type() const
{
    return FieldAccess::typeOf(m_record);
}

qint64 RecordDocument::id() const
{
    return FieldAccess::idOf(m_record);
}

QString RecordDocument::label() const
{
    return FieldAccess::labelOf(m_record);
}

bool RecordDocument::isModified() const
{
    return !m_undoStack->isClean();
}

QString RecordDocument::defaultTitleTemplate()
{
    return u"Quote: {speaker}, {role}"_s; // content of the site, not of the UI: not translated
}

void RecordDocument::setTitleTemplate(const QString &titleTemplate)
{
    m_titleTemplate = titleTemplate.isEmpty() ? defaultTitleTemplate() : titleTemplate;
}

QString RecordDocument::templateTitle(const Quote &quote) const
{
    const QString speaker =
        quote.speakerId ? m_library.labelOf(RecordType::Speaker, *quote.speakerId) : QString();
    if (m_titleTemplate == defaultTitleTemplate())
        return DemoLibrary::quoteTitle(speaker, quote.speakerRole);
    QString title = m_titleTemplate;
    title.replace(u"{speaker}"_s, speaker).replace(u"{role}"_s, quote.speakerRole);
    return title.simplified();
}

QVariant RecordDocument::field(const QString &key) const
{
    return FieldAccess::get(m_record, key);
}

bool RecordDocument::setField(const QString &key, const QVariant &value)
{
    EditableRecord after = m_record;
    if (!FieldAccess::set(after, key, value))
        return false;
    if (FieldAccess::get(after, key) == FieldAccess::get(m_record, key))
        return true;
    deriveFields(after, key);
    m_undoStack->push(new SetFieldCommand(this, key, m_record, after));
    return true;
}

bool RecordDocument::setFieldAsStep(const QString &key, const QVariant &value, const QString &undoText)
{
    EditableRecord after = m_record;
    if (!FieldAccess::set(after, key, value))
        return false;
    if (FieldAccess::get(after, key) == FieldAccess::get(m_record, key))
        return true;
    deriveFields(after, key);
    auto *command = new SetFieldCommand(this, key, m_record, after, false);
    if (!undoText.isEmpty())
        command->setText(undoText);
    m_undoStack->push(command);
    return true;
}

bool RecordDocument::replaceRecord(const EditableRecord &record, const QString &undoText)
{
    if (FieldAccess::typeOf(record) != type())
        return false;
    auto *command = new SetFieldCommand(this, QString(), m_record, record, false);
    command->setText(undoText);
    m_undoStack->push(command);
    return true;
}

void RecordDocument::deriveFields(EditableRecord &record, const QString &key) const
{
    if (auto *quote = std::get_if<Quote>(&record)) {
        if (key == u"title")
            quote->titleEdited = true;
        else if (key == u"slug")
            quote->slugEdited = true;
        if (!quote->titleEdited && (key == u"speaker_id" || key == u"speaker_role" || key == u"title_edited"))
            quote->title = templateTitle(*quote);
        if (!quote->slugEdited
            && (key == u"title" || key == u"speaker_id" || key == u"speaker_role" || key == u"title_edited"
                || key == u"slug_edited"))
            quote->slug = DemoLibrary::slugFor(quote->title);
    } else if (auto *essay = std::get_if<Essay>(&record)) {
        // An essay's slug follows its title, a term's its name, while it still is their slug.
        followSlug(*essay, key, u"title", &Essay::title);
    } else if (auto *category = std::get_if<Category>(&record)) {
        followSlug(*category, key, u"name", &Category::name);
    } else if (auto *tag = std::get_if<Tag>(&record)) {
        followSlug(*tag, key, u"name", &Tag::name);
    }
}

template<typename T>
void RecordDocument::followSlug(T &record, const QString &key, QStringView nameKey, QString T::*name) const
{
    const auto *old = std::get_if<T>(&m_record);
    if (key == nameKey && old && followsName(old->slug, old->*name))
        record.slug = DemoLibrary::slugFor(record.*name);
}

void RecordDocument::applyRecord(const EditableRecord &record, const QStringList &changedKeys)
{
    const QString oldLabel = label();
    // An undo must not take back the id and timestamps a save gave the record.
    EditableRecord next = record;
    std::visit(
        [this](auto &r) {
            using T = std::decay_t<decltype(r)>;
            if (const T *current = std::get_if<T>(&m_record))
                static_cast<RecordBase &>(r) = static_cast<const RecordBase &>(*current);
        },
        next);
    m_record = next;
    Q_EMIT fieldsChanged(changedKeys);
    if (label() != oldLabel)
        Q_EMIT labelChanged(label());
}

bool RecordDocument::save(QString *error)
{
    EditableRecord copy = m_record;
    const bool ok = std::visit([&](auto &r) { return m_library.save(r, error); }, copy);
    if (!ok)
        return false;
    // Saving sets the id and timestamps; the edit history stays valid for the saved record.
    m_record = copy;
    m_undoStack->setClean();
    Q_EMIT fieldsChanged({});
    Q_EMIT saved();
    return true;
}

} // namespace QuoteDesk
