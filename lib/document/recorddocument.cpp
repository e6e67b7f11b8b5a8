// SPDX-License-Identifier: GPL-3.0-or-later
#include "recorddocument.h"

#include "model/fieldnames.h"
#include "publish/publicationstore.h"
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
        // The Edit menu says "Undo Edit Quotation", naming the field as the form does.
        setText(
            QCoreApplication::translate("QuoteDesk::RecordDocument", "Edit %1").arg(fieldDisplayName(key)));
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
    // Asked again after a publish, an unpublish or a purge of a publication, not per keystroke.
    connect(library.events(), &LibraryEvents::recordsChanged, this, [this](RecordType type) {
        if (type == RecordType::Publication)
            m_published.reset();
    });
}

bool RecordDocument::published() const
{
    if (!m_published)
        m_published = isPublished(m_library, type(), id());
    return *m_published;
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
    return templateTitle(m_library, m_titleTemplate, quote);
}

QString RecordDocument::templateTitle(const Library &library, const QString &titleTemplate,
                                      const Quote &quote)
{
    const QString speaker =
        quote.speakerId ? library.labelOf(RecordType::Speaker, *quote.speakerId) : QString();
    if (titleTemplate.isEmpty() || titleTemplate == defaultTitleTemplate())
        return DemoLibrary::quoteTitle(speaker, quote.speakerRole);
    QString title = titleTemplate;
    title.replace(u"{speaker}"_s, speaker).replace(u"{role}"_s, quote.speakerRole);
    return title.simplified();
}

bool RecordDocument::isPublished(const Library &library, RecordType type, qint64 id)
{
    if (id == 0 || (type != RecordType::Quote && type != RecordType::Essay))
        return false;
    // A publication that cannot be read counts as one: keeping a slug is always safe.
    QString error;
    const QList<Publication> publications =
        PublicationStore::forRecord(library, recordTypeName(type), id, &error);
    return !publications.isEmpty() || !error.isEmpty();
}

bool RecordDocument::followTitleTemplate()
{
    const auto *quote = std::get_if<Quote>(&m_record);
    if (!quote || quote->titleEdited)
        return false;
    EditableRecord after = m_record;
    deriveFields(after, u"title_edited"_s);
    const auto &followed = std::get<Quote>(after);
    if (followed.title == quote->title && followed.slug == quote->slug)
        return false;
    auto *command = new SetFieldCommand(this, u"title"_s, m_record, after, false);
    command->setText(tr("Title follows the speaker’s name"));
    m_undoStack->push(command);
    return true;
}

int RecordDocument::followTitleTemplate(Library &library, const QString &titleTemplate,
                                        const QList<qint64> &speakerIds, const QSet<qint64> &skip,
                                        QString *error)
{
    int saved = 0;
    const bool ok = library.transact(
        [&](QString *e) {
            for (const qint64 speakerId : speakerIds) {
                QString readError;
                const QList<RecordRef> users =
                    library.usedBy(RecordType::Speaker, speakerId, TrashFilter::All, &readError);
                if (!readError.isEmpty()) {
                    if (e)
                        *e = readError;
                    return false;
                }
                for (const RecordRef &user : users) {
                    if (user.type != RecordType::Quote || skip.contains(user.id))
                        continue;
                    std::optional<Quote> quote = library.get<Quote>(user.id, &readError);
                    if (!quote && readError.isEmpty())
                        continue; // gone meanwhile
                    if (!quote) {
                        if (e)
                            *e = readError;
                        return false;
                    }
                    if (quote->titleEdited || quote->speakerId != speakerId)
                        continue;
                    const QString title = templateTitle(library, titleTemplate, *quote);
                    const bool slugFollows =
                        !quote->slugEdited && !isPublished(library, RecordType::Quote, quote->id);
                    const QString slug = slugFollows ? DemoLibrary::slugFor(title) : quote->slug;
                    if (title == quote->title && slug == quote->slug)
                        continue;
                    quote->title = title;
                    quote->slug = slug;
                    if (!library.save(*quote, e))
                        return false;
                    ++saved;
                }
            }
            return true;
        },
        error);
    return ok ? saved : -1;
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
                || key == u"slug_edited")
            && !published())
            quote->slug = DemoLibrary::slugFor(quote->title);
    } else if (auto *essay = std::get_if<Essay>(&record)) {
        // An essay's slug follows its title, a term's its name, while it still is their slug
        // (and the essay has not been published).
        if (key == u"title" && !published())
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
