// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QImage>
#include <QMutex>
#include <QString>
#include <QUrl>
#include <QVariant>

#include <atomic>

namespace QuoteDesk {

/// What the preview may load: image files of the library's media library (the asset folder)
/// and nothing else — a web address above all, but also any other file, style sheet or page
/// gets a placeholder, so the preview never touches the network. Shared by the browser and the
/// documents built for it in a worker thread: every member may be called from any thread.
class PreviewResources final
{
public:
    /// The folder whose image files may be shown (see AssetStore::root()); none when empty.
    void setAssetFolder(const QString &folder);
    QString assetFolder() const;

    /// The resource @p name of QTextDocument::ResourceType @p type, or the placeholder (an
    /// image) or nothing (anything else) when it is not an asset image.
    QVariant load(int type, const QUrl &name);

    /// How many resources were refused and shown as a placeholder.
    int refusedCount() const { return m_refused.load(); }

    /// What is shown instead of an image that is not loaded.
    static QImage placeholderImage();

    /// Images wider than this are scaled down to it, which keeps large photos cheap to lay out.
    static constexpr int MaxImageWidth = 1200;

private:
    QImage assetImage(const QString &path);

    mutable QMutex m_mutex;
    QString m_assetFolder;
    QHash<QString, QImage> m_images; ///< asset files are never rewritten: cached by path
    std::atomic<int> m_refused = 0;
};

} // namespace QuoteDesk
