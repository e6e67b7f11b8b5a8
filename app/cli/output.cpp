// SPDX-License-Identifier: GPL-3.0-or-later
#include "output.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace QuoteDesk::Cli {
namespace {

// Messages name the program as it is installed, whatever the application name used for
// the data folder is.
constexpr QLatin1StringView s_program("quotedesk-cli");

QString oneLine(const QString &text)
{
    return text.simplified();
}

QString clip(const QString &cell, int maxCell)
{
    const QString flat = oneLine(cell);
    return flat.size() > maxCell ? flat.left(maxCell - 1) + u'…' : flat;
}

QString withoutTrailingSpaces(QString text)
{
    while (text.endsWith(u' '))
        text.chop(1);
    return text;
}

} // namespace

Output::Output()
    : m_out(stdout)
    , m_err(stderr)
{
}

void Output::line(const QString &text)
{
    m_out << text << u'\n';
    m_out.flush();
}

void Output::text(const QString &text)
{
    m_out << text;
    m_out.flush();
}

void Output::table(const QStringList &headers, const QList<QStringList> &rows, int maxCell)
{
    QList<qsizetype> widths;
    for (const QString &header : headers)
        widths.append(header.size());
    QList<QStringList> cells;
    for (const QStringList &row : rows) {
        QStringList clipped;
        for (qsizetype column = 0; column < headers.size(); ++column) {
            clipped.append(clip(row.value(column), maxCell));
            widths[column] = std::max(widths[column], clipped.last().size());
        }
        cells.append(clipped);
    }
    const auto print = [&](const QStringList &row) {
        QString text;
        for (qsizetype column = 0; column < row.size(); ++column) {
            const bool last = column == row.size() - 1;
            text += last ? row.at(column) : row.at(column).leftJustified(widths.at(column)) + u"  "_s;
        }
        line(withoutTrailingSpaces(text));
    };
    print(headers);
    for (const QStringList &row : std::as_const(cells))
        print(row);
}

void Output::fields(const QList<Field> &fields)
{
    qsizetype width = 0;
    for (const Field &field : fields)
        width = std::max(width, field.key.size());
    const QString indent(width + 2, u' ');
    for (const Field &field : fields) {
        const QStringList lines = field.value.split(u'\n');
        QString text = field.key.leftJustified(width) + u"  "_s + lines.first();
        for (qsizetype i = 1; i < lines.size(); ++i)
            text += u'\n' + (lines.at(i).isEmpty() ? QString() : indent + lines.at(i));
        line(withoutTrailingSpaces(text));
    }
}

void Output::json(const QJsonValue &value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    text(QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
}

void Output::error(const QString &message)
{
    m_err << s_program << u": "_s << oneLine(message) << u'\n';
    m_err.flush();
}

void Output::notice(const QString &message)
{
    m_err << s_program << u": "_s << Tr::tr("note:") << u' ' << oneLine(message) << u'\n';
    m_err.flush();
}

} // namespace QuoteDesk::Cli
