// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace QuoteDesk::Cli {

/// The context of the command-line tool's messages, QuoteDesk::Cli: call Tr::tr() with the text.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(QuoteDesk::Cli)
};

/// One named value of a record, as `show` prints it.
struct Field
{
    QString key;
    QString value;
};

/// Everything the tool prints: results on standard output, errors and notices on standard
/// error, one line each, prefixed with the program name.
class Output final
{
public:
    Output();

    void line(const QString &text = {});
    void text(const QString &text);
    /// Columns padded to their widest cell; cells longer than @p maxCell end in "…".
    void table(const QStringList &headers, const QList<QStringList> &rows, int maxCell = 60);
    /// "key  value" lines; the lines of a multi-line value continue under the first.
    void fields(const QList<Field> &fields);
    void json(const QJsonValue &value);

    /// A failure: one line on standard error, whatever line breaks @p message holds.
    void error(const QString &message);
    /// Something the user should know that is not a failure.
    void notice(const QString &message);

private:
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace QuoteDesk::Cli
