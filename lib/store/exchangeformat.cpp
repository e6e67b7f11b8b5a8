// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchangeformat.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace QuoteDesk::ExchangeFormat {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(QuoteDesk::LibraryImporter)
};

// Turns a message fragment ("the field “x” must be a string") into a sentence.
QString sentence(QString text)
{
    text = text.trimmed();
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    if (!text.endsWith(u'.'))
        text += u'.';
    return text;
}

} // namespace

QString locate(const QString &section, int position, const QString &label, const QString &uuid)
{
    const QString shortLabel = label.simplified().left(60);
    QString who;
    if (!shortLabel.isEmpty() && !uuid.isEmpty())
        who = Tr::tr("“%1”, uuid %2").arg(shortLabel, uuid.left(60));
    else if (!uuid.isEmpty())
        who = Tr::tr("uuid %1").arg(uuid.left(60));
    else if (!shortLabel.isEmpty())
        who = Tr::tr("“%1”").arg(shortLabel);
    const QString number = QString::number(position);
    return who.isEmpty() ? Tr::tr("record %1 of “%2”").arg(number, section)
                         : Tr::tr("record %1 of “%2” (%3)").arg(number, section, who);
}

QString importFailure(const QString &where, const QString &problem)
{
    return Tr::tr("Nothing was imported: %1 is not valid. %2 Correct the file and import it again.")
        .arg(where, sentence(problem));
}

} // namespace QuoteDesk::ExchangeFormat
