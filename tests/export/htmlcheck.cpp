// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlcheck.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace QuoteDesk::Test {

std::optional<HtmlCheck> HtmlCheck::folder(const QString &folder, QString *error)
{
    QStringList paths;
    QDirIterator it(folder, { u"*.html"_s }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths.append(QFileInfo(it.next()).absoluteFilePath());
    paths.sort();
    return files(paths, error);
}

std::optional<HtmlCheck> HtmlCheck::files(const QStringList &paths, QString *error)
{
    QProcess python;
    python.start(QStringLiteral(QUOTEDESK_SYSTEM_PYTHON),
                 QStringList { QStringLiteral(QUOTEDESK_HTML_CHECKER) } + paths);
    if (!python.waitForFinished(120000) || python.exitStatus() != QProcess::NormalExit
        || python.exitCode() != 0) {
        *error = u"check_html.py failed (exit %1): %2 %3"_s.arg(python.exitCode())
                     .arg(python.errorString(), QString::fromUtf8(python.readAllStandardError()));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(python.readAllStandardOutput(), &parseError);
    if (!document.isObject()) {
        *error = u"check_html.py printed no JSON: "_s + parseError.errorString();
        return std::nullopt;
    }
    HtmlCheck check;
    check.m_report = document.object();
    return check;
}

QStringList HtmlCheck::column(const QString &page, const QString &list, const QString &key) const
{
    QStringList values;
    for (const QJsonValue &value : m_report.value(page).toObject().value(list).toArray())
        values.append(key.isEmpty() ? value.toString() : value.toObject().value(key).toString());
    return values;
}

QStringList HtmlCheck::errors(const QString &page) const
{
    return column(page, u"errors"_s, {});
}

QStringList HtmlCheck::links(const QString &page) const
{
    return column(page, u"links"_s, u"url"_s);
}

QStringList HtmlCheck::entryTitles(const QString &page) const
{
    return column(page, u"entries"_s, u"title"_s);
}

QStringList HtmlCheck::entryLinks(const QString &page) const
{
    return column(page, u"entries"_s, u"href"_s);
}

QString HtmlCheck::title(const QString &page) const
{
    return m_report.value(page).toObject().value(u"title"_s).toString();
}

QStringList HtmlCheck::brokenLinks(const QString &root) const
{
    const QString base = QDir::cleanPath(QFileInfo(root).absoluteFilePath()) + u'/';
    QStringList broken;
    for (const QString &page : pages()) {
        for (const QString &link : links(page)) {
            const QUrl url(link, QUrl::StrictMode);
            const QString scheme = url.scheme();
            if (scheme == u"http" || scheme == u"https")
                continue; // a web address written in a post
            if (!url.isValid() || !url.isRelative() || url.path().startsWith(u'/') || !url.host().isEmpty()) {
                broken.append(page + u": not relative: "_s + link);
                continue;
            }
            if (url.path().isEmpty())
                continue; // a fragment of the page itself
            const QString target = QDir::cleanPath(QFileInfo(page).absolutePath() + u'/' + url.path());
            if (!target.startsWith(base))
                broken.append(page + u": leaves the export: "_s + link);
            else if (!QFileInfo(target).isFile())
                broken.append(page + u": no such file: "_s + link);
        }
    }
    return broken;
}

} // namespace QuoteDesk::Test
