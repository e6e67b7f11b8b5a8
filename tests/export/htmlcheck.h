// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace QuoteDesk::Test {

/// Pages read by an HTML5 parser (tests/export/check_html.py over html5lib): their errors,
/// links and archive entries.
class HtmlCheck final
{
public:
    /// Parses every .html file under @p folder. Nothing, with the reason in @p error, when
    /// the checker cannot run.
    static std::optional<HtmlCheck> folder(const QString &folder, QString *error);
    /// Parses the given files.
    static std::optional<HtmlCheck> files(const QStringList &paths, QString *error);

    /// Pages by absolute path.
    QStringList pages() const { return m_report.keys(); }
    QStringList errors(const QString &page) const;
    /// Every href and src of @p page.
    QStringList links(const QString &page) const;
    /// The titles and links of the posts an archive page lists, in order.
    QStringList entryTitles(const QString &page) const;
    QStringList entryLinks(const QString &page) const;
    QString title(const QString &page) const;

    /// Problems with the links of every page: a link that is neither a web address nor
    /// relative, or a relative one that leaves @p root or names no existing file.
    QStringList brokenLinks(const QString &root) const;

private:
    QStringList column(const QString &page, const QString &list, const QString &key) const;
    QJsonObject m_report;
};

} // namespace QuoteDesk::Test
