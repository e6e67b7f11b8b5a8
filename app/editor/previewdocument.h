// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QTextDocument>

#include <memory>

namespace QuoteDesk {

class PreviewResources;

/// A page of the preview: a QTextDocument that loads its images through PreviewResources
/// (library image files only, a placeholder for anything else). It can be built and laid out
/// in a worker thread, as QTextDocument is reentrant, so the UI thread only paints it.
class PreviewDocument final : public QTextDocument
{
    Q_OBJECT

public:
    /// What the page is laid out for: the width of the browser's viewport and its font.
    struct Page
    {
        int width = 0;
        QFont font;
    };

    explicit PreviewDocument(std::shared_ptr<PreviewResources> resources, QObject *parent = nullptr);

    /// A document showing @p html, laid out in full for @p page, in the calling thread; its
    /// images are loaded there too.
    static std::unique_ptr<PreviewDocument> build(const QString &html, const Page &page,
                                                  std::shared_ptr<PreviewResources> resources);

    /// Hands a document built in a worker to @p thread (the UI thread's), with nothing of it
    /// left running in the worker; call it in the worker, the document's thread.
    void moveToUiThread(QThread *thread);

    /// Space around the page, in pixels.
    static constexpr int DocumentMargin = 16;

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    std::shared_ptr<PreviewResources> m_resources;
};

} // namespace QuoteDesk
