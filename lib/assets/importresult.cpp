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

ImportResult ImportResult::refused(const QString &sourcePath, const QString &message)
{
    ImportResult result;
    result.sourcePath = sourcePath;
    result.status = Status::Refused;
    result.message = message;
    return result;
}

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
