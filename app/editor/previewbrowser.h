// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QImage>
#include <QTextBrowser>

namespace QuoteDesk {

/// The text browser of the preview pane. It loads nothing but image files of the library's
/// media library (the asset folder); anything else — a web address above all, but also any
/// other file, style sheet or page — gets a placeholder, so the preview never touches the
/// network. Clicking a link opens nothing: anchorClicked() reports it.
class PreviewBrowser final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit PreviewBrowser(QWidget *parent = nullptr);

    /// The folder whose image files may be shown (see AssetStore::root()); none when empty.
    void setAssetFolder(const QString &folder);
    QString assetFolder() const { return m_assetFolder; }

    QVariant loadResource(int type, const QUrl &name) override;

    /// Shows @p html with the pane's margins.
    void setPreviewHtml(const QString &html);

    /// How many resources were refused and shown as a placeholder.
    int refusedCount() const { return m_refused; }

    /// What is shown instead of an image that is not loaded.
    static QImage placeholderImage();

    /// Images wider than this are scaled down to it, which keeps large photos cheap to lay out.
    static constexpr int MaxImageWidth = 1200;
    /// Space around the page, in pixels.
    static constexpr int DocumentMargin = 16;

private:
    bool isAssetFile(const QString &path) const;
    QImage assetImage(const QString &path);

    QString m_assetFolder;
    QHash<QString, QImage> m_images; ///< asset files are never rewritten: cached by path
    int m_refused = 0;
};

} // namespace QuoteDesk
