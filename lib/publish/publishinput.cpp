// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishinput.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

const PublishMedia *PublishInput::mediaFor(qint64 assetId) const
{
    for (const PublishMedia &m : media) {
        if (m.assetId == assetId)
            return &m;
    }
    return nullptr;
}

std::function<QString(const RemoteMediaMap &)> PublishInput::fromTemplate(const QString &markup)
{
    return [markup](const RemoteMediaMap &media) {
        return fillMediaPlaceholders(markup, media);
    };
}

QString fillMediaPlaceholders(const QString &markup, const RemoteMediaMap &media)
{
    static const QRegularExpression placeholder(uR"(\{\{qd-media-(id|url):(\d+)\}\})"_s);
    QString out;
    out.reserve(markup.size());
    qsizetype last = 0;
    auto it = placeholder.globalMatch(markup);
    while (it.hasNext()) {
        const auto match = it.next();
        out += QStringView(markup).mid(last, match.capturedStart() - last);
        const RemoteMedia remote = media.value(match.captured(2).toLongLong());
        if (match.captured(1) == "id"_L1)
            out += QString::number(remote.id);
        else
            out += remote.url.toHtmlEscaped();
        last = match.capturedEnd();
    }
    out += QStringView(markup).mid(last);
    return out;
}

QString nameOf(PostStatus status)
{
    switch (status) {
    case PostStatus::Draft:
        return u"draft"_s;
    case PostStatus::Publish:
        return u"publish"_s;
    case PostStatus::Future:
        return u"future"_s;
    }
    return {};
}

std::optional<PostStatus> postStatusFromString(QStringView name)
{
    for (PostStatus s : { PostStatus::Draft, PostStatus::Publish, PostStatus::Future }) {
        if (name == nameOf(s))
            return s;
    }
    return std::nullopt;
}

} // namespace QuoteDesk
