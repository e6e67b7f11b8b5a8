// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewdocument.h"

#include "previewresources.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QTextOption>
#include <QThread>

namespace QuoteDesk {

PreviewDocument::PreviewDocument(std::shared_ptr<PreviewResources> resources, QObject *parent)
    : QTextDocument(parent)
    , m_resources(std::move(resources))
{
}

std::unique_ptr<PreviewDocument> PreviewDocument::build(const QString &html, const Page &page,
                                                        std::shared_ptr<PreviewResources> resources)
{
    auto document = std::make_unique<PreviewDocument>(std::move(resources));
    document->setUndoRedoEnabled(false);
    document->setDefaultFont(page.font);
    QTextOption option = document->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document->setDefaultTextOption(option);
    document->setDocumentMargin(DocumentMargin);
    // A null page size keeps setHtml() from laying out the first part, only to throw it away
    // when the width is set.
    document->setPageSize(QSizeF(0, 0));
    document->setHtml(html);
    document->setTextWidth(qMax(1, page.width));
    // The layout runs in steps from a timer otherwise, which would be on the UI thread by then.
    document->documentLayout()->documentSize();
    return document;
}

void PreviewDocument::moveToUiThread(QThread *thread)
{
    if (thread == this->thread())
        return;
    // The finished layout starts a zero-time timer that reports the document's size. Moved
    // along, it is re-registered by a queued call that leaks, and warns, when the page is
    // dropped before that call runs: let it fire here, where nothing watches it.
    QCoreApplication::processEvents();
    moveToThread(thread);
}

QVariant PreviewDocument::loadResource(int type, const QUrl &name)
{
    QVariant resource = m_resources ? m_resources->load(type, name) : QVariant();
    // Kept, so painting on the UI thread finds what the layout loaded here.
    if (resource.isValid())
        addResource(type, name, resource);
    return resource;
}

} // namespace QuoteDesk
