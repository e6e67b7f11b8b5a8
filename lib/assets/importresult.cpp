// SPDX-License-Identifier: GPL-3.0-or-later
#include "importresult.h"

#include <QCoreApplication>

namespace QuoteDesk {

ImportTimings &ImportTimings::operator+=(const ImportTimings &other)
{
    listNs += other.listNs;
    inspectNs += other.inspectNs;
    readNs += other.readNs;
    hashNs += other.hashNs;
    hashCpuNs += other.hashCpuNs;
    writeNs += other.writeNs;
    syncNs += other.syncNs;
    verifyNs += other.verifyNs;
    placeNs += other.placeNs;
    recordNs += other.recordNs;
    bytesHashed += other.bytesHashed;
    return *this;
}

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
    const auto tr = [](const char *text, int n) {
        return QCoreApplication::translate("QuoteDesk::ImportSummary", text, nullptr, n);
    };
    QString text = tr("%n file(s) imported", imported);
    if (alreadyPresent > 0)
        text += QLatin1StringView(", ") + tr("%n already in the library", alreadyPresent);
    if (refused > 0)
        text += QLatin1StringView(", ") + tr("%n refused", refused);
    if (cancelled)
        text += QLatin1StringView(", ") + tr("cancelled with %n file(s) left", notProcessed);
    return text + QLatin1StringView(".");
}

} // namespace QuoteDesk
