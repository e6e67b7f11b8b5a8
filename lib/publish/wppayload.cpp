// SPDX-License-Identifier: GPL-3.0-or-later
#include "wppayload.h"

#include "render/htmltomarkdown.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace QuoteDesk::WpPayload {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(QuoteDesk::WpPayload)
};

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

QList<qint64> idList(const QJsonValue &value)
{
    QList<qint64> ids;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        ids << v.toInteger();
    return ids;
}

} // namespace

QString dateGmt(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s);
}

QDateTime parseDateGmt(const QString &text)
{
    const QDateTime local = QDateTime::fromString(text, u"yyyy-MM-ddTHH:mm:ss"_s);
    if (!local.isValid())
        return {};
    return QDateTime(local.date(), local.time(), QTimeZone::utc());
}

QString mediaSlug(const PublishMedia &media)
{
    QString stem = QFileInfo(media.fileName).completeBaseName().toLower();
    stem = stem.normalized(QString::NormalizationForm_KD);
    QString clean;
    for (const QChar c : std::as_const(stem)) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            clean += c;
        else if (!clean.isEmpty() && !clean.endsWith(u'-') && !c.isMark())
            clean += u'-';
    }
    while (clean.endsWith(u'-'))
        clean.chop(1);
    clean = clean.left(40);
    while (clean.endsWith(u'-'))
        clean.chop(1);
    const QString hash = media.sha256.left(12).toLower();
    return (clean.isEmpty() ? u"file"_s : clean) + u'-' + hash;
}

bool validate(const PublishInput &input, const PublishOptions &options, const QDateTime &now, QString *error)
{
    static const QRegularExpression slugPattern(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
    if (input.title.trimmed().isEmpty()) {
        *error = Tr::tr("The post has no title. Give it one before publishing.");
        return false;
    }
    if (!slugPattern.match(input.slug).hasMatch()) {
        *error = Tr::tr("The slug “%1” is not usable in a web address. Use lower-case letters, digits and "
                        "dashes, like quote-jensen-huang-ceo.")
                     .arg(input.slug);
        return false;
    }
    if (!input.content) {
        *error = Tr::tr("The post has no content to publish.");
        return false;
    }
    for (const PublishMedia &m : input.media) {
        const QFileInfo info(m.filePath);
        if (!info.isFile() || !info.isReadable()) {
            *error = Tr::tr("The file of “%1” is missing from the media library (%2). Import it again before "
                            "publishing.")
                         .arg(m.title.isEmpty() ? m.fileName : m.title, m.filePath);
            return false;
        }
        if (m.sha256.size() != 64) {
            *error = Tr::tr("The file “%1” has no content hash; import it again.").arg(m.fileName);
            return false;
        }
    }
    if (input.featuredAssetId) {
        const PublishMedia *featured = input.mediaFor(*input.featuredAssetId);
        if (!featured) {
            *error = Tr::tr("The featured image is not among the post's files.");
            return false;
        }
        if (!featured->isImage()) {
            *error = Tr::tr("The featured file “%1” is not an image (%2); WordPress would silently drop it. "
                            "Choose an image as the featured image.")
                         .arg(featured->fileName, featured->mimeType);
            return false;
        }
    }
    if (options.status == PostStatus::Future) {
        if (!options.date.isValid() || options.date < now.addSecs(60)) {
            *error = Tr::tr("A scheduled post needs a date at least a minute from now; WordPress publishes "
                            "posts with an earlier date at once.");
            return false;
        }
    }
    return true;
}

QJsonObject post(const PublishInput &input, const QString &content, const PublishOptions &options,
                 const QList<qint64> &categoryIds, const QList<qint64> &tagIds, qint64 featuredMediaId)
{
    QJsonObject json {
        { u"title"_s, input.title },
        { u"content"_s, content },
        { u"excerpt"_s, input.excerpt },
        { u"slug"_s, input.slug },
        { u"status"_s, nameOf(options.status) },
        { u"categories"_s, idArray(categoryIds) },
        { u"tags"_s, idArray(tagIds) },
        { u"featured_media"_s, featuredMediaId },
    };
    if (options.date.isValid())
        json.insert(u"date_gmt"_s, dateGmt(options.date));
    return json;
}

QString contentHash(const PublishInput &input)
{
    RemoteMediaMap standIns;
    QJsonArray files;
    for (const PublishMedia &m : input.media) {
        standIns.insert(m.assetId, RemoteMedia { 0, u"sha256:"_s + m.sha256 });
        files.append(QJsonArray { m.sha256, m.fileName, m.title, m.altText });
    }
    const PublishMedia *featured = input.featuredAssetId ? input.mediaFor(*input.featuredAssetId) : nullptr;
    const QJsonObject all {
        { u"title"_s, input.title },
        { u"slug"_s, input.slug },
        { u"excerpt"_s, input.excerpt },
        { u"content"_s, input.content ? input.content(standIns) : QString() },
        { u"categories"_s, QJsonArray::fromStringList(input.categories) },
        { u"tags"_s, QJsonArray::fromStringList(input.tags) },
        { u"featured"_s, featured ? featured->sha256 : QString() },
        { u"files"_s, files },
    };
    return QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(all).toJson(QJsonDocument::Compact),
                                                        QCryptographicHash::Sha256)
                                   .toHex());
}

QStringList checkReturnedPost(const QJsonObject &sent, const QJsonObject &returned)
{
    QStringList problems;
    const qint64 featured = sent.value("featured_media"_L1).toInteger();
    if (featured != 0 && returned.value("featured_media"_L1).toInteger() != featured)
        problems << Tr::tr("The site did not keep the featured image (media %1); it may not be an image or "
                           "may have been deleted there.")
                        .arg(featured);
    for (const char *key : { "categories", "tags" }) {
        const QList<qint64> kept = idList(returned.value(QLatin1StringView(key)));
        for (qint64 id : idList(sent.value(QLatin1StringView(key)))) {
            if (!kept.contains(id))
                problems << Tr::tr("The site dropped the term %1 from “%2”; it may have been deleted there.")
                                .arg(id)
                                .arg(QLatin1StringView(key));
        }
    }
    const QString status = returned.value("status"_L1).toString();
    const QString wanted = sent.value("status"_L1).toString();
    if (status != wanted && !(wanted == "future"_L1 && status == "publish"_L1))
        problems << Tr::tr("The site set the status to “%1” instead of “%2”; the user may lack the right to "
                           "publish.")
                        .arg(status, wanted);
    return problems;
}

std::optional<qint64> findTerm(const QJsonArray &terms, const QString &name)
{
    const QString wanted = name.trimmed();
    for (const QJsonValue &term : terms) {
        const QJsonObject object = term.toObject();
        if (HtmlToMarkdown::decodeEntities(object.value("name"_L1).toString())
                .compare(wanted, Qt::CaseInsensitive)
            == 0)
            return object.value("id"_L1).toInteger();
    }
    return std::nullopt;
}

QString termSearchText(const QString &name)
{
    static const QRegularExpression word(u"[\\p{L}\\p{N}]+"_s);
    QString longest;
    auto it = word.globalMatch(name);
    while (it.hasNext()) {
        const QString w = it.next().captured(0);
        if (w.size() > longest.size())
            longest = w;
    }
    return longest.isEmpty() ? name.trimmed() : longest;
}

} // namespace QuoteDesk::WpPayload
