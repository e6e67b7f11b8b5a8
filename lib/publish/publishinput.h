// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/articlerenderer.h" // RemoteMedia

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace QuoteDesk {

/// A file of the media library a post needs on the site (featured image, inline image,
/// brochure), as the publisher sees it.
struct PublishMedia
{
    qint64 assetId = 0;
    QString sha256; ///< lower-case hex; the key of the per-site media map
    QString filePath; ///< the content-addressed file next to the library
    QString fileName; ///< the name the site gets ("brochure.pdf")
    QString mimeType;
    QString title;
    QString altText;

    bool isImage() const { return mimeType.startsWith(QLatin1StringView("image/")); }
};

/// Asset id → the file on the site, for filling block markup.
using RemoteMediaMap = QHash<qint64, RemoteMedia>;

/// One post, rendered and ready to publish: what the rendering library produces from a quote
/// or essay. The content is a function of the remote media, because image and file blocks
/// carry the site's media ids and addresses, which are known only after uploading.
struct PublishInput
{
    QString recordType; ///< "quote" or "essay"
    qint64 recordId = 0;
    QString title;
    QString slug; ///< always sent: a retry finds the post by it
    QString excerpt;
    std::function<QString(const RemoteMediaMap &)> content; ///< block markup
    QList<PublishMedia> media; ///< every file the content or the post uses
    std::optional<qint64> featuredAssetId; ///< one of media; must be an image
    QStringList categories; ///< names; missing ones are created on the site
    QStringList tags;

    const PublishMedia *mediaFor(qint64 assetId) const;

    /// Content from markup with placeholders {{qd-media-id:ASSET}} and {{qd-media-url:ASSET}}
    /// (see fillMediaPlaceholders()).
    static std::function<QString(const RemoteMediaMap &)> fromTemplate(const QString &markup);
};

/// Replaces {{qd-media-id:ASSET}} with the remote media id and {{qd-media-url:ASSET}} with
/// its address (HTML-escaped). Unknown assets become 0 and an empty address.
QString fillMediaPlaceholders(const QString &markup, const RemoteMediaMap &media);

/// How a post goes up.
enum class PostStatus { Draft, Publish, Future };

QString nameOf(PostStatus status); ///< "draft", "publish", "future"
std::optional<PostStatus> postStatusFromString(QStringView name);

struct PublishOptions
{
    PostStatus status = PostStatus::Draft;
    QDateTime date; ///< for Future (at least a minute ahead); optional otherwise
    /// Write even when the post changed on the site since the last sync (the user chose
    /// "overwrite" after seeing the conflict, or the CLI's --force).
    bool overwrite = false;
};

} // namespace QuoteDesk
