// SPDX-License-Identifier: GPL-3.0-or-later
#include "demolibrary.h"

#include "model/recordjson.h"
#include "store/library.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <type_traits>

using namespace Qt::StringLiterals;

namespace QuoteDesk {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(QuoteDesk::DemoLibrary)
};

constexpr RecordType s_allTypes[] = { RecordType::Speaker, RecordType::Essay,      RecordType::Quote,
                                      RecordType::Asset,   RecordType::Category,   RecordType::Tag,
                                      RecordType::Site,    RecordType::Publication };

// Markdown fields may be written as a list of lines in the resource, which keeps it readable.
constexpr QLatin1StringView s_markdownKeys[] = { QLatin1StringView("biography"), QLatin1StringView("body"),
                                                 QLatin1StringView("sources"),
                                                 QLatin1StringView("commentary") };

QJsonObject joinMarkdownLines(QJsonObject object)
{
    for (const QLatin1StringView key : s_markdownKeys) {
        const QJsonValue value = object.value(key);
        if (!value.isArray())
            continue;
        QStringList lines;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &line : array)
            lines.append(line.toString());
        object.insert(key, QString(lines.join(u'\n') + u'\n'));
    }
    return object;
}

// Saves the records of one section of the resource. References name other records by
// their "key", which this class turns into the ids they got when saved.
class Loader final
{
public:
    explicit Loader(Library &library)
        : m_library(library)
    {
    }

    template<class T>
    bool add(const QJsonValue &section, QString *error)
    {
        const RecordJson::ReferenceIn resolve = [this](RecordType type, const QJsonValue &value, qint64 *id,
                                                       QString *problem) {
            const auto it = m_ids.constFind(keyOf(type, value.toString()));
            if (it == m_ids.constEnd()) {
                // Spelled out: lupdate loses the context of Tr::tr inside this lambda.
                *problem = QCoreApplication::translate("QuoteDesk::DemoLibrary", "no %1 has the key “%2”")
                               .arg(recordTypeDisplayName(type), value.toString());
                return false;
            }
            *id = *it;
            return true;
        };
        const QJsonArray objects = section.toArray();
        for (const QJsonValue &value : objects) {
            const QJsonObject object = joinMarkdownLines(value.toObject());
            T record;
            QString problem;
            if (!RecordJson::fromJson(object, record, &problem, resolve)) {
                *error = Tr::tr("The demo %1 “%2” is malformed: %3.")
                             .arg(recordTypeDisplayName(T::Type), record.label(), problem);
                return false;
            }
            if constexpr (std::is_same_v<T, Quote>)
                completeQuote(record);
            if (!m_library.save(record, error))
                return false;
            const QString key = object.value(u"key"_s).toString();
            if (!key.isEmpty())
                m_ids.insert(keyOf(T::Type, key), record.id);
        }
        return true;
    }

private:
    static QString keyOf(RecordType type, const QString &key) { return recordTypeName(type) + u':' + key; }

    // Titles and slugs follow the title template, as the editor would set them.
    void completeQuote(Quote &quote) const
    {
        if (quote.title.isEmpty()) {
            const QString speaker =
                quote.speakerId ? m_library.labelOf(RecordType::Speaker, *quote.speakerId) : QString();
            quote.title = DemoLibrary::quoteTitle(speaker, quote.speakerRole);
        }
        if (quote.slug.isEmpty())
            quote.slug = DemoLibrary::slugFor(quote.title);
    }

    Library &m_library;
    QHash<QString, qint64> m_ids;
};

bool readResource(QJsonObject *content, QString *error)
{
    QFile file(u":/quotedesk/demolibrary.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        *error =
            Tr::tr("The demo content is missing from this build of QuoteDesk (%1).").arg(file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        *error = Tr::tr("The demo content of this build is damaged: %1 at byte %2.")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    *content = document.object();
    return true;
}

} // namespace

QString DemoLibrary::quoteTitle(const QString &speaker, const QString &role)
{
    QString title = u"Quote: "_s + speaker.trimmed();
    if (!role.trimmed().isEmpty())
        title += u", "_s + role.trimmed();
    return title;
}

QString DemoLibrary::slugFor(const QString &text)
{
    QString slug;
    bool pendingHyphen = false;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.isMark())
            continue;
        if (c.isLetterOrNumber()) {
            if (pendingHyphen && !slug.isEmpty())
                slug += u'-';
            slug += c.toLower();
            pendingHyphen = false;
        } else if (c != u'’' && c != u'\'') {
            pendingHyphen = true;
        }
    }
    return slug;
}

bool DemoLibrary::populate(Library &library, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    qint64 existing = 0;
    for (const RecordType type : s_allTypes)
        existing += library.count(type, TrashFilter::All);
    if (existing > 0) {
        *error = Tr::tr("The library “%1” already holds %2 records. The demo content only goes into an empty "
                        "library: name a new library file instead.")
                     .arg(QDir::toNativeSeparators(library.path()))
                     .arg(existing);
        return false;
    }
    QJsonObject content;
    if (!readResource(&content, error))
        return false;
    Loader loader(library);
    return library.transact(
        [&](QString *e) {
            return loader.add<Category>(content.value(u"categories"_s), e)
                && loader.add<Tag>(content.value(u"tags"_s), e)
                && loader.add<Speaker>(content.value(u"speakers"_s), e)
                && loader.add<Essay>(content.value(u"essays"_s), e)
                && loader.add<Quote>(content.value(u"quotes"_s), e);
        },
        error);
}

} // namespace QuoteDesk
