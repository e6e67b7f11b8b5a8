// SPDX-License-Identifier: GPL-3.0-or-later
#include "openinbrowser.h"

#include "render/articleinput.h"
#include "render/pageexport.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QTemporaryDir>

#include <memory>

using namespace Qt::StringLiterals;

namespace QuoteDesk::OpenInBrowser {

namespace {

/* TRANSLATOR QuoteDesk::OpenInBrowser */
QString tr(const char *text)
{
    return QCoreApplication::translate("QuoteDesk::OpenInBrowser", text);
}

bool writeAndOpen(const Library &library, const std::optional<ArticleInput> &input, QString *error,
                  const UrlOpener &open, QString *pagePath)
{
    if (!input)
        return false;
    const QString root = sessionFolder();
    if (root.isEmpty()) {
        *error = tr("Could not make a temporary folder for the page in %1. Check that the disk has free "
                    "space and the folder can be written.")
                     .arg(QDir::toNativeSeparators(QDir::tempPath()));
        return false;
    }
    // Each page gets a folder of its own: a browser tab still showing the previous one keeps
    // its files.
    QTemporaryDir folder(root + u"/page-XXXXXX"_s);
    if (!folder.isValid()) {
        *error = tr("Could not make a folder for the page in %1: %2.")
                     .arg(QDir::toNativeSeparators(root), folder.errorString());
        return false;
    }
    folder.setAutoRemove(false);
    const auto page = PageExport::writeArticlePage(library, *input, folder.path(), error);
    if (!page)
        return false;
    if (pagePath)
        *pagePath = *page;
    const QUrl url = QUrl::fromLocalFile(*page);
    if (!(open ? open(url) : QDesktopServices::openUrl(url))) {
        *error = tr("No browser opened the page %1. Open it by hand, or set a default web browser in the "
                    "system settings.")
                     .arg(QDir::toNativeSeparators(*page));
        return false;
    }
    return true;
}

} // namespace

QString sessionFolder()
{
    // Made on first use and removed with everything in it when the application exits.
    static const std::unique_ptr<QTemporaryDir> folder = []() -> std::unique_ptr<QTemporaryDir> {
        auto dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/quotedesk-pages-XXXXXX"_s);
        if (!dir->isValid())
            return nullptr;
        return dir;
    }();
    return folder ? folder->path() : QString();
}

bool openQuote(const Library &library, const Quote &draft, QString *error, const UrlOpener &open,
               QString *pagePath)
{
    QString ignored;
    QString *message = error ? error : &ignored;
    return writeAndOpen(library, articleInputFor(library, draft, message), message, open, pagePath);
}

bool openEssay(const Library &library, const Essay &draft, QString *error, const UrlOpener &open,
               QString *pagePath)
{
    QString ignored;
    QString *message = error ? error : &ignored;
    return writeAndOpen(library, articleInputFor(library, draft), message, open, pagePath);
}

} // namespace QuoteDesk::OpenInBrowser
