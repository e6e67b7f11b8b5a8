// SPDX-License-Identifier: GPL-3.0-or-later
#include "importresult.h"

#include <QCoreApplication>

namespace QuoteDesk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(QuoteDesk::ImportSummary)
};

} // namespace

void ImportSummary::add(const ImportResult &result)
{
    switch (result.status) {
    case ImportResult::Status::Imported:
        ++imported;
        break;
    case ImportResult::Status::AlreadyPresent:
        ++alreadyPresent;
        break;
    case ImportResult::Status::Refused:
        ++refused;
        break;
    case ImportResult::Status::Cancelled:
        ++notProcessed;
        break;
    }
}

QString ImportSummary::text() const
{
    if (!error.isEmpty())
        return error;
    QString text = Tr::tr("%n file(s) imported", nullptr, imported);
    if (alreadyPresent > 0)
        text += QLatin1StringView(", ") + Tr::tr("%n already in the library", nullptr, alreadyPresent);
    if (refused > 0)
        text += QLatin1StringView(", ") + Tr::tr("%n refused", nullptr, refused);
    if (cancelled)
        text += QLatin1StringView(", ") + Tr::tr("cancelled with %n file(s) left", nullptr, notProcessed);
    return text + QLatin1StringView(".");
}

} // namespace QuoteDesk
