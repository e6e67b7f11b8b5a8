// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncstate.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace QuoteDesk {

SyncState deriveSyncState(const std::optional<Publication> &publication, const QString &localHash,
                          const std::optional<QString> &siteModifiedGmt)
{
    if (!publication)
        return SyncState::NotPublished;
    if (!publication->lastError.isEmpty())
        return SyncState::Failed;
    if (publication->remoteId == 0)
        return SyncState::NotPublished;
    if (siteModifiedGmt && siteModifiedGmt->isEmpty())
        return SyncState::NotPublished; // deleted on the site
    const bool here = publication->contentHash != localHash;
    const bool site = siteModifiedGmt && *siteModifiedGmt != publication->remoteModifiedGmt;
    if (here && site)
        return SyncState::Both;
    if (here)
        return SyncState::ChangedHere;
    if (site)
        return SyncState::ChangedOnSite;
    return SyncState::UpToDate;
}

QString nameOf(SyncState state)
{
    switch (state) {
    case SyncState::NotPublished:
        return u"not-published"_s;
    case SyncState::UpToDate:
        return u"up-to-date"_s;
    case SyncState::ChangedHere:
        return u"changed-here"_s;
    case SyncState::ChangedOnSite:
        return u"changed-on-site"_s;
    case SyncState::Both:
        return u"both"_s;
    case SyncState::Failed:
        return u"failed"_s;
    }
    return {};
}

QString displayName(SyncState state)
{
    switch (state) {
    case SyncState::NotPublished:
        return QCoreApplication::translate("QuoteDesk::SyncState", "not published");
    case SyncState::UpToDate:
        return QCoreApplication::translate("QuoteDesk::SyncState", "up to date");
    case SyncState::ChangedHere:
        return QCoreApplication::translate("QuoteDesk::SyncState", "changed here");
    case SyncState::ChangedOnSite:
        return QCoreApplication::translate("QuoteDesk::SyncState", "changed on the site");
    case SyncState::Both:
        return QCoreApplication::translate("QuoteDesk::SyncState", "changed here and on the site");
    case SyncState::Failed:
        return QCoreApplication::translate("QuoteDesk::SyncState", "failed");
    }
    return {};
}

} // namespace QuoteDesk
